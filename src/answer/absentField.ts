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
  // "posts that say nothing about languages": a notice naming no language level. Searching the prose
  // for "language" would find "language generating tools" in the boilerplate of most notices.
  {
    name: "language requirement",
    words: /^(a |any |the )?(stated |listed )?(language|languages)( requirements?| levels?| skills?)?$/,
    absent: (v) => v.languages.length === 0,
  },
  {
    name: "experience requirement",
    words:
      /^(a |any |the )?(stated |listed |minimum )?(years? (of )?)?(professional )?experience( requirements?| level)?$/,
    absent: (v) => v.experience.length === 0,
  },
  {
    name: "education requirement",
    words:
      /^(a |any |the )?(stated |listed |minimum )?(education|educational|academic)( requirements?| levels?)?$/,
    absent: (v) => v.education.length === 0,
  },
  // "which vacancies don't specify a contract": a notice that states no contract terms at all.
  {
    name: "contract details",
    words:
      /^(a |any |the )?(stated |listed )?(contract|contracts|contract (type|terms|details|length|duration))$/,
    absent: (v) => v.contract === null,
  },
  {
    name: "category",
    words: /^(a |any |the )?(stated |listed )?(job )?(category|categories)$/,
    absent: (v) => v.category === null,
  },
  {
    name: "grade",
    words: /^(a |any |the )?(stated |listed )?(nato )?(grade|grades|grading)$/,
    absent: (v) => v.grade === null,
  },
  {
    name: "working time (full- or part-time)",
    words:
      /^(a |any |the )?(stated |listed )?(job type|working time|working hours|(full|part) time( or (full|part) time)?)$/,
    absent: (v) => v.jobType === null,
  },
  // "notices with no requirements listed": neither essential nor desirable lines. Searching the prose
  // for "requirements" would find it in nearly every notice.
  {
    name: "requirements",
    words:
      /^(a |any |the )?(stated |listed )?(essential |desirable )?(requirements?|criteria|qualifications?)( listed| stated| given| at all)?$/,
    absent: (v) => v.essential.length === 0 && v.desirable.length === 0,
  },
  // "roles with no direct reports": notices write "N/A" (or nothing) where nobody reports to the post.
  {
    name: "direct reports",
    words: /^(any |a )?((direct )?reports|subordinates|(staff|people|team) to manage|line management)$/,
    absent: (v) => noReports(v.directReports),
  },
  {
    name: "indirect reports",
    words: /^(any |a )?indirect reports$/,
    absent: (v) => noReports(v.indirectReports),
  },
];

function noReports(stated: string | null): boolean {
  return stated === null || NO_REPORTS.test(stated.trim());
}

/** How a notice says nobody reports to the post. */
const NO_REPORTS = /^(n\/?a|none|nil|0|not applicable)\.?$/i;

/** "no deadline set", "no salary given yet": how the field is left empty adds nothing to which field it is. */
const UNSET_TAIL =
  / (set|given|stated|listed|specified|published|shown|mentioned|included)( yet| at all)?$| (yet|at all)$/;

/** The field the excluded words name, or null when they name something a notice asks for. */
export function absentFieldOf(excluding: string): AbsentField | null {
  const words = excluding.trim().replace(UNSET_TAIL, "");
  return FIELDS.find((f) => f.words.test(words)) ?? null;
}
