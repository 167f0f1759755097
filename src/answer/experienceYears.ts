// The years of experience a notice asks for, as a number: "at least 5 years", "a minimum of 3
// years'", "five (5) years", "2+ years", "5-7 years", "6 years ... or ... 3 years". Notices state
// them only in prose; comparing posts by them ("less than 5 years", "which role needs the most
// experience") needs the number. Read at answer time from the requirement lines (a few short
// lines a post, read only for the questions that compare them), so the Vacancy stays as parsed.
import { NUMBER_WORD_ALTERNATION, NUMBER_WORDS } from "../numberWords.ts";
import type { Vacancy } from "../vacancy.ts";

const N = `(\\d{1,2}|${NUMBER_WORD_ALTERNATION})`;

/**
 * A number of years: "8 years", "five (5) years", "2+ years", "5-7 years", "5 to 7 years",
 * "3 years'"; not "years old" nor "years of age". Groups: the number, the digits in brackets, the
 * upper end of a range.
 */
const YEARS = new RegExp(
  `\\b${N}(?: ?\\((\\d{1,2})\\))?(?: ?\\+| plus)?(?: ?(?:-|–|—|to) ?${N})? ?(?:full |more |additional |further )?years?\\b(?!['’]? (?:old|of age))`,
  "gi",
);

/** Words between two stated numbers of years that make the second an alternative to the first. */
const ALTERNATIVE = /\bor\b/;
/** Words that make the second a part of the first ("8 years, out of which at least 5 years"). */
const PART_OF = /\b(?:of which|out of which|including|thereof|within which|of whom)\b/;

function yearsValue(m: RegExpExecArray): number {
  const written = (m[2] ?? m[1] ?? "").toLowerCase();
  return NUMBER_WORDS[written] ?? Number(written);
}

/**
 * The fewest years of experience a requirement line lets an applicant qualify with, or null when
 * it states none. Alternatives ("6 years with secondary education or 3 years with a degree") give
 * the fewer; a part of a total ("8 years, out of which 5 in X") leaves the total; two stated
 * together ("5 years in X and 3 years managing") give the larger (both must be met).
 */
export function yearsInRequirement(line: string): number | null {
  // Most lines state no years: the cheap look first.
  if (!/year/i.test(line) || !/experien|worked|working/i.test(line)) return null;
  let years: number | null = null;
  let end = 0;
  for (const m of line.matchAll(YEARS)) {
    const value = yearsValue(m);
    if (!(value > 0 && value <= 50)) continue;
    const between = line.slice(end, m.index).toLowerCase();
    if (years === null) years = value;
    else if (ALTERNATIVE.test(between)) years = Math.min(years, value);
    else if (!PART_OF.test(between)) years = Math.max(years, value);
    end = (m.index ?? 0) + m[0].length;
  }
  return years;
}

export interface ExperienceYears {
  /** The fewest years of experience an applicant can qualify with. */
  years: number;
  /** The requirement that states it, as written. */
  line: string;
}

/**
 * The years of experience a post asks for: the largest of its experience requirements (every one
 * must be met), each read as yearsInRequirement does; null when its notice states no number.
 * Read from the experience lines, or from the essential ones when none were set apart.
 */
export function experienceYears(vacancy: Vacancy): ExperienceYears | null {
  const known = read.get(vacancy);
  if (known !== undefined) return known;
  const found = readExperienceYears(vacancy);
  read.set(vacancy, found);
  return found;
}

/** Posts already read: questions comparing them read the same posts again (a kept post is unchanged). */
const read = new WeakMap<Vacancy, ExperienceYears | null>();

function readExperienceYears(vacancy: Vacancy): ExperienceYears | null {
  const lines = vacancy.experience.length > 0 ? vacancy.experience : vacancy.essential;
  let found: ExperienceYears | null = null;
  for (const line of lines) {
    const years = yearsInRequirement(line);
    if (years !== null && (found === null || years > found.years)) found = { years, line };
  }
  return found;
}
