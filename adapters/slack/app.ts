// Builds the Bolt app on the shared server (HTTP mode) or on a Socket Mode connection, with our
// authorization, event de-duplication, error handling and listeners.
// https://docs.slack.dev/tools/bolt-js/concepts/receiver  https://docs.slack.dev/apis/events-api/using-socket-mode
import { App, HTTPReceiver } from "@slack/bolt";
import type { AdapterContext, DirectRoutes } from "../context.ts";
import { AnnouncementLog } from "./announcements.ts";
import { type BotIdentity, createIdentityResolver, createSingleTokenAuthorize } from "./authorize.ts";
import { toBoltLogger } from "./bolt-logger.ts";
import { SLACK_EVENTS_PATH, slackSettings, WEB_API_RETRY } from "./config.ts";
import { slackErrorCode } from "./deliver.ts";
import type { SlackDeps } from "./deps.ts";
import { DraftSessions } from "./drafts.ts";
import { registerListeners } from "./listeners/index.ts";
import { dedupeEvents, SeenEvents } from "./middleware/dedupe-events.ts";

export interface SlackApp {
  app: App;
  mode: "http" | "socket";
  deps: SlackDeps;
  /** The bot's identity from auth.test (cached; retried after a failure). */
  identity: () => Promise<BotIdentity>;
}

/** Creates the Bolt app; in HTTP mode its route is already in `routes`. Does no network I/O. */
export function createSlackApp(routes: DirectRoutes, context: AdapterContext): SlackApp {
  const settings = slackSettings(context.config);
  const logger = context.logger.child({ adapter: "slack" });
  const boltLogger = toBoltLogger(logger);
  const socketMode = settings.appToken !== undefined;
  const clientOptions = {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: WEB_API_RETRY,
  };

  // Bolt's own node:http receiver, served by the shared server ahead of express (its start() and
  // server are never used): it reads, verifies and parses the body itself, at half the CPU of the
  // ExpressReceiver on the same port.
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: settings.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        logger: boltLogger,
        // Events are acked before the listener runs, so a slow Web API never delays the ack.
        processBeforeResponse: false,
      });
  if (receiver) routes.set(SLACK_EVENTS_PATH, receiver.requestListener);

  // The authorize function needs the app's client, created by the App constructor.
  let identity: () => Promise<BotIdentity> = () => Promise.reject(new Error("Slack app not ready"));
  const authorize = createSingleTokenAuthorize(settings.botToken, () => identity());
  const app = new App({
    ...(socketMode ? { socketMode: true, appToken: settings.appToken } : { receiver }),
    authorize,
    logger: boltLogger,
    clientOptions,
    // No listener reads context.conversation; Bolt's default in-memory store costs ~2% under load.
    convoStore: false,
  });
  identity = createIdentityResolver(app.client, settings.botToken);

  const deps: SlackDeps = {
    bot: context.bot,
    logger,
    settings,
    announcements: new AnnouncementLog(context.lifecycle),
    drafts: new DraftSessions(),
    lifecycle: context.lifecycle,
  };
  app.use(dedupeEvents(new SeenEvents(), logger));
  registerListeners(app, deps);
  app.error(async (error) => {
    // The user already has an ack; log what failed (never the request, which holds tokens).
    const original = (error as { original?: unknown }).original ?? error;
    logger.error(
      { err: original, code: error.code, slackError: slackErrorCode(original) },
      "slack: listener failed",
    );
  });

  return { app, mode: socketMode ? "socket" : "http", deps, identity };
}
