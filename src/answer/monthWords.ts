// Month names as folded questions write them, shared by the rules that read a month or a day.

/** The twelve month names, lower case, January first. */
export const FOLDED_MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** A regex alternation of the month names and their short forms (wrap it in a group). */
export const MONTH_ALTERNATION = `${FOLDED_MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`;

/** 1..12 for a month name or short form ("sept" -> 9), 0 when it is none. */
export function monthNumber(name: string): number {
  return FOLDED_MONTHS.findIndex((m) => m.startsWith(name)) + 1;
}
