// Slack adapter (issue #7): mounts Bolt on the shared server (HTTP mode, POST /slack/events)
// or connects through Socket Mode when SLACK_APP_TOKEN is set. Neither blocks start-up: the token
// check and the Socket Mode connection run in the background and log their outcome.
import type { AdapterContext, DirectRoutes, MountedAdapter } from "../context.ts";
import { createSlackApp } from "./app.ts";
import { SLACK_EVENTS_PATH } from "./config.ts";
import { slackErrorCode } from "./deliver.ts";
import { SlackNotifier } from "./lifecycle/notifier.ts";

export { createSlackApp } from "./app.ts";
export { SLACK_EVENTS_PATH } from "./config.ts";

/** Mounts the Slack app; called by adapters/server.ts when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set. */
export async function mountSlack(routes: DirectRoutes, context: AdapterContext): Promise<MountedAdapter> {
  const slack = createSlackApp(routes, context);
  const logger = slack.deps.logger;
  context.lifecycle?.registerNotifier("slack", new SlackNotifier(slack.app.client, logger));

  slack
    .identity()
    .then((who) =>
      logger.info(
        { botUserId: who.botUserId, team: who.teamId, mode: slack.mode },
        "slack: bot token verified",
      ),
    )
    .catch((error: unknown) =>
      logger.error(
        { err: error, slackError: slackErrorCode(error) },
        "slack: could not verify SLACK_BOT_TOKEN with auth.test; check the token (OAuth & Permissions > Bot User OAuth Token) and the network. Events will retry it.",
      ),
    );

  let stopped = false;
  if (slack.mode === "socket") {
    slack.app
      .start()
      .then(() => logger.info("slack: Socket Mode connected"))
      .catch((error: unknown) => {
        if (stopped) return;
        logger.error(
          { err: error, slackError: slackErrorCode(error) },
          "slack: Socket Mode could not connect; check SLACK_APP_TOKEN (an xapp- token with connections:write) and that Socket Mode is enabled for the app",
        );
      });
  }

  return {
    name: "slack",
    routes: slack.mode === "http" ? [`POST ${SLACK_EVENTS_PATH}`] : ["Socket Mode"],
    close: async () => {
      stopped = true;
      if (slack.mode === "socket") await slack.app.stop().catch(() => {});
    },
  };
}
