// What every adapter receives from the server: the platform-neutral bot, config and a logger.
import type { IncomingMessage, ServerResponse } from "node:http";
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

/** A plain node:http request handler. */
export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * POST routes served by node:http itself, ahead of express (path -> handler). For a platform SDK
 * that reads and verifies its own body (Bolt's HTTPReceiver): express's router and request
 * wrappers cost as much as Bolt itself on a Slack request (bench/load.ts, README "Performance").
 */
export type DirectRoutes = Map<string, RequestListener>;
