// Deadline and publication date: from labelled lines ("Application Deadline:", "Closing date:",
// "Deadline:" with the date on the next line) or from a sentence ("applications must be
// received no later than 30 March 2025"). A deadline label with an unreadable date is an error,
// never a guess. A day without its year ("1 June") is the next such day after publication, or,
// without a publication date, after the day the notice is read (a recruiter pasting it today).
import { DateTime } from "luxon";
import { isRelativeTime } from "./boilerplate.ts";
import type { NoticeField } from "./fields.ts";
import { MONTH_NAME } from "./monthNames.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { findDate, findDayMonth, looksLikeDate, nextDayMonth, parseDate } from "./parseDate.ts";
import { readCount } from "./parsePosts.ts";

export interface DeadlineResult {
  deadline: string | null;
  publishedDate: string | null;
  /** Set when a deadline is given but cannot be read as a date: the text as written. */
  unreadable: string | null;
  /** Why it cannot be read, when more can be said than "not a date". */
  unreadableWhy?: string;
  /** The text the deadline was read from, for the clock it names ("23:59 CET"). */
  clockText?: string | null;
  /** Set when the deadline's year was read from today's date: the day as written ("1 June"). */
  yearFromToday?: string | null;
  /** The earlier deadline for internal candidates, when the notice gives one besides the external one. */
  internalDeadline?: string | null;
  /** Set when the deadline counts from a publication date the notice does not give: the words. */
  relativeWithoutDate?: string | null;
}

// A day without its year that fell this close before today is ambiguous: this year's (passed) or
// next year's, almost a year away. A notice pasted today rarely closes eleven months from now.
const JUST_PASSED_DAYS = 60;

// Values that mean "no fixed deadline".
const NO_DEADLINE =
  /^(n\/?a|none|tbd|tbc|open|ongoing|rolling|until filled|open until filled|not specified|-+|asap)\b/i;

