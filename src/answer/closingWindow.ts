// "What closes this week?", "jobs closing soon", "deadlines in the next 10 days": a time window
// on deadlines, read from the question. Returned in calendar days from today (inclusive).

import { NUMBER_WORDS } from "../numberWords.ts";
import type { Vacancy } from "../vacancy.ts";
import { daysBetween, deadlineStatus } from "./deadlineStatus.ts";
import { FOLDED_MONTHS, MONTH_ALTERNATION, monthNumber } from "./monthWords.ts";

/** "within a week": an article counts one. */
const COUNT_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, an: 1 };

/** A deadline word must be present, so "this week's new jobs" is not a closing-window question. */
const CLOSING_WORD = / (closing|closes|close|deadlines?|due|ending|ends|expir\w*|last (day|chance)) /;

/** Words that only express the window; removed from the subject. */
export const WINDOW_WORDS = new Set(
  "soon soonest shortly imminently imminent today tonight tomorrow this next coming within under less than fewer week weeks fortnight month months year years day days few couple the in of monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/** The window the question asks about (days from today, inclusive), or null when it names none. */
export function closingWindowDays(foldedText: string): number | null {
  const text = ` ${foldedText.trim()} `;
  if (!CLOSING_WORD.test(text)) return null;
  const count =
    / (?:within|in|next|coming) (?:under |less than |fewer than |the )?(?:next |coming )?(\d{1,3}|[a-z]+) (days?|weeks?|months?) /.exec(
      text,
    );
  if (count) {
    const n = Number(count[1]) || COUNT_WORDS[count[1] ?? ""] || null;
    if (n !== null) {
      const unit = count[2] ?? "day";
      return unit.startsWith("week") ? n * 7 : unit.startsWith("month") ? n * 30 : n;
    }
  }
  if (/ (today|tonight) /.test(text)) return 0;
  if (/ tomorrow /.test(text)) return 1;
  if (/ (this|the coming|within a|in a) week /.test(text)) return 7;
  if (/ (next|two|2) weeks? | fortnight /.test(text)) return 14;
  if (/ (this|the coming|within a|in a|next) month /.test(text)) return 31;
  if (/ (this|the coming|within a|in a|next) year /.test(text)) return 366;
  // "soonest" asks which closes first, whenever that is: no window (see SOONEST_CLOSING).
  if (/ (soon|shortly|imminent\w*|few days|couple of days) /.test(text)) return 14;
  return null;
}

/** The phrases closingWindowDays reads, to take them out of a question that also filters on something else. */
const WINDOW_PHRASES =
  / (?:within|in|next|coming) (?:under |less than |fewer than |the )?(?:next |coming )?(?:\d{1,3}|[a-z]+) (?:days?|weeks?|months?)(?= )| (?:today|tonight|tomorrow)(?= )| (?:this|the coming|within a|in a|next|two|2) (?:weeks?|month|year)(?= )| fortnight(?= )| (?:soon|shortly|imminent\w*|few days|couple of days)(?= )/g;

/** A folded question without its closing-window phrase ("french jobs closing this week" -> "french jobs closing"). */
export function withoutClosingWindow(foldedText: string): string {
  return ` ${foldedText.trim()} `.replace(WINDOW_PHRASES, " ");
}

/** A folded question without the month it names for closing ("... closing in june" -> "... closing"). */
export function withoutClosingMonth(foldedText: string): string {
  return ` ${foldedText.trim()} `.replace(MONTH_AFTER, " ").replace(MONTH_BEFORE, " ");
}

const MONTH = `(${MONTH_ALTERNATION})`;
/** "in March", "during june", "by October" ("may" only after a preposition: "may I apply" is no month). */
const MONTH_AFTER = new RegExp(` (in|during|by|before|until|till|of|end of) ${MONTH}( \\d{4})? `);
const MONTH_BEFORE = new RegExp(` ${MONTH}( \\d{4})? (deadlines?|closing|closes) `);

/** A calendar month a closing question names: "what closes in March" (through: "by March" also counts the days before). */
export interface ClosingMonth {
  /** 1..12 */
  month: number;
  /** "by/before/until March": from today through that month, not only within it. */
  through: boolean;
}

/** The month a deadline question names, or null. */
export function closingMonth(foldedText: string): ClosingMonth | null {
  const text = ` ${foldedText.trim()} `;
  if (!CLOSING_WORD.test(text)) return null;
  const after = MONTH_AFTER.exec(text);
  const before = after ? null : MONTH_BEFORE.exec(text);
  const name = after?.[2] ?? before?.[1];
  if (!name) return null;
  const month = monthNumber(name);
  const through = after !== null && /^(by|before|until|till)$/.test(after[1] ?? "");
  return { month, through };
}

/** Words of a month window; removed from the subject. */
export const MONTH_WORDS = new Set([
  ...FOLDED_MONTHS,
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "during",
  "end",
  "before",
  "by",
  "until",
  "till",
]);

/**
 * The window of a named month seen from `today` (YYYY-MM-DD): calendar days from today to its
 * first and last day (the coming such month: in December, "January" is next year's). A month
 * already under way starts today.
 */
export function monthWindow(
  today: string,
  named: ClosingMonth,
): { fromDays: number; toDays: number; year: number } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const y = named.month < month ? year + 1 : year;
  const mm = String(named.month).padStart(2, "0");
  const lastDay = new Date(Date.UTC(y, named.month, 0)).getUTCDate();
  const fromDays = named.through ? 0 : Math.max(0, daysBetween(today, `${y}-${mm}-01`));
  return { fromDays, toDays: daysBetween(today, `${y}-${mm}-${lastDay}`), year: y };
}

