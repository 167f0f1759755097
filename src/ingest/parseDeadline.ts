// Deadline and publication date: from labelled lines ("Application Deadline:", "Closing date:",
// "Deadline:" with the date on the next line) or from a sentence ("applications must be
// received no later than 30 March 2025"). A deadline label with an unreadable date is an error,
// never a guess.
import { isRelativeTime } from "./boilerplate.ts";
import { namedClock } from "./deadlineZone.ts";
import type { NoticeField } from "./fields.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { findDate, findDayMonth, looksLikeDate, nextDayMonth, parseDate } from "./parseDate.ts";

export interface DeadlineResult {
  deadline: string | null;
  publishedDate: string | null;
  /** Set when a deadline is given but cannot be read as a date: the text as written. */
  unreadable: string | null;
  /** The zone whose clock the deadline names ("23:59 CET" -> "Europe/Brussels"), when it names one. */
  namedZone?: string | null;
}

// Values that mean "no fixed deadline".
const NO_DEADLINE =
  /^(n\/?a|none|tbd|tbc|open|ongoing|rolling|until filled|open until filled|not specified|-+|asap)\b/i;

const DEADLINE_PHRASE =
  /\b(application deadline|deadline for (applications|application|submission|receipt of applications)|deadline|closing date( for applications)?|(will )?close[sd]? on|apply (by|before)|applications? (by|before|until)|applications? close[sd]?|date (de clôture|limite)|(no|not) later than|must be (received|submitted) (by|before)|applications? (are|is) (open|accepted) until|open until|closing|closes|bis spätestens|bewerbungen? bis( zum)?|uiterlijk( op)?|entro e non oltre( il)?|au plus tard( le)?|a más tardar( el)?)(?![\p{L}])/giu;

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

/**
 * A deadline written without its year ("1 June") when the notice's publication date gives one:
 * the first such day on or after publication. Null without a publication date (no guess).
 */
function withoutYear(text: string, publishedDate: string | null, within: number): string | null {
  if (!publishedDate) return null;
  const found = findDayMonth(text);
  if (!found || (within > 0 && found.index > within) || Number.isNaN(found.month)) return null;
  return nextDayMonth(publishedDate, found.month, found.day);
}

/** The deadline and published date of a notice. */
export function parseDeadline(
  lines: NoticeLine[],
  fields: NoticeField[],
  /** Read numeric dates month first (a post in the United States). */
  monthFirst = false,
): DeadlineResult {
  const published = fields.find((f) => f.kind === "published" && f.value && !isRelativeTime(f.value));
  const publishedDate = published?.value ? parseDate(published.value, monthFirst) : null;

  const period = fields.find((f) => f.kind === "postingPeriod" && f.value);
  const periodDates = period?.value ? allDates(period.value, monthFirst) : [];

  const labelled = fields.filter((f) => f.kind === "deadline" && f.value);
  for (const field of labelled) {
    const value = field.value as string;
    const iso = parseDate(value, monthFirst) ?? withoutYear(value, publishedDate, 0);
    if (iso) return { deadline: iso, publishedDate, unreadable: null, namedZone: namedClock(value) };
    if (NO_DEADLINE.test(value)) return { deadline: null, publishedDate, unreadable: null };
    return { deadline: null, publishedDate, unreadable: value };
  }

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
      const dayMonth = found && found.index <= 40 ? null : withoutYear(after, publishedDate, 40);
      if (dayMonth)
        return { deadline: dayMonth, publishedDate, unreadable: null, namedZone: namedClock(after) };
      if (found && found.index <= 40) {
        if (found.iso)
          return { deadline: found.iso, publishedDate, unreadable: null, namedZone: namedClock(after) };
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
