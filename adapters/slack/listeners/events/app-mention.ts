// @vacancy-bot in a channel: answer in the mention's thread.
// https://docs.slack.dev/reference/events/app_mention
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { postMessage } from "../../deliver.ts";
import type { SlackDeps } from "../../deps.ts";
import { slackLifecycleReply } from "../../lifecycle/commands.ts";
import { toPlainQuestion } from "../../text.ts";

type Args = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;

/** Replies in the thread of the mention (or the thread it was made in). Public, so no recruiter buttons. */
export function appMention(deps: SlackDeps) {
  return async ({ event, client }: Args): Promise<void> => {
    const question = toPlainQuestion(event.text) || "help";
    const reply = event.user ? await slackLifecycleReply(deps.lifecycle, event.user, question) : null;
    if (reply) {
      await postMessage(
        client,
        {
          channel: event.channel,
          threadTs: event.thread_ts ?? event.ts,
          message: reply,
          plainText: reply.text,
        },
        deps.logger,
      );
      return;
    }
    const answer = deps.bot.ask(question);
    const result = await postMessage(
      client,
      {
        channel: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        message: renderSlackMessage(answer, {}),
        plainText: answer.text,
      },
      deps.logger,
    );
    deps.logger.info(
      {
        kind: "app_mention",
        channel: event.channel,
        user: event.user,
        intent: answer.intent,
        matches: answer.totalMatches,
        delivered: result.ok,
      },
      "slack: answered a mention",
    );
  };
}
