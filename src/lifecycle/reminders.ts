// Reminder points: a subscriber hears once 3 days and once 1 day before a matching post closes,
// counted in calendar days of the issuer's time zone. A point missed while the bot was down is
// sent late only while it is still the right one (at 1 day left the 3-day reminder is moot).
import { deadlineStatus } from "../answer/deadlineStatus.ts";
import type { Vacancy } from "../vacancy.ts";
import type { ReminderPoint } from "./model.ts";

/** The reminder due for `vacancy` at `now`, or null. */
export function dueReminderPoint(vacancy: Vacancy, now: Date): ReminderPoint | null {
  const status = deadlineStatus(vacancy, now);
  if (status.status !== "open" || status.daysLeft === null) return null;
  if (status.daysLeft <= 1) return "1d";
  if (status.daysLeft <= 3) return "3d";
  return null;
}

/** The idempotency key of one reminder. */
export function reminderKey(point: ReminderPoint, subscriptionId: string, vacancyId: string): string {
  return `reminder:${point}:${subscriptionId}:${vacancyId}`;
}
