// The lifecycle at run time: keeps the durable state, runs the pure planner on every tick and
// hands each due send to the platform's notifier exactly once (claim in the ledger, send, mark).
// Ticks come from croner (digest time + a regular heartbeat), from start-up (catch-up) and from
// store changes (a post appears or closes). Everything reads the injected clock.
import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import type { Answer } from "../../src/answer/model.ts";
import type { VacancyBot } from "../../src/bot.ts";
import type { Clock } from "../../src/clock.ts";
import { type LifecycleCommand, sameQuery } from "../../src/lifecycle/commands.ts";
import type { Digest } from "../../src/lifecycle/digest.ts";
import { DEFAULT_LEDGER_POLICY, type LedgerPolicy, prunableLedgerKeys } from "../../src/lifecycle/ledger.ts";
import { matchingVacancyIds } from "../../src/lifecycle/matchSubscription.ts";
import { leadLine, messageAnswer, subscriptionsText } from "../../src/lifecycle/messages.ts";
import type {
  AnnouncementLocation,
  Platform,
  Send,
  StoredConversation,
  Subscription,
  VacancySeen,
} from "../../src/lifecycle/model.ts";
import { type DigestSettings, planDueSends } from "../../src/lifecycle/planDueSends.ts";
import type { Logger } from "../../src/logger.ts";
import type { LifecycleStore } from "../../src/store/LifecycleStore.ts";
import type { Vacancy } from "../../src/vacancy.ts";

const PRUNE_EVERY_MS = 24 * 60 * 60_000;

/** What a notifier is asked to deliver. */
export type Delivery =
  | { kind: "card"; send: Send; lead: string | null; answer: Answer }
  | { kind: "digest"; send: Send; digest: Digest };

/** A platform's way of delivering sends; throws when delivery failed (the send is retried). */
export interface Notifier {
  deliver(delivery: Delivery): Promise<void>;
}

/** Who issued a command. */
export interface CommandUser {
  platform: Platform;
  userId: string;
  /** Teams: the personal conversation to write to later. */
  conversationId?: string | null;
}

export interface LifecycleServiceOptions {
  bot: VacancyBot;
  store: LifecycleStore;
  clock: Clock;
  logger: Logger;
  digest: DigestSettings;
  policy?: LedgerPolicy;
  /** Heartbeat cron (reminders, deadlines passing); default every 5 minutes. */
  heartbeat?: string;
}

export class LifecycleService {
  readonly store: LifecycleStore;
  readonly #bot: VacancyBot;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #digest: DigestSettings;
  readonly #policy: LedgerPolicy;
  readonly #heartbeat: string;
  readonly #notifiers = new Map<Platform, Notifier>();
  readonly #jobs: Cron[] = [];
  #unsubscribe: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  /** When this process last pruned the ledger (at start-up, then daily). */
  #prunedAt: number | null = null;

  constructor(options: LifecycleServiceOptions) {
    this.store = options.store;
    this.#bot = options.bot;
    this.#clock = options.clock;
    this.#logger = options.logger.child({ component: "lifecycle" });
    this.#digest = options.digest;
    this.#policy = options.policy ?? DEFAULT_LEDGER_POLICY;
    this.#heartbeat = options.heartbeat ?? "*/5 * * * *";
  }

  /** Registers the notifier of a platform (its adapter calls this when it mounts). */
  registerNotifier(platform: Platform, notifier: Notifier): void {
    this.#notifiers.set(platform, notifier);
  }