/**
 * "what closed recently", "which jobs closed last month", "recently closed posts", "how many jobs
 * have closed already", "posts that have closed": a look back, not a status.
 */
const CLOSED_LIST =
  / (recently|just) (closed|expired)| when (did|was) the (last|latest|most recent) (vacancy|job|post|position|role|opening|advert)( to)? (close|closed|expire|expired|end|ended) | most recent(ly)?( [a-z]+)? (to close|to expire|closed|expired) | (last|latest) ([a-z]+ )?to (have )?closed? |^ (what|which|anything|any|how many)( [a-z]+){0,2}( (has|have|that|which|that have|that has))?( already)? (closed|expired|ended)( |$)|^ [a-z]+ (that|which) (have|has) (already )?(closed|expired|ended)( |$)/;

/**
 * For a question asking which posts closed: how many days back it looks (null: no limit, most
 * recent first). Undefined when the question asks no such thing ("has the X post closed" is a status).
 */
export function closedWindowDays(foldedText: string): number | null | undefined {
  const text = ` ${foldedText.trim()} `;
  if (!CLOSED_LIST.test(text)) return undefined;
  // "in the last 30 days", "over the past 2 weeks": that many days back.
  const span = / (?:last|past) (\d{1,3}) (days?|weeks?) /.exec(text);
  if (span) return Number(span[1]) * (span[2]?.startsWith("week") ? 7 : 1);
  if (/ (yesterday|today) /.test(text)) return 1;
  if (/ (last|this|past) week /.test(text)) return 7;
  if (/ (recently|lately|last month|this month|past month|just) /.test(text)) return 31;
  return null;
}

/** A deadline window: calendar days from today (inclusive) and how an answer names it ("in June 2024"). */
export interface DeadlineWindow {
  fromDays: number;
  toDays: number;
  span: string;
}

/** Whether a post is open and closes inside the window (an undated post closes never). */
export function closesWithin(vacancy: Vacancy, now: Date, window: DeadlineWindow): boolean {
  const d = deadlineStatus(vacancy, now);
  return (
    d.status === "open" && d.daysLeft !== null && d.daysLeft >= window.fromDays && d.daysLeft <= window.toDays
  );
}
