// The planner: from plain state and "now", every send that is due and not yet done, each with a
// stable idempotency key. Pure; the service claims the keys in the ledger before sending.
//   notify:<subscriptionId>:<vacancyId>            a matching post appeared after the subscription
//   reminder:<3d|1d>:<subscriptionId>:<vacancyId>  a matching post closes in 3 days / 1 day
//   digest:<platform>:<channel>:<YYYY-MM-DD>       the day's digest (recorded even when empty)
//   announce-closed:<announcementId>               an announcement to turn into "Closed"
import { DateTime } from "luxon";
import { deadlineStatus } from "../answer/deadlineStatus.ts";
import type { VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { composeDigest } from "./digest.ts";
import { isClaimable, type LedgerPolicy } from "./ledger.ts";
import { matchingVacancyIds } from "./matchSubscription.ts";
import type {
  AnnouncementLocation,
  LedgerEntry,
  Platform,
  Send,
  SendTarget,
  Subscription,
  VacancySeen,
} from "./model.ts";
import { dueReminderPoint, reminderKey } from "./reminders.ts";
import { latestOccurrence, previousOccurrence } from "./schedule.ts";

export interface DigestChannel {
  platform: Platform;
  channel: string;
}

export interface DigestSettings {
  cron: string;
  timeZone: string;
  channels: readonly DigestChannel[];
  closingSoonDays: number;
}

export interface PlannerState {
  vacancies: readonly Vacancy[];
  /** The search index over the same vacancies (matching uses the search core). */
  index: VacancyIndex;
  subscriptions: readonly Subscription[];
  announcements: readonly AnnouncementLocation[];
  seen: ReadonlyMap<string, VacancySeen>;
  ledger: ReadonlyMap<string, LedgerEntry>;
  digest: DigestSettings;
  /** Platforms with a notifier; sends for others wait. */
  platforms: ReadonlySet<Platform>;
  policy: LedgerPolicy;
}

/** Digests cover at most this far back, however long the bot was down. */
export const MAX_DIGEST_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** Every send due at `now` whose key the ledger still allows. */
export function planDueSends(now: Date, state: PlannerState): Send[] {
  const sends: Send[] = [];
  const due = (send: Send) => {
    if (
      state.platforms.has(send.target.platform) &&
      isClaimable(state.ledger.get(send.key), now, state.policy)
    )
      sends.push(send);
  };
  const byId = new Map(state.vacancies.map((v) => [v.id, v]));

  for (const subscription of state.subscriptions) {
    if (!state.platforms.has(subscription.platform)) continue;
    const open = (v: Vacancy) => deadlineStatus(v, now).status !== "closed";
    const matches = matchingVacancyIds(state.index, subscription.query, open);
    const target: SendTarget = {
      kind: "user",
      platform: subscription.platform,
      userId: subscription.userId,
      conversationId: subscription.conversationId,
    };
    const subscribedAt = Date.parse(subscription.createdAt);
    for (const vacancyId of matches) {
      const vacancy = byId.get(vacancyId);
      if (!vacancy) continue;
      const seen = state.seen.get(vacancyId);
      if (seen && !seen.baseline && Date.parse(seen.firstSeenAt) >= subscribedAt) {
        due({
          key: `notify:${subscription.id}:${vacancyId}`,
          kind: "notify",
          target,
          subscription,
          vacancyId,
        });
      }
      const point = dueReminderPoint(vacancy, now);
      if (point) {
        due({
          key: reminderKey(point, subscription.id, vacancyId),
          kind: "reminder",
          target,
          subscription,
          vacancyId,
          point,
        });
      }
    }
  }

  for (const location of state.announcements) {
    const vacancy = byId.get(location.vacancyId);
    if (!vacancy || deadlineStatus(vacancy, now).status !== "closed") continue;
    due({
      key: `announce-closed:${location.id}`,
      kind: "announce-closed",
      target: {
        kind: "message",
        platform: location.platform,
        channel: location.channel,
        messageId: location.messageId,
      },
      location,
      vacancyId: location.vacancyId,
    });
  }

  for (const send of planDigests(now, state)) due(send);
  return sends;
}

/** The day's digest for each channel, once its scheduled time has passed; `digest` null = nothing to say. */
function planDigests(now: Date, state: PlannerState): Send[] {
  const { cron, timeZone, channels, closingSoonDays } = state.digest;
  if (channels.length === 0) return [];
  const occurrence = latestOccurrence(cron, timeZone, now);
  if (!occurrence) return [];
  const day = DateTime.fromJSDate(occurrence, { zone: timeZone }).toISODate() as string;
  const sends: Send[] = [];
  for (const { platform, channel } of channels) {
    const key = digestKey(platform, channel, day);
    const since = digestWindowStart(state, platform, channel, occurrence, now);
    const digest = composeDigest({
      vacancies: state.vacancies,
      seen: state.seen,
      since,
      until: now,
      day,
      closingSoonDays,
    });
    sends.push({ key, kind: "digest", target: { kind: "channel", platform, channel }, digest });
  }
  return sends;
}

export function digestKey(platform: Platform, channel: string, day: string): string {
  return `digest:${platform}:${channel}:${day}`;
}

/** Where this channel's digest window starts: the end of its last digest, else the previous occurrence. */
function digestWindowStart(
  state: PlannerState,
  platform: Platform,
  channel: string,
  occurrence: Date,
  now: Date,
): Date {
  const prefix = `digest:${platform}:${channel}:`;
  let last: number | null = null;
  for (const entry of state.ledger.values()) {
    if (!entry.key.startsWith(prefix) || entry.sentAt === null || entry.windowEnd === null) continue;
    const end = Date.parse(entry.windowEnd);
    if (last === null || end > last) last = end;
  }
  const fallback = previousOccurrence(state.digest.cron, state.digest.timeZone, occurrence) ?? occurrence;
  const start = last ?? fallback.getTime();
  return new Date(Math.max(start, now.getTime() - MAX_DIGEST_WINDOW_MS));
}
