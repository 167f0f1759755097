// Slack retries an event (X-Slack-Retry-Num) when it thinks the first delivery failed; Bolt
// does not drop retries, so this global middleware remembers event_ids and stops repeats.
// https://docs.slack.dev/apis/events-api/#retries
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../../src/logger.ts";

export interface EventDedupeOptions {
  /** How long an event_id is remembered (Slack retries within minutes). */
  ttlMs?: number;
  /** Upper bound on remembered ids, so memory stays flat under load. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers event ids in memory. One process only: several replicas behind a load balancer
 * need a shared store (issue 11).
 */
export class SeenEvents {
  readonly #seen = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: EventDedupeOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.#maxEntries = options.maxEntries ?? 50_000;
    this.#now = options.now ?? Date.now;
  }

  /** True the first time an id is seen (within the TTL), false for every repeat. */
  firstTime(id: string): boolean {
    const now = this.#now();
    const seenAt = this.#seen.get(id);
    if (seenAt !== undefined && now - seenAt < this.#ttlMs) return false;
    this.#seen.set(id, now);
    this.#evict(now);
    return true;
  }

  #evict(now: number): void {
    // Map keeps insertion order: the oldest entries come first.
    for (const [id, at] of this.#seen) {
      if (this.#seen.size <= this.#maxEntries && now - at < this.#ttlMs) break;
      this.#seen.delete(id);
    }
  }
}

/** Global middleware: an event_callback whose event_id was already handled goes no further. */
export function dedupeEvents(seen: SeenEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = "event_id" in body && typeof body.event_id === "string" ? body.event_id : undefined;
    if (eventId && !seen.firstTime(eventId)) {
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        "slack: dropped a repeated event",
      );
      return;
    }
    await next();
  };
}
