// The send ledger's rules, pure: when a key may be claimed. A key is claimed (durably, under the
// store's file lock) before its message is sent and marked after, so a restart or a second
// replica never sends it again. The one gap: a process that dies after sending but before
// marking leaves a claim without `sentAt`; after CLAIM_TIMEOUT it is retried, so that narrow
// window is at-least-once (a duplicate is possible, a loss is not).
import type { LedgerEntry } from "./model.ts";

export interface LedgerPolicy {
  /** A claim not marked sent after this long is considered dead and retried. */
  claimTimeoutMs: number;
  /** Failed sends are retried on later ticks up to this many attempts, then abandoned. */
  maxAttempts: number;
}

export const DEFAULT_LEDGER_POLICY: LedgerPolicy = { claimTimeoutMs: 10 * 60_000, maxAttempts: 3 };

/** True when `key` (with this entry, or none) may be claimed now. */
export function isClaimable(entry: LedgerEntry | undefined, now: Date, policy: LedgerPolicy): boolean {
  if (!entry) return true;
  if (entry.sentAt !== null || entry.outcome === "abandoned") return false;
  if (entry.outcome === "failed") return entry.attempts < policy.maxAttempts;
  // Claimed, not marked: in flight elsewhere, or its process died.
  return Date.parse(entry.claimedAt) + policy.claimTimeoutMs <= now.getTime();
}

/** The entry recording a fresh claim of `key` by `by`. */
export function claimEntry(
  key: string,
  previous: LedgerEntry | undefined,
  now: Date,
  by: string,
): LedgerEntry {
  return {
    key,
    claimedAt: now.toISOString(),
    by,
    sentAt: null,
    outcome: null,
    attempts: (previous?.attempts ?? 0) + 1,
    error: previous?.error ?? null,
    windowEnd: null,
  };
}

/** What the ledger's keys refer to that still exists. */
export interface LiveSubjects {
  subscriptionIds: ReadonlySet<string>;
  vacancyIds: ReadonlySet<string>;
  announcementIds: ReadonlySet<string>;
}

/** Digests are kept this long (a record of what was posted), each channel's latest always. */
export const DIGEST_RETENTION_DAYS = 90;

/**
 * Keys of settled entries no tick can plan again, so dropping them cannot cause a second send:
 * notifications and reminders of a removed subscription or vacancy, the closing edit of a removed
 * announcement, and digests older than the retention (a digest key names its day, which only
 * recurs on that day; the channel's latest stays, as the next digest's window starts at its end).
 * Claims in flight and failed sends awaiting retry are kept; keys of an unknown form are kept.
 */
export function prunableLedgerKeys(entries: Iterable<LedgerEntry>, live: LiveSubjects, now: Date): string[] {
  const prunable: string[] = [];
  const latestDigest = new Map<string, { key: string; day: string }>();
  const oldDigests: { key: string; channel: string }[] = [];
  const cutoff = new Date(now.getTime() - DIGEST_RETENTION_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const entry of entries) {
    const settled = entry.sentAt !== null || entry.outcome === "abandoned" || entry.outcome === "empty";
    const key = entry.key;
    const digest = /^digest:(.+):(\d{4}-\d{2}-\d{2})$/.exec(key);
    if (digest) {
      const [, channel = "", day = ""] = digest;
      const latest = latestDigest.get(channel);
      if (!latest || day > latest.day) latestDigest.set(channel, { key, day });
      if (settled && day < cutoff) oldDigests.push({ key, channel });
      continue;
    }
    if (!settled) continue;
    const perPost = /^(?:notify|reminder:(?:3d|1d)):(.+):([^:]+)$/.exec(key);
    if (perPost) {
      const [, subscriptionId = "", vacancyId = ""] = perPost;
      if (!live.subscriptionIds.has(subscriptionId) || !live.vacancyIds.has(vacancyId)) prunable.push(key);
      continue;
    }
    const announced = /^announce-closed:(.+)$/.exec(key);
    if (announced && !live.announcementIds.has(announced[1] ?? "")) prunable.push(key);
  }
  for (const { key, channel } of oldDigests) if (latestDigest.get(channel)?.key !== key) prunable.push(key);
  return prunable;
}