  /** Starts the schedules and the store listener, and catches up at once. */
  async start(): Promise<void> {
    this.#unsubscribe = this.#bot.store.onChange(() => {
      this.tick().catch((error) =>
        this.#logger.error({ err: error }, "lifecycle: tick after a change failed"),
      );
    });
    const tick = () => {
      this.tick().catch((error) => this.#logger.error({ err: error }, "lifecycle: scheduled tick failed"));
    };
    this.#jobs.push(new Cron(this.#digest.cron, { timezone: this.#digest.timeZone, protect: true }, tick));
    this.#jobs.push(new Cron(this.#heartbeat, { timezone: this.#digest.timeZone, protect: true }, tick));
    await this.tick();
  }

  /** Stops scheduling and waits for a running tick. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const job of this.#jobs) job.stop();
    this.#unsubscribe?.();
    await this.#running?.catch(() => {});
  }

  /**
   * Does everything due at the clock's now. Ticks never overlap in a process; one requested
   * while another runs makes it run once more after (so a change is never missed).
   */
  tick(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async () => {
      do {
        this.#again = false;
        await this.#tickOnce();
      } while (this.#again && !this.#stopped);
    };
    this.#running = run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #tickOnce(): Promise<void> {
    const now = this.#clock();
    await this.store.refresh();
    // One decoded list per tick, shared by both steps (the store decodes its records on each list()).
    const vacancies = this.#bot.store.list();
    await this.#observeVacancies(now, vacancies);
    const sends = planDueSends(now, {
      vacancies,
      index: this.#bot.index,
      subscriptions: this.store.subscriptions.list(),
      announcements: this.store.announcements.list(),
      seen: new Map(this.store.seen.list().map((s) => [s.vacancyId, s])),
      ledger: new Map(this.store.ledger.list().map((e) => [e.key, e])),
      digest: this.#digest,
      platforms: new Set(this.#notifiers.keys()),
      policy: this.#policy,
    });
    await this.#pruneLedger(now, vacancies);
    if (sends.length === 0) return;
    const mine = await this.store.claim(
      sends.map((s) => s.key),
      now,
      this.#policy,
    );
    for (const send of sends) {
      if (!mine.has(send.key)) continue;
      await this.#perform(send, now);
    }
  }

  /** Keeps the ledger as large as what it still guards (it grew by every send before). */
  async #pruneLedger(now: Date, vacancies: readonly Vacancy[]): Promise<void> {
    if (this.#prunedAt !== null && now.getTime() - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = now.getTime();
    const keys = prunableLedgerKeys(
      this.store.ledger.list(),
      {
        subscriptionIds: new Set(this.store.subscriptions.list().map((s) => s.id)),
        vacancyIds: new Set(vacancies.map((v) => v.id)),
        announcementIds: new Set(this.store.announcements.list().map((a) => a.id)),
      },
      now,
    );
    try {
      const dropped = await this.store.prune(keys);
      if (dropped > 0)
        this.#logger.info({ dropped }, "lifecycle: pruned sends no tick can repeat from the ledger");
    } catch (error) {
      // Sends go on; the next day's tick tries again.
      this.#logger.warn({ err: error }, "lifecycle: could not prune the send ledger");
    }
  }

  async #perform(send: Send, now: Date): Promise<void> {
    const notifier = this.#notifiers.get(send.target.platform);
    try {
      if (send.kind === "digest" && send.digest === null) {
        await this.store.settle(
          send.key,
          this.#clock(),
          { outcome: "empty", windowEnd: now.toISOString() },
          this.#policy,
        );
        this.#logger.info({ key: send.key }, "lifecycle: nothing to say in the digest; nothing posted");
        return;
      }
      const delivery = this.#delivery(send, now);
      if (!notifier || !delivery) throw new Error(delivery ? "no notifier" : "the vacancy is gone");
      await notifier.deliver(delivery);
      const windowEnd = send.kind === "digest" ? now.toISOString() : null;
      await this.store.settle(send.key, this.#clock(), { outcome: "sent", windowEnd }, this.#policy);
      this.#logger.info({ key: send.key }, "lifecycle: sent");
    } catch (error) {
      this.#logger.error({ err: error, key: send.key }, "lifecycle: send failed; will retry on a later tick");
      await this.store.settle(
        send.key,
        this.#clock(),
        { outcome: "failed", error: String((error as Error).message ?? error) },
        this.#policy,
      );
    }
  }

  #delivery(send: Send, now: Date): Delivery | null {
    if (send.kind === "digest") return send.digest ? { kind: "digest", send, digest: send.digest } : null;
    const focus = send.kind === "notify" ? "overview" : send.kind === "reminder" ? "deadline" : "status";
    const answer = this.#bot.show(send.vacancyId, focus, { now });
    if (!answer) return null;
    const title = answer.items[0]?.vacancy.title ?? send.vacancyId;
    const lead = send.kind === "notify" || send.kind === "reminder" ? leadLine(send, title) : null;
    return { kind: "card", send, lead, answer };
  }

  /** Records first sightings (new posts) and recruiter closes, so digests and notifications know when. */
  async #observeVacancies(now: Date, vacancies: readonly Vacancy[]): Promise<void> {
    const changes: VacancySeen[] = [];
    const firstStart = this.store.firstStart;
    for (const v of vacancies) {
      const seen = this.store.seen.get(v.id);
      const closedByHand = v.state !== "published";
      if (!seen) {
        changes.push({
          vacancyId: v.id,
          firstSeenAt: now.toISOString(),
          baseline: firstStart,
          closedAt: closedByHand ? now.toISOString() : null,
        });
      } else if (closedByHand && seen.closedAt === null) {
        changes.push({ ...seen, closedAt: now.toISOString() });
      } else if (!closedByHand && seen.closedAt !== null) {
        changes.push({ ...seen, closedAt: null }); // reopened
      }
    }
    if (changes.length === 0 && !firstStart) return;
    await this.store.seen.transaction(async (tx) => {
      // Another replica may have recorded them first: keep its observation.
      const put = changes.filter((c) => {
        const current = tx.records.get(c.vacancyId);
        return !current || current.closedAt !== c.closedAt;
      });
      await tx.apply({ put });
    });
    this.store.firstStart = false;
  }

  /** Remembers where a vacancy was announced, so it can be marked Closed there later. */
  async recordAnnouncement(location: Omit<AnnouncementLocation, "id" | "createdAt">): Promise<void> {
    const record: AnnouncementLocation = {
      ...location,
      id: `${location.platform}:${location.channel}:${location.messageId}`,
      createdAt: this.#clock().toISOString(),
    };
    await this.store.announcements.transaction((tx) => tx.apply({ put: [record] }));
    // A post announced after it already closed is updated at once.
    this.tick().catch((error) => this.#logger.error({ err: error }, "lifecycle: tick failed"));
  }

  /** Announcement locations of a vacancy on a platform. */
  announcementsOf(vacancyId: string, platform: Platform): AnnouncementLocation[] {
    return this.store.announcements
      .list()
      .filter((a) => a.vacancyId === vacancyId && a.platform === platform);
  }

  /** How many of a vacancy's announcements on a platform have been marked Closed. */
  closedAnnouncements(vacancyId: string, platform: Platform): number {
    return this.announcementsOf(vacancyId, platform).filter(
      (a) => this.store.ledger.get(`announce-closed:${a.id}`)?.outcome === "sent",
    ).length;
  }

  /** Stores (or refreshes) a Teams conversation reference. */
  async rememberConversation(id: string, reference: Record<string, unknown>): Promise<void> {
    const current = this.store.conversations.get(id);
    if (current && JSON.stringify(current.reference) === JSON.stringify(reference)) return;
    const record: StoredConversation = { id, reference, updatedAt: this.#clock().toISOString() };
    await this.store.conversations.transaction((tx) => tx.apply({ put: [record] }));
  }

  conversation(id: string): Record<string, unknown> | undefined {
    return this.store.conversations.get(id)?.reference;
  }

  /** Runs a subscription command for a user; returns the reply as an Answer. */
  async runCommand(command: LifecycleCommand, user: CommandUser): Promise<Answer> {
    const now = this.#clock();
    const mine = () =>
      this.store.subscriptions.list().filter((s) => s.platform === user.platform && s.userId === user.userId);
    switch (command.kind) {
      case "subscribe-usage":
        return messageAnswer(
          "Tell me what to watch for, for example `subscribe cyber` or `subscribe network brussels`.",
          now,
        );
      case "list":
        await this.store.subscriptions.refresh();
        return messageAnswer(subscriptionsText(mine()), now);
      case "subscribe": {
        const result = await this.store.subscriptions.transaction(async (tx) => {
          const existing = [...tx.records.values()].find(
            (s) =>
              s.platform === user.platform && s.userId === user.userId && sameQuery(s.query, command.query),
          );
          if (existing) return { created: false, subscription: existing };
          const subscription: Subscription = {
            id: randomUUID(),
            platform: user.platform,
            userId: user.userId,
            conversationId: user.conversationId ?? null,
            query: command.query,
            createdAt: now.toISOString(),
          };
          await tx.apply({ put: [subscription] });
          return { created: true, subscription };
        });
        const open = matchingVacancyIds(this.#bot.index, command.query, (v) => {
          const a = this.#bot.show(v.id, "status", { now });
          return a?.items[0]?.deadline.status !== "closed";
        }).size;
        const already = result.created ? "Subscribed" : "You were already subscribed";
        const current =
          open === 0
            ? "No open post matches it right now."
            : `${open} open post${open === 1 ? " matches" : "s match"} it right now (ask \`${command.query}\` to see ${open === 1 ? "it" : "them"}).`;
        return messageAnswer(
          `${already} to “${command.query}”. I will message you when a matching vacancy is posted, and 3 days and 1 day before a matching post closes. ${current}`,
          now,
        );
      }
      case "unsubscribe": {
        const removed = await this.store.subscriptions.transaction(async (tx) => {
          const candidates = [...tx.records.values()].filter(
            (s) => s.platform === user.platform && s.userId === user.userId,
          );
          const drop = command.all
            ? candidates
            : command.query
              ? candidates.filter((s) => sameQuery(s.query, command.query as string))
              : candidates.length === 1
                ? candidates
                : [];
          if (drop.length) await tx.apply({ remove: drop.map((s) => s.id) });
          return { drop, candidates };
        });
        if (removed.drop.length > 0) {
          const names = removed.drop.map((s) => `“${s.query}”`).join(", ");
          return messageAnswer(`Unsubscribed from ${names}. You will get no more messages about it.`, now);
        }
        if (removed.candidates.length === 0) return messageAnswer("You have no subscriptions to stop.", now);
        const which = command.query
          ? `You have no subscription “${command.query}”.`
          : "Which one? Say `unsubscribe <words>` or `unsubscribe all`.";
        return messageAnswer(`${which}\n${subscriptionsText(removed.candidates)}`, now);
      }
    }
  }
}
