// Registers the Events API listeners (manifest: app_mention, message.im).
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.ts";
import { appMention } from "./app-mention.ts";
import { directMessage } from "./direct-message.ts";

export function registerEvents(app: App, deps: SlackDeps): void {
  app.event("app_mention", appMention(deps));
  app.event("message", directMessage(deps));
}
