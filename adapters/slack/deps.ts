// What every Slack listener needs, built once by createSlackApp and passed to each register*().
import type { VacancyBot } from "../../src/bot.ts";
import type { Logger } from "../../src/logger.ts";
import type { Actor } from "../../src/store/VacancyStore.ts";
import type { LifecycleService } from "../lifecycle/index.ts";
import type { AnnouncementLog } from "./announcements.ts";
import type { SlackSettings } from "./config.ts";
import type { DraftSessions } from "./drafts.ts";

export interface SlackDeps {
  bot: VacancyBot;
  logger: Logger;
  settings: SlackSettings;
  announcements: AnnouncementLog;
  drafts: DraftSessions;
  /** Subscriptions and proactive sends (issue #11); absent when the server runs without a lifecycle dir. */
  lifecycle?: LifecycleService | undefined;
}

/** The audit-log actor for a Slack user. */
export function slackActor(userId: string, name?: string): Actor {
  return name ? { id: userId, name, via: "slack" } : { id: userId, via: "slack" };
}
