// Registers every Slack listener, one folder per kind (bolt-ts-starter-template layout).
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.ts";
import { registerActions } from "./actions/index.ts";
import { registerCommands } from "./commands/index.ts";
import { registerEvents } from "./events/index.ts";
import { registerViews } from "./views/index.ts";

export function registerListeners(app: App, deps: SlackDeps): void {
  registerEvents(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
}
