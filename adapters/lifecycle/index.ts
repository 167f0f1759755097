// Opens the lifecycle for the server: durable state in LIFECYCLE_DIR (default: a lifecycle/
// folder next to DATA_FILE) and the digest settings from config.
import { dirname, join } from "node:path";
import type { VacancyBot } from "../../src/bot.ts";
import type { Clock } from "../../src/clock.ts";
import type { Config } from "../../src/config.ts";
import type { DigestChannel } from "../../src/lifecycle/planDueSends.ts";
import { checkCronPattern } from "../../src/lifecycle/schedule.ts";
import type { Logger } from "../../src/logger.ts";
import { LifecycleStore } from "../../src/store/LifecycleStore.ts";
import { LifecycleService } from "./LifecycleService.ts";

export { type CommandUser, type Delivery, LifecycleService, type Notifier } from "./LifecycleService.ts";

/** Reads DIGEST_CHANNELS: "slack:C123", "teams:19:abc@thread.tacv2", or bare ids (a colon means Teams). */
export function parseDigestChannels(entries: readonly string[]): DigestChannel[] {
  return entries.map((entry) => {
    const explicit = /^(slack|teams):(.+)$/.exec(entry);
    if (explicit) return { platform: explicit[1] as "slack" | "teams", channel: explicit[2] as string };
    return { platform: entry.includes(":") ? "teams" : "slack", channel: entry };
  });
}

/** The lifecycle's directory, or null when there is none (an injected store without LIFECYCLE_DIR). */
export function lifecycleDir(config: Config, storeInjected: boolean): string | null {
  if (config.LIFECYCLE_DIR) return config.LIFECYCLE_DIR;
  return storeInjected ? null : join(dirname(config.DATA_FILE), "lifecycle");
}

export async function openLifecycle(options: {
  dir: string;
  config: Config;
  bot: VacancyBot;
  clock: Clock;
  logger: Logger;
}): Promise<LifecycleService> {
  const { config } = options;
  const problem = checkCronPattern(config.DIGEST_CRON, config.DIGEST_TZ);
  if (problem) throw new Error(`DIGEST_CRON "${config.DIGEST_CRON}" is not a cron pattern: ${problem}`);
  const store = new LifecycleStore(options.dir);
  await store.open();
  return new LifecycleService({
    bot: options.bot,
    store,
    clock: options.clock,
    logger: options.logger,
    digest: {
      cron: config.DIGEST_CRON,
      timeZone: config.DIGEST_TZ,
      channels: parseDigestChannels(config.DIGEST_CHANNELS),
      closingSoonDays: config.CLOSING_SOON_DAYS,
    },
  });
}
