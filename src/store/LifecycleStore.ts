// Durable lifecycle state in JSON files next to the vacancy data, each a DurableCollection
// (validated, crash-safe, locked across processes): subscriptions, announcement locations,
// observed vacancy events, Teams conversation references and the send ledger.

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import { claimEntry, isClaimable, type LedgerPolicy } from "../lifecycle/ledger.ts";
import {
  type AnnouncementLocation,
  AnnouncementLocationSchema,
  type LedgerEntry,
  LedgerEntrySchema,
  type StoredConversation,
  StoredConversationSchema,
  type Subscription,
  SubscriptionSchema,
  type VacancySeen,
  VacancySeenSchema,
} from "../lifecycle/model.ts";
import { DurableCollection } from "./DurableCollection.ts";

export class LifecycleStore {
  readonly subscriptions: DurableCollection<Subscription>;
  readonly announcements: DurableCollection<AnnouncementLocation>;
  readonly seen: DurableCollection<VacancySeen>;
  readonly conversations: DurableCollection<StoredConversation>;
  readonly ledger: DurableCollection<LedgerEntry>;
  /** This process, as written in ledger claims. */
  readonly processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  /** True when the seen-vacancies file did not exist at open (first start: existing posts are a baseline). */
  firstStart = false;

  constructor(readonly dir: string) {
    this.subscriptions = new DurableCollection({
      file: join(dir, "subscriptions.json"),
      schema: SubscriptionSchema,
      idOf: (s) => s.id,
      nouns: ["subscription", "subscriptions"],
    });
    this.announcements = new DurableCollection({
      file: join(dir, "announcements.json"),
      schema: AnnouncementLocationSchema,
      idOf: (a) => a.id,
      nouns: ["announcement", "announcements"],
    });
    this.seen = new DurableCollection({
      file: join(dir, "vacancy-events.json"),
      schema: VacancySeenSchema,
      idOf: (s) => s.vacancyId,
      nouns: ["vacancy event", "vacancy events"],
    });
    this.conversations = new DurableCollection({
      file: join(dir, "conversations.json"),
      schema: StoredConversationSchema,
      idOf: (c) => c.id,
      nouns: ["conversation", "conversations"],
    });
    this.ledger = new DurableCollection({
      file: join(dir, "sent.json"),
      schema: LedgerEntrySchema,
      idOf: (e) => e.key,
      nouns: ["send", "sends"],
    });
  }

  /** Loads every collection (missing files are empty); throws CorruptFileError naming the file. */
  async open(): Promise<void> {
    await this.seen.load();
    this.firstStart = this.seen.size === 0 && !(await exists(this.seen.file));
    await Promise.all([
      this.subscriptions.load(),
      this.announcements.load(),
      this.conversations.load(),
      this.ledger.load(),
    ]);
  }

  /** Re-reads whatever another process (a second replica) wrote. */
  async refresh(): Promise<void> {
    await Promise.all([
      this.subscriptions.refresh(),
      this.announcements.refresh(),
      this.seen.refresh(),
      this.conversations.refresh(),
      this.ledger.refresh(),
    ]);
  }

  /**
   * Claims the keys still claimable, in one locked write; returns those this process now owns.
   * Another process holding or having sent a key makes it not ours.
   */
  claim(keys: readonly string[], now: Date, policy: LedgerPolicy): Promise<Set<string>> {
    return this.ledger.transaction(async (tx) => {
      const mine: LedgerEntry[] = [];
      for (const key of new Set(keys)) {
        const entry = tx.records.get(key);
        if (isClaimable(entry, now, policy)) mine.push(claimEntry(key, entry, now, this.processId));
      }
      if (mine.length) await tx.apply({ put: mine });
      return new Set(mine.map((e) => e.key));
    });
  }

  /**
   * Drops ledger entries (keys from prunableLedgerKeys), under the lock; an entry claimed again
   * meanwhile (no longer settled) is kept. Returns how many were dropped.
   */
  prune(keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return Promise.resolve(0);
    return this.ledger.transaction(async (tx) => {
      const gone = keys.filter((key) => {
        const entry = tx.records.get(key);
        return entry !== undefined && (entry.sentAt !== null || entry.outcome === "abandoned");
      });
      if (gone.length) await tx.apply({ remove: gone });
      return gone.length;
    });
  }

  /** Records the outcome of a claimed send. */
  settle(
    key: string,
    now: Date,
    outcome: { outcome: "sent" | "empty"; windowEnd?: string | null } | { outcome: "failed"; error: string },
    policy: LedgerPolicy,
  ): Promise<void> {
    return this.ledger.transaction(async (tx) => {
      const entry = tx.records.get(key);
      const base = entry ?? claimEntry(key, undefined, now, this.processId);
      const next: LedgerEntry =
        outcome.outcome === "failed"
          ? {
              ...base,
              outcome: base.attempts >= policy.maxAttempts ? "abandoned" : "failed",
              error: outcome.error.slice(0, 2000),
            }
          : {
              ...base,
              sentAt: now.toISOString(),
              outcome: outcome.outcome,
              error: null,
              windowEnd: outcome.windowEnd ?? null,
            };
      await tx.apply({ put: [next] });
    });
  }
}

async function exists(file: string): Promise<boolean> {
  const { stat } = await import("node:fs/promises");
  return stat(file).then(
    () => true,
    () => false,
  );
}
