// The platform side of the endpoint load benchmark, in its own process: the fake Slack Web API
// (also serving response_urls) and the fake Bot Framework connector from the adapter tests.
// Talks to bench/load.ts over IPC: sends its URLs, answers "replies" with every reply recorded, keyed by the request it answers.

import { startFakeBotConnector } from "../test/fakes/botConnector.ts";
import { FakeSlackApi } from "../test/fakes/slackApi.ts";

/** Messages load.ts sends to this process. */
export type FakesRequest = { type: "replies" } | { type: "reset" } | { type: "stop" };

/** The replies recorded, one key per reply: a request that got two replies appears twice. */
export interface FakesReplies {
  type: "replies";
  /** response_url posts, by response_url id (slash commands answer in the ack: expect none). */
  slackResponseUrls: string[];
  /** chat.postMessage calls, by thread_ts (each app_mention gets its own ts). */
  slackMessages: string[];
  /** Connector replies and sends, by the id of the activity replied to. */
  teamsReplies: string[];
}

if (process.send) {
  const slack = await FakeSlackApi.start();
  const connector = await startFakeBotConnector();
  process.on("message", async (message: FakesRequest) => {
    if (message.type === "replies") {
      const report: FakesReplies = {
        type: "replies",
        slackResponseUrls: slack.responses.map((r) => r.id),
        slackMessages: slack.callsTo("chat.postMessage").map((c) => String(c.params.thread_ts ?? "")),
        teamsReplies: connector.posted().map((c) => String(c.activityId ?? c.body?.replyToId ?? "")),
      };
      process.send?.(report);
    } else if (message.type === "reset") {
      slack.reset();
      connector.reset();
      process.send?.({ type: "reset" });
    } else if (message.type === "stop") {
      await slack.close();
      await connector.close();
      process.disconnect?.();
      process.exit(0);
    }
  });
  process.send({
    type: "ready",
    slackApiUrl: slack.apiUrl,
    slackResponseBase: slack.responseUrl("x").replace(/x$/, ""),
    serviceUrl: connector.serviceUrl,
  });
}