const DEADLINE_PHRASE =
  /\b(application deadline|deadline for (applications|application|submission|receipt of applications)|deadline|closing date( for applications)?|(will )?close[sd]? on|apply (by|before)|applications? (by|before|until)|applications? close[sd]?|date (de clôture|limite)|(no|not) later than|NLT|(must|should) reach (us|the \p{L}+|\p{Lu}\p{L}+) (by|before|no later than|not later than)|applications? (received|submitted) (by|before|until|on or before)|(must|should) be (received|submitted|sent|lodged|uploaded) (by|before|on or before)|applications? (are|is|will be) (open|accepted|received|invited|welcome) (until|through|till|up to)|accepted (until|through|till|up to)|open until|jusqu'au|hasta el|entro il|(by|before) (COB|close of business|end of business|EOB|EOD)|closing|closes|bis spätestens|bewerbungen? bis( zum)?|uiterlijk( op)?|entro e non oltre( il)?|au plus tard( le)?|a más tardar( el)?)(?![\p{L}])/giu;

/** Every date in a text, in order ("15 January 2026 - 13 February 2026" -> two dates). */
function allDates(text: string, monthFirst: boolean): string[] {
  const dates: string[] = [];
  let rest = text;
  for (let found = findDate(rest, monthFirst); found; found = findDate(rest, monthFirst)) {
    if (found.iso) dates.push(found.iso);
    rest = rest.slice(found.index + found.raw.length);
  }
  return dates;
}

/** A deadline written without its year, read from the publication date or from today. */
interface DayWithoutYear {
  /** YYYY-MM-DD, or null when no year makes it a real day (31 June) or the year is ambiguous. */
  iso: string | null;
  /** The day as written ("1 June"). */
  raw: string;
  fromToday: boolean;
  /** The next such day, also when it is too far to be meant. */
  possible?: string | null;
}

/**
 * A deadline written without its year ("1 June"): the first such day on or after the notice's
 * publication date, or without one, on or after `today`. Null when the text names no such day;
 * no clock and no publication date: no guess.
 */
function withoutYear(
  text: string,
  publishedDate: string | null,
  within: number,
  today: string | null,
): DayWithoutYear | null {
  const from = publishedDate ?? today;
  if (!from) return null;
  const found = findDayMonth(text);
  if (!found || (within > 0 && found.index > within) || Number.isNaN(found.month)) return null;
  const iso = nextDayMonth(from, found.month, found.day);
  const raw = found.raw;
  if (publishedDate || !iso) return { iso, raw, fromToday: false };
  const daysAhead = (Date.parse(iso) - Date.parse(from)) / 86_400_000;
  return { iso: daysAhead > 365 - JUST_PASSED_DAYS ? null : iso, raw, fromToday: true, possible: iso };
}

// "two weeks after the publication date", "30 days from the date of publication of this notice"
const RELATIVE =
  /^\W{0,3}(?:on\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|thirty)\s+(?:\(\d{1,3}\)\s+)?(?:calendar\s+|working\s+)?(days?|weeks?|months?)\s+(?:after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:its\s+|this\s+)?(publication|posting|issue|announcement|notice|vacancy)/i;

/** A deadline counted from publication: the date, "unknown" without a publication date, or null. */
function relativeToPublication(text: string, publishedDate: string | null): string | "unknown" | null {
  const m = RELATIVE.exec(text);
  if (!m) return null;
  if (!publishedDate) return "unknown";
  const n = readCount(m[1] as string) ?? 0;
  const unit = (m[2] as string).toLowerCase().replace(/s$/, "") as "day" | "week" | "month";
  return DateTime.fromISO(publishedDate, { zone: "utc" })
    .plus({ [`${unit}s`]: n })
    .toISODate();
}

// "Internal candidates: 10 April 2026", "24 April 2026 (external candidates)"
const INTERNAL = /\b(internal|in-house|serving staff)\b/i;
const EXTERNAL = /\b(external|all other|other candidates|general public)\b/i;

/**
 * A notice with one deadline for internal candidates and a later one for everybody else: the
 * post is open until the external one. Null unless the notice gives both.
 */
function audienceDeadlines(
  lines: NoticeLine[],
  monthFirst: boolean,
): { internal: string; external: string } | null {
  let internal: string | null = null;
  let external: string | null = null;
  for (const line of lines) {
    // ("April 10, 2026": a comma before a year is part of the date)
    for (const part of line.text.split(/[;,]\s+(?!\d{4}\b)|\s+and\s+/)) {
      const iso = findDate(part, monthFirst)?.iso;
      if (!iso) continue;
      if (INTERNAL.test(part) && !EXTERNAL.test(part)) internal ??= iso;
      else if (EXTERNAL.test(part) && !INTERNAL.test(part)) external ??= iso;
    }
  }
  return internal && external && internal !== external ? { internal, external } : null;
}

/** The deadline and published date of a notice (the external one when internal candidates close earlier). */
export function parseDeadline(
  lines: NoticeLine[],
  fields: NoticeField[],
  monthFirst = false,
  today: string | null = null,
): DeadlineResult {
  const result = readDeadline(lines, fields, monthFirst, today);
  const audiences = result.deadline ? audienceDeadlines(lines, monthFirst) : null;
  if (!audiences || ![audiences.internal, audiences.external].includes(result.deadline as string))
    return result;
  return { ...result, deadline: audiences.external, internalDeadline: audiences.internal };
}

function readDeadline(
  lines: NoticeLine[],
  fields: NoticeField[],
  /** Read numeric dates month first (a post in the United States). */
  monthFirst = false,
  /** The day the notice is read (YYYY-MM-DD), for a deadline without its year; null: no guess. */
  today: string | null = null,
): DeadlineResult {
  const published = fields.find((f) => f.kind === "published" && f.value && !isRelativeTime(f.value));
  const publishedDate = published?.value ? parseDate(published.value, monthFirst) : null;

  const period = fields.find((f) => f.kind === "postingPeriod" && f.value);
  // "1–15 April 2026": a range of days in one month, both ends dated
  const periodText = period?.value?.replace(
    new RegExp(`\\b(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s+(${MONTH_NAME})\\s+(\\d{4})\\b`, "i"),
    "$1 $3 $4 – $2 $3 $4",
  );
  const periodDates = periodText ? allDates(periodText, monthFirst) : [];

  const labelled = fields.filter((f) => f.kind === "deadline" && f.value);
  for (const field of labelled) {
    const value = field.value as string;
    const iso = parseDate(value, monthFirst);
    if (iso) return { deadline: iso, publishedDate, unreadable: null, clockText: value };
    const day = withoutYear(value, publishedDate, 0, today);
    if (day) return fromDayWithoutYear(day, publishedDate, value);
    if (NO_DEADLINE.test(value)) return { deadline: null, publishedDate, unreadable: null };
    const relative = relativeToPublication(value, publishedDate);
    if (relative === "unknown")
      return { deadline: null, publishedDate, unreadable: null, relativeWithoutDate: value };
    if (relative) return { deadline: relative, publishedDate, unreadable: null, clockText: value };
    return { deadline: null, publishedDate, unreadable: value };
  }

  const window = periodDates.length >= 2 ? null : applicationWindow(lines, monthFirst);
  if (window) return { ...window, publishedDate: publishedDate ?? window.publishedDate, unreadable: null };

  if (periodDates.length >= 2) {
    return {
      deadline: periodDates.at(-1) ?? null,
      publishedDate: publishedDate ?? periodDates[0] ?? null,
      unreadable: null,
    };
  }

  for (const line of lines) {
    for (const m of line.text.matchAll(DEADLINE_PHRASE)) {
      const after = line.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
      const found = findDate(after, monthFirst);
      // "Apply before 1 June.": a day without its year is read from the publication date
      // "Applications close two weeks after the publication date."
      const relative = found && found.index <= 40 ? null : relativeToPublication(after, publishedDate);
      if (relative === "unknown")
        return { deadline: null, publishedDate, unreadable: null, relativeWithoutDate: after.trim() };
      if (relative) return { deadline: relative, publishedDate, unreadable: null, clockText: after };
      const dayMonth = found && found.index <= 40 ? null : withoutYear(after, publishedDate, 40, today);
      if (dayMonth) return fromDayWithoutYear(dayMonth, publishedDate, after);
      if (found && found.index <= 40) {
        if (found.iso) return { deadline: found.iso, publishedDate, unreadable: null, clockText: after };
        return { deadline: null, publishedDate, unreadable: found.raw };
      }
      // "Deadline: the 31st of Febtember" — a deadline phrase followed by something date-like
      if (
        /deadline|closing date/i.test(m[0]) &&
        /^\s*[:-]/.test(after) &&
        looksLikeDate(after.slice(0, 40))
      ) {
        return {
          deadline: null,
          publishedDate,
          unreadable: after
            .replace(/^\s*[:-]\s*/, "")
            .slice(0, 40)
            .trim(),
        };
      }
    }
  }
  return { deadline: null, publishedDate, unreadable: null };
}

// "Applications open 1 Feb – 3 Mar 2027", "The call is open from 2 to 30 June 2027": the window
// in which applications are taken (the first day may leave its month or year to the last)
const OPEN_WINDOW =
  /\b(?:applications?|the (?:call|vacancy|post|position))\s+(?:(?:is|are|will be)\s+)?open(?:s)?\s+(?:from\s+)?(.{1,25}?)\s*(?:[–—-]|\bto\b|\buntil\b|\btill\b)\s*(.{3,40})/i;

/** The opening and closing days of an application window stated in a sentence, or null. */
function applicationWindow(
  lines: NoticeLine[],
  monthFirst: boolean,
): { deadline: string; publishedDate: string | null; clockText: string } | null {
  for (const line of lines) {
    const m = OPEN_WINDOW.exec(line.text);
    if (!m) continue;
    const end = findDate(m[2] as string, monthFirst);
    if (!end?.iso || end.index > 0) continue;
    const start = findDate(m[1] as string, monthFirst);
    const startDay = start?.iso ? null : findDayMonth(m[1] as string);
    const bareDay = /^\d{1,2}$/.exec((m[1] as string).trim());
    const endYear = Number(end.iso.slice(0, 4));
    // (a first day without its year is in the last day's year, or the year before when its month is later)
    const opened = start?.iso
      ? start.iso
      : startDay
        ? (toIsoDay(endYear, startDay.month, startDay.day) ?? "") > end.iso
          ? toIsoDay(endYear - 1, startDay.month, startDay.day)
          : toIsoDay(endYear, startDay.month, startDay.day)
        : bareDay
          ? toIsoDay(endYear, Number(end.iso.slice(5, 7)), Number(bareDay[0]))
          : null;
    return { deadline: end.iso, publishedDate: opened, clockText: m[2] as string };
  }
  return null;
}

function toIsoDay(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: "utc" });
  return d.isValid ? d.toISODate() : null;
}

/** The result for a day written without its year; an impossible or ambiguous one is unreadable. */
function fromDayWithoutYear(day: DayWithoutYear, publishedDate: string | null, text: string): DeadlineResult {
  if (!day.iso) {
    const nextYear = day.possible ? Number(day.possible.slice(0, 4)) : null;
    return {
      deadline: null,
      publishedDate,
      unreadable: day.raw,
      unreadableWhy: nextYear
        ? `the deadline "${day.raw}" gives no year, and ${day.raw} ${nextYear - 1} has just passed: write the year (e.g. ${day.raw} ${nextYear} if the post closes next year)`
        : `the deadline "${day.raw}" is not a real day: check the day and the month, and write the year`,
    };
  }
  return {
    deadline: day.iso,
    publishedDate,
    unreadable: null,
    clockText: text,
    yearFromToday: day.fromToday ? day.raw : null,
  };
}
