// "anything still open on 25 June 2024?": a list asked for a named day is evaluated on that day,
// not on today. The day is read from the folded question; a day without a year is its coming
// occurrence (today or later).

import { MONTH_ALTERNATION, monthNumber } from "./monthWords.ts";

/** A day named in a question; year null when the question gives none. */
export interface NamedDay {
  day: number;
  month: number;
  year: number | null;
  /** A holiday ("after New Year"): the coming one, whichever end of a range it bounds. */
  upcoming?: true;
}

const MONTH = `(${MONTH_ALTERNATION})`;

/** "open on 25 june 2024", "available on june 25", "accepting applications on 1st of april". */
const ON_DAY = new RegExp(
  ` (?:open|available|accepting applications|apply|applications) (?:on|at) (?:(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?)(?: (\\d{4}))? `,
);

/** The day a folded list question asks about, or null. */
export function namedListDay(text: string): NamedDay | null {
  const m = ON_DAY.exec(text);
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const name = (m[2] ?? m[3]) as string;
  const month = monthNumber(name);
  if (day < 1 || day > 31 || month < 1) return null;
  return { day, month, year: m[5] ? Number(m[5]) : null };
}

/** The named day as YYYY-MM-DD seen from `today` (YYYY-MM-DD); null when no such calendar day. */
export function resolveDay(named: NamedDay, today: string): string | null {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const passed = named.month < m || (named.month === m && named.day < d);
  const year = named.year ?? (passed ? y + 1 : y);
  const date = new Date(Date.UTC(year, named.month - 1, named.day));
  if (date.getUTCMonth() !== named.month - 1) return null;
  return date.toISOString().slice(0, 10);
}
