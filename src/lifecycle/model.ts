// The lifecycle's records (subscriptions, where vacancies were announced, what the bot has seen
// happen to each vacancy, and the send ledger) and the sends the planner asks for. zod schemas
// validate every record read from or written to the durable collections.
import { z } from "zod";
import type { Digest } from "./digest.ts";

export const PLATFORMS = ["slack", "teams"] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

const Instant = z.iso.datetime({ offset: true });

/** A user's standing query: tell me about matching posts. */
export const SubscriptionSchema = z.object({
  id: z.string().min(1).max(200),
  platform: PlatformSchema,
  /** Slack user id, or the Teams user's id (AAD object id when known). */
  userId: z.string().min(1).max(200),
  /** Teams: the personal conversation the bot writes to (its reference is kept in the conversations collection). */
  conversationId: z.string().min(1).max(500).nullable().default(null),
  /** The query as typed, run through the search core. */
  query: z.string().trim().min(1).max(200),
  createdAt: Instant,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** One message announcing a vacancy (Slack channel + ts; Teams conversation + activity id). */
export const AnnouncementLocationSchema = z.object({
  /** `<platform>:<channel>:<messageId>`. */
  id: z.string().min(1).max(800),
  vacancyId: z.string().min(1).max(120),
  platform: PlatformSchema,
  channel: z.string().min(1).max(500),
  messageId: z.string().min(1).max(200),
  createdAt: Instant,
});
export type AnnouncementLocation = z.infer<typeof AnnouncementLocationSchema>;

/** What the bot has observed of a vacancy: when it first saw it, and when it saw it closed by hand. */
export const VacancySeenSchema = z.object({
  vacancyId: z.string().min(1).max(120),
  firstSeenAt: Instant,
  /** Already there when the lifecycle first started: not "newly posted", notifies nobody. */
  baseline: z.boolean(),
  /** When a recruiter close/withdraw was observed (a deadline closes at its own instant). */
  closedAt: Instant.nullable(),
});
export type VacancySeen = z.infer<typeof VacancySeenSchema>;

/** A Teams conversation reference, kept so proactive messages survive a restart. */
export const StoredConversationSchema = z.object({
  id: z.string().min(1).max(500),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: Instant,
});
export type StoredConversation = z.infer<typeof StoredConversationSchema>;

/** One send in the ledger: claimed before sending, marked after. */
export const LedgerEntrySchema = z.object({
  key: z.string().min(1).max(1000),
  claimedAt: Instant,
  /** Which process claimed it (host:pid:nonce). */
  by: z.string().min(1).max(200),
  sentAt: Instant.nullable(),
  outcome: z.enum(["sent", "empty", "failed", "abandoned"]).nullable(),
  attempts: z.number().int().min(0),
  error: z.string().max(2000).nullable(),
  /** Digests: the end of the window this digest covered (the next one starts there). */
  windowEnd: Instant.nullable().default(null),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** Where a send goes. */
export type SendTarget =
  | { kind: "user"; platform: Platform; userId: string; conversationId: string | null }
  | { kind: "channel"; platform: Platform; channel: string }
  | { kind: "message"; platform: Platform; channel: string; messageId: string };

export type ReminderPoint = "3d" | "1d";

/** What the planner asks the adapters to do, with the key that makes it happen once. */
export type Send =
  | { key: string; kind: "notify"; target: SendTarget; subscription: Subscription; vacancyId: string }
  | {
      key: string;
      kind: "reminder";
      target: SendTarget;
      subscription: Subscription;
      vacancyId: string;
      point: ReminderPoint;
    }
  | {
      key: string;
      kind: "digest";
      target: SendTarget;
      /** null: nothing to say today (recorded, not posted). */
      digest: Digest | null;
    }
  | {
      key: string;
      kind: "announce-closed";
      target: SendTarget;
      location: AnnouncementLocation;
      vacancyId: string;
    };
