// The platform stacks alone, as the load benchmark's baseline: Bolt (HTTPReceiver) and botbuilder
// (CloudAdapter) on one port, as their docs set them up, with handlers that do no work of ours: a
// slash command is acked with a fixed line, an app_mention gets a fixed reply through Bolt's
// WebClient (chat.postMessage), a Teams message a fixed reply through the connector. No answer, no
// card, no log. Run by bench/load.ts like `vacancy-bot serve` (same environment, same "open <url>"
// line), so every endpoint row can be read against what the stacks cost before the bot does anything.
import { createServer } from "node:http";
import bolt from "@slack/bolt";
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import express from "express";

const { App, HTTPReceiver } = bolt;
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`stack floor: ${name} is not set`);
  return value;
};

const receiver = new HTTPReceiver({ signingSecret: env("SLACK_SIGNING_SECRET"), endpoints: "/slack/events" });
const slack = new App({
  receiver,
  // A fixed identity: Bolt's `token` option would call auth.test on requests (see adapters/slack/authorize.ts).
  authorize: async () => ({ botToken: env("SLACK_BOT_TOKEN"), botId: "BFLOOR", botUserId: "UFLOOR" }),
  convoStore: false,
  clientOptions: { slackApiUrl: env("SLACK_API_URL") },
});
slack.command(/.*/, async ({ ack }) => {
  await ack({ response_type: "ephemeral", text: "Stack floor: no answer." });
});
slack.event("app_mention", async ({ event, client }) => {
  await client.chat.postMessage({
    channel: event.channel,
    thread_ts: event.ts,
    text: "Stack floor: no answer.",
  });
});

// No app id: authentication off, as in the benchmark's Teams rounds.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const teams = new ActivityHandler();
teams.onMessage(async (turn, next) => {
  await turn.sendActivity("Stack floor: no answer.");
  await next();
});

// As in adapters/server.ts: Slack's requests go straight to Bolt's receiver, Teams' through Express.
const teamsRoute = express();
teamsRoute.post("/api/messages", express.json(), async (req, res) => {
  await adapter.process(req, res, (turn) => teams.run(turn));
});
const server = createServer((req, res) => {
  if (req.url === "/slack/events") receiver.requestListener(req, res);
  else teamsRoute(req, res);
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  console.log(`Stack floor is running: open http://127.0.0.1:${port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
