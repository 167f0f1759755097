// Registers the Events API listeners (manifest: app_mention, message.im).
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { appMention } from "./app-mention.ts";
import { directMessage } from "./direct-message.ts";

type EventArgs<T extends string> = SlackEventMiddlewareArgs<T> & AllMiddlewareArgs;

/** One Bolt listener for both event types (see registerCommands: every listener costs every request). */
export function registerEvents(app: App, deps: SlackDeps): void {
  const mention = appMention(deps);
  const message = directMessage(deps);
  app.event(/^(?:app_mention|message)$/, async (args) => {
    // The pattern admits only these two types; Bolt types a pattern's events as any event.
    if (args.event.type === "app_mention") await mention(args as unknown as EventArgs<"app_mention">);
    else await message(args as unknown as EventArgs<"message">);
  });
}
