// "What's the category of X?", "is X a full-time job?": an overview question that names one fact of
// the notice's header. The overview lists only the facts a notice states, so a fact it leaves out
// would go unmentioned and the asker could not tell "not stated" from "not looked at". The answer
// leads with that fact, stated or not.
import type { Vacancy } from "../vacancy.ts";

interface HeaderFact {
  asked: RegExp;
  stated: (v: Vacancy) => string | null;
  missing: string;
}

const FACTS: readonly HeaderFact[] = [
  {
    asked: /\b(category|categories|job family|occupational group)\b/i,
    stated: (v) => (v.category ? `Category: ${v.category}.` : null),
    missing: "the notice states no category",
  },
  {
    asked: /\b(full|part)[\s-]?time\b|\bjob type\b|\bworking time\b/i,
    stated: (v) => (v.jobType ? `Working time: ${v.jobType}.` : null),
    missing: "the notice does not say whether it is full-time or part-time",
  },
  // Notices give a closing date, not when the post starts: say so rather than answer with the deadline.
  {
    asked:
      /\b(start date|starting date|start(ing)? on|entry on duty|when (would|do|does|will|could|can) (i|you|they|the \w+( \w+)*) start)\b/i,
    stated: () => null,
    missing: "the notice gives no start date (only the application deadline)",
  },
];

/** The sentences for the header facts a question names: the fact, or that the notice does not state it. */
export function askedFactSentences(question: string, vacancy: Vacancy): string[] {
  return FACTS.filter((f) => f.asked.test(question)).map(
    (f) => f.stated(vacancy) ?? `${vacancy.title}: ${f.missing}.`,
  );
}

/** Does the question name a header fact ("start date", "category", "full-time")? */
export function asksHeaderFact(question: string): boolean {
  return FACTS.some((f) => f.asked.test(question));
}
