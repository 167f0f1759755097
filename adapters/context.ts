// What every adapter receives from the server: the platform-neutral bot, config and a logger.
import type { VacancyBot } from "../src/bot.ts";
import type { Config } from "../src/config.ts";
import type { Logger } from "../src/logger.ts";
import type { LifecycleService } from "./lifecycle/LifecycleService.ts";

export interface AdapterContext {
  bot: VacancyBot;
  config: Config;
  logger: Logger;
  /** Subscriptions, digests, reminders, self-updating announcements (absent without a lifecycle dir). */
  lifecycle?: LifecycleService | undefined;
}

/** An adapter mounted on the shared server; `close` releases sockets/timers (Socket Mode, schedulers). */
export interface MountedAdapter {
  name: string;
  /** Paths it serves, printed at start-up. */
  routes: string[];
  close?: () => Promise<void>;
}
