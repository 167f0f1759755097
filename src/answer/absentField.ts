// "jobs without a closing date", "posts with no salary": the words after a negation can name a
// field of the notice rather than something it asks for. Such a list keeps the posts whose notice
// leaves that field empty; searching the prose for "closing date" would say nothing about it.
import type { Vacancy } from "../vacancy.ts";

/** A field a list can ask to be absent, with the words that name it (folded, as the subject holds them). */
export interface AbsentField {
  name: string;
  words: RegExp;
  absent: (v: Vacancy) => boolean;
}

const FIELDS: readonly AbsentField[] = [
  {
    name: "deadline",
    words: /^(a |any |an )?(closing|application|end|due)? ?(date|deadline|deadlines|dates|closing)$/,
    absent: (v) => v.deadline === null,
  },
  {
    name: "salary",
    words: /^(a |any |the )?(stated |published )?(salary|salaries|pay|pay range|salary range|wage)$/,
    absent: (v) => v.salary === null,
  },
  {
    name: "location",
    words: /^(a |any |the )?(stated )?(location|place|duty station)$/,
    absent: (v) => v.location === null,
  },
];

/** The field the excluded words name, or null when they name something a notice asks for. */
export function absentFieldOf(excluding: string): AbsentField | null {
  const words = excluding.trim();
  return FIELDS.find((f) => f.words.test(words)) ?? null;
}
