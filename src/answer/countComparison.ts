// "less than 5", "more than 10", "no more than 3", "at least 2", "5 or more", "between 3 and 6":
// a comparison with a count in a folded question, shared by the filters that compare a number a
// notice states (years of experience asked, staff reporting to the post) with one asked for.

import { NUMBER_WORD_ALTERNATION, NUMBER_WORDS } from "../numberWords.ts";

export interface CountComparison {
  /** The least count that passes (inclusive); null for no lower bound. */
  min: number | null;
  /** The most count that passes (inclusive); null for no upper bound. */
  max: number | null;
  /** As the question says it, for the answer: "less than 5", "13". */
  text: string;
}

/** A count written as digits or a word ("5", "five"); the source of a regular expression group. */
export const COUNT = `(\\d{1,4}|${NUMBER_WORD_ALTERNATION})`;

/** The value of a COUNT match. */
export function countValue(written: string): number {
  return NUMBER_WORDS[written] ?? Number(written);
}

const BELOW = "less than|fewer than|under|below|lower than";
const AT_MOST = "no more than|not more than|at most|up to|a maximum of|maximum of|maximum|max|max of";
const ABOVE = "more than|over|above|greater than|higher than|in excess of";
const AT_LEAST = "at least|no less than|not less than|no fewer than|a minimum of|minimum of|minimum|min";

/** The words before a count that compare it, longest first so "no more than" is not read as "more than". */
export const PREFIX = `(${AT_MOST}|${AT_LEAST}|${BELOW}|${ABOVE}|exactly|between)`;

/**
 * The source of a regular expression for a comparison before a count ("less than 5", "5 or more",
 * "between 3 and 6", or a bare "13"); groups: prefix, count, second count (between), suffix.
 */
export const COMPARISON = `(?:${PREFIX} )?${COUNT}(?: (?:and|to) ${COUNT})?(?: (or more|or less|or fewer|plus|or above|or over|or under|or below))?`;

/** The comparison a match of COMPARISON states, from its groups (prefix, count, second count, suffix). */
export function comparisonOf(groups: readonly (string | undefined)[]): CountComparison {
  const [prefix, first, second, suffix] = groups;
  const n = countValue(first as string);
  const shown = [prefix, first, second ? `and ${second}` : undefined, suffix].filter(Boolean).join(" ");
  // "between 3 and 6", "3 to 6": both ends given.
  if (second) return { min: n, max: countValue(second), text: shown };
  if (suffix === "or more" || suffix === "plus" || suffix === "or above" || suffix === "or over")
    return { min: n, max: null, text: shown };
  if (suffix) return { min: null, max: n, text: shown };
  if (!prefix || prefix === "exactly") return { min: n, max: n, text: shown };
  if (new RegExp(`^(?:${BELOW})$`).test(prefix)) return { min: null, max: n - 1, text: shown };
  if (new RegExp(`^(?:${AT_MOST})$`).test(prefix)) return { min: null, max: n, text: shown };
  if (new RegExp(`^(?:${ABOVE})$`).test(prefix)) return { min: n + 1, max: null, text: shown };
  return { min: n, max: null, text: shown };
}

/**
 * A question's words with "10+" read as "10 or more" and "3-5 years" as "between 3 and 5 years":
 * folding drops the signs, and with them the comparison.
 */
export function withCountSigns(question: string): string {
  return question
    .replace(/(\d)\s*\+/g, "$1 or more ")
    .replace(
      /\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*(years?|yrs?|people|staff|reports)\b/gi,
      "between $1 and $2 $3",
    );
}

/** Whether a question holds a count with a sign that withCountSigns reads ("5+", "3-5"). */
export function hasCountSigns(question: string): boolean {
  return /\d\s*[-–—+]/.test(question);
}

/** Both comparisons at once ("more than 4 but less than 8"): the counts passing each. */
export function bothOf(a: CountComparison, b: CountComparison): CountComparison {
  const min = a.min === null ? b.min : b.min === null ? a.min : Math.max(a.min, b.min);
  const max = a.max === null ? b.max : b.max === null ? a.max : Math.min(a.max, b.max);
  return { min, max, text: `${a.text} and ${b.text}` };
}

/** Whether a count passes a comparison. */
export function passes(count: number, comparison: CountComparison): boolean {
  return (
    (comparison.min === null || count >= comparison.min) &&
    (comparison.max === null || count <= comparison.max)
  );
}
