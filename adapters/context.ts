// What every adapter receives from the server: the platform-neutral bot, config and a logger.
import type { VacancyBot } from "../src/bot.ts";
import type { Config } from "../src/config.ts";
import type { Logger } from "../src/logger.ts";

export interface AdapterContext {
  bot: VacancyBot;
  config: Config;
  logger: Logger;
}

/** An adapter mounted on the shared server; `close` releases sockets/timers (Socket Mode, schedulers). */
export interface MountedAdapter {
  name: string;
  /** Paths it serves, printed at start-up. */
  routes: string[];
  close?: () => Promise<void>;
}
