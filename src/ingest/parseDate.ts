// Calendar dates as notices write them -> YYYY-MM-DD. Day-first for numeric dates (the
// convention of European and international bodies) unless the numbers only fit month-first.
import { DateTime } from "luxon";
import { DATE_LOOKING_MONTH, MONTH_NAME, monthOf } from "./monthNames.ts";

// "29th", French "1er", Spanish and Portuguese "1º"
const ORDINAL = "(?:st|nd|rd|th|er|º|°)?";

const num = (m: RegExpExecArray, i: number) => Number(m[i] ?? Number.NaN);
const month = (m: RegExpExecArray, i: number) => monthOf(m[i] ?? "");

/** Date patterns, tried in order; each yields year, month, day. */
const PATTERNS: {
  re: RegExp;
  pick: (m: RegExpExecArray, monthFirst: boolean) => [number, number, number] | null;
}[] = [
  // 2026-01-29, 2026/01/29, 2026-01-29T23:59:00Z
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, pick: (m) => [num(m, 1), num(m, 2), num(m, 3)] },
  // 29 January 2026, 29th Jan. 2026, 29-Jan-2026, 29. Januar 2026, 1er mars 2026, 29 de enero de 2026
  {
    re: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}(?:\\s+(?:of|de))?[\\s\\-./]+(${MONTH_NAME})\\.?,?(?:\\s+de)?[\\s\\-./]+(\\d{4})\\b`,
      "i",
    ),
    pick: (m) => [num(m, 3), month(m, 2), num(m, 1)],
  },
  // 29 Jan 26 (two-digit year after a month name; not "29 March 23:59")
  {
    re: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}[\\s\\-./]+(${MONTH_NAME})\\.?,?[\\s\\-./]+(\\d{2})\\b(?![\\d:.h])`,
      "i",
    ),
    pick: (m) => [2000 + num(m, 3), month(m, 2), num(m, 1)],
  },
  // January 29, 2026; Jan 29th 2026
  {
    re: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    pick: (m) => [num(m, 3), month(m, 1), num(m, 2)],
  },
  // 29/01/2026, 29.01.2026, 29-01-2026 (day first; month first only when the day cannot be a month,
  // or for a post in the United States, where 05/01/2026 is the first of May, or before a 12-hour
  // time, the American way of applicant tracking systems: "12/10/2026, 08:15 AM")
  {
    re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/,
    pick: (m, monthFirst) => {
      const a = num(m, 1);
      const b = num(m, 2);
      const twelveHour = /^,?\s*\d{1,2}:\d{2}\s*[AP]\.?M\b/i.test(m.input.slice(m.index + m[0].length));
      if ((b > 12 || monthFirst || twelveHour) && a <= 12) return [num(m, 3), a, b];
      return [num(m, 3), b, a];
    },
  },
  // "end of May 2026", "the end of May, 2026": the month's last day
  {
    re: new RegExp(`\\bend of (${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, "i"),
    pick: (m) => {
      const days = DateTime.fromObject({ year: num(m, 2), month: month(m, 1) }).daysInMonth;
      return days ? [num(m, 2), month(m, 1), days] : null;
    },
  },
  // 29/01/26 (two-digit year, day first)
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2})\b(?![/.]\d)/,
    pick: (m) => [2000 + num(m, 3), num(m, 2), num(m, 1)],
  },
];

/** A real calendar date as YYYY-MM-DD, or null. */
function toIso(year: number, month: number, day: number): string | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: "utc" });
  if (!date.isValid || year < 1990 || year > 2100) return null;
  return date.toISODate();
}

/** The first date written in `text`, as YYYY-MM-DD; null when there is none or it is not a real day. */
export function parseDate(text: string, monthFirst = false): string | null {
  const match = findDate(text, monthFirst);
  return match?.iso ?? null;
}

/** Like parseDate, but also reports where the date was found and whether it looked like a date at all. */
export function findDate(
  text: string,
  monthFirst = false,
): { iso: string | null; raw: string; index: number } | null {
  let best: { iso: string | null; raw: string; index: number } | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = pick(m, monthFirst);
    const candidate = { iso: parts ? toIso(...parts) : null, raw: m[0], index: m.index };
    if (!best || candidate.index < best.index) best = candidate;
  }
  return best;
}

// No year after the day and month: no four digits, and no two that are not the hours of a time
// ("3 May, 17:00 CET" has no year; "3 May 26" has one).
const NO_YEAR = "(?![\\s,./-]*(?:\\d{4}\\b|\\d{1,2}\\b(?![:.h]\\d)))";

/** "1 June", "1st of June", "June 1", "1. Juni": a day and month written without a year; null otherwise. */
export function findDayMonth(
  text: string,
): { month: number; day: number; index: number; raw: string } | null {
  const dayFirst = new RegExp(
    `\\b(\\d{1,2})${ORDINAL}(?:\\s+(?:of|de))?[\\s.]+(${MONTH_NAME})\\b\\.?${NO_YEAR}`,
    "i",
  ).exec(text);
  const monthFirst = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${NO_YEAR}`, "i").exec(
    text,
  );
  const pick =
    dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index) ? "day" : monthFirst ? "month" : null;
  if (pick === "day" && dayFirst)
    return {
      day: Number(dayFirst[1]),
      month: monthOf(dayFirst[2] ?? ""),
      index: dayFirst.index,
      raw: dayFirst[0].replace(/\.$/, ""),
    };
  if (pick === "month" && monthFirst)
    return {
      day: Number(monthFirst[2]),
      month: monthOf(monthFirst[1] ?? ""),
      index: monthFirst.index,
      raw: monthFirst[0],
    };
  return null;
}

/** The first `month`/`day` on or after `from` (YYYY-MM-DD), as YYYY-MM-DD; null when no such day exists. */
export function nextDayMonth(from: string, month: number, day: number): string | null {
  const year = Number(from.slice(0, 4));
  const same = toIso(year, month, day);
  if (same && same >= from) return same;
  return toIso(year + 1, month, day);
}

/** True when the text contains something shaped like a date (digits with separators or a month name). */
export function looksLikeDate(text: string): boolean {
  return (
    /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text) ||
    new RegExp(`\\b(${DATE_LOOKING_MONTH})\\b`, "i").test(text) ||
    /\b\d{1,2}(st|nd|rd|th)\b/.test(text)
  );
}
