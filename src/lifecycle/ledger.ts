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
