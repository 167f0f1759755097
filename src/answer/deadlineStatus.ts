// Deadline logic: a post is open through the end of its deadline day in the issuer's time zone
// (Europe/Brussels for NATO bodies). Time-zone maths is luxon's; nothing here hand-rolls offsets.
import { DateTime } from "luxon";
import type { Vacancy } from "../vacancy.ts";
import type { DeadlineInfo } from "./model.ts";

/** The issuing body's zone when a vacancy names none, or names one luxon does not know. */
export const DEFAULT_TIME_ZONE = "Europe/Brussels";

const zoneValidity = new Map<string, boolean>();
function usableZone(zone: string | undefined): string {
  if (!zone) return DEFAULT_TIME_ZONE;
  let ok = zoneValidity.get(zone);
  if (ok === undefined) {
    ok = DateTime.now().setZone(zone).isValid;
    zoneValidity.set(zone, ok);
  }
  return ok ? zone : DEFAULT_TIME_ZONE;
}

const closingCache = new Map<string, number>();
/**
 * The instant (epoch ms) applications close: the start of the day after `deadline` in `timeZone`.
 * Cached per (date, zone): lists over 100,000 posts compare numbers, not calendars.
 */
export function closingInstant(deadline: string, timeZone?: string): number {
  const zone = usableZone(timeZone);
  const key = `${deadline}|${zone}`;
  let at = closingCache.get(key);
  if (at === undefined) {
    at = DateTime.fromISO(deadline, { zone }).plus({ days: 1 }).startOf("day").toMillis();
    closingCache.set(key, at);
  }
  return at;
}

const DAY_MS = 86_400_000;
/** Per zone, the last day asked about: every instant in [from, to) falls on `day` there. */
const knownDays = new Map<string, { from: number; to: number; day: string }>();

/**
 * The calendar day (YYYY-MM-DD) `now` falls on in `timeZone`. Every answer asks this for each
 * vacancy it lists, so the day's span is remembered per zone and later instants inside it need no
 * calendar maths. Only plain days are remembered: 24 hours long with one UTC offset at both ends;
 * a day with a clock change is worked out by luxon every time.
 */
export function calendarDay(now: Date, timeZone?: string): string {
  const zone = usableZone(timeZone);
  const at = now.getTime();
  const known = knownDays.get(zone);
  if (known && at >= known.from && at < known.to) return known.day;
  const local = DateTime.fromMillis(at, { zone });
  const day = local.toISODate() as string;
  const start = local.startOf("day");
  const end = start.plus({ days: 1 }).startOf("day");
  const from = start.toMillis();
  const to = end.toMillis();
  if (
    from <= at &&
    at < to &&
    to - from === DAY_MS &&
    start.offset === DateTime.fromMillis(to - 1, { zone }).offset
  ) {
    knownDays.set(zone, { from, to, day });
  }
  return day;
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar date written for people: "17 June 2024" (a date has no zone: no time-zone maths here). */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

/** Whole calendar days from `fromDay` to `toDay` (both YYYY-MM-DD); negative when `toDay` is earlier. */
export function daysBetween(fromDay: string, toDay: string): number {
  // Calendar dates as UTC midnights: whole days apart, no clock change in between.
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A vacancy's deadline as seen at `now`: status, calendar days left and a phrase for people. */
export function deadlineStatus(vacancy: Vacancy, now: Date): DeadlineInfo {
  const deadline = vacancy.deadline;
  const deadlineText = deadline ? formatDay(deadline) : null;
  const daysLeft = deadline ? daysBetween(calendarDay(now, vacancy.timeZone), deadline) : null;
  if (vacancy.state !== "published") {
    const how = vacancy.state === "withdrawn" ? "withdrawn" : "closed";
    const reason = vacancy.closedReason ? ` (${vacancy.closedReason})` : "";
    return { status: "closed", deadline, daysLeft, deadlineText, label: `${how} by the recruiter${reason}` };
  }
  if (deadline === null || daysLeft === null || deadlineText === null) {
    return {
      status: "unknown",
      deadline: null,
      daysLeft: null,
      deadlineText: null,
      label: "no deadline given",
    };
  }
  if (daysLeft >= 0) {
    const when =
      daysLeft === 0
        ? "closes today"
        : daysLeft === 1
          ? "closes tomorrow"
          : `closes in ${plural(daysLeft, "day")}`;
    return { status: "open", deadline, daysLeft, deadlineText, label: `open, ${when} (${deadlineText})` };
  }
  const ago = -daysLeft === 1 ? "yesterday" : `${plural(-daysLeft, "day")} ago`;
  return { status: "closed", deadline, daysLeft, deadlineText, label: `closed on ${deadlineText} (${ago})` };
}
