// Conditions of appointment a notice states outside its requirement lists: a security clearance,
// a medical check, the nationality of applicants, proof of education and experience, relocation;
// and the terms people ask about that a notice may or may not state (an age limit, a probation
// period, a pension, a visa, the selection steps, applying to several posts, shift work, working
// hours).
// Notices state them in their application notes, working conditions and contract (sometimes among
// the requirements), so a search of the requirements never sees them. Each condition pairs the
// words a question names it by with the words a notice sentence states it by; a question that
// names one is answered from those sentences, or told the notice does not mention it.
import type { Vacancy } from "../vacancy.ts";
import { COUNTRY_WORDS, nationalityPattern } from "./natoMembership.ts";

export type ConditionGroup = "appointment" | "work" | "terms";

export interface ApplicationCondition {
  /** How an answer names the condition: "a security clearance". */
  name: string;
  /** Words of a folded question (padded with spaces) that ask about it. */
  asked: RegExp;
  /** Words of a notice sentence that state it. */
  stated: RegExp;
  /**
   * What it is part of: appointment (who is appointed, and how), the work (where and when it is
   * done) or the terms (pay and contract). A notice silent on one is quoted on the others of its group.
   */
  group: ConditionGroup;
  /**
   * Asked only of a post named: across posts the question asks for posts with a duty ("roles with
   * on-call work"), which the list answers give.
   */
  onePostOnly?: boolean;
  /**
   * Its words alone ask about the posts ("is there an age limit?"), where another condition's may
   * not ("how many NATO member countries are there").
   */
  asksOfPosts?: boolean;
  /** Words of a sentence that state which level is required ("NATO SECRET"). */
  levels?: RegExp;
  /** The detail of the post that answers the rest ("probation": the contract it is part of). */
  alsoShows?: "contract" | "salary";
}

/** Who may apply by nationality: a question naming a country is answered yes or no from it. */
export const NATIONALITY_CONDITION: ApplicationCondition = {
  name: "a nationality condition",
  asked: new RegExp(
    [
      ` (non )?nato (nationals?|citizens?|citizenship|(member )?(countries|country|states?|nations?)|members?)(?= )`,
      ` non nato(?= )`,
      // "can I apply from outside NATO?", "from a partner country".
      ` (from )?outside( of)? (nato|the alliance)(?= )`,
      ` (from )?(a |an )?(non member|partner|non allied) (countries|country|states?|nations?)(?= )`,
      ` (nationals|a national of|nationality|nationalities|citizens?|citizenship|passports?)(?= )`,
      ` (i m|i am|im|i come) from [a-z]+(?= )`,
      // "I'm Swiss", "as a Norwegian", "Polish citizens", "can an Australian apply".
      nationalityPattern(COUNTRY_WORDS, false).source,
    ].join("|"),
    "g",
  ),
  // "nationals of", "a national of"; never the adjective ("national Authorities", "national BICES").
  stated: /\b(nationals|a national of|nationality|nationalities|citizens?|citizenship)\b/i,
  group: "appointment",
};

export const APPLICATION_CONDITIONS: readonly ApplicationCondition[] = [
  {
    name: "a security clearance",
    asked:
      / (security )?clearances?( level| check| checks)?(?= )| (security )?vett(ed|ing)(?= )| security (check|checks|screening)(?= )/g,
    // Not "customs clearance": a logistics post's task, no condition on the candidate.
    stated: /(?<!customs |tax )\bclearance\b|\bvetting\b/i,
    levels:
      /\b(cosmic top secret|top secret|secret|confidential|restricted|(clearance|vetting) level|level of (clearance|vetting))\b/i,
    group: "appointment",
  },
  {
    name: "a medical check",
    asked:
      / (a |any |the )?medical (check|checks|exam|exams|examination|file|fitness|test|tests|assessment|screening|certificate|approval|clearance)(?= )| (a|any) medical(?= $| for | required | needed | necessary )| health (check|checks|exam|screening)(?= )/g,
    // A condition on the candidate ("approval of the medical file"), not a medical post's subject.
    stated:
      /\bmedical(ly)? (file|check|checks|exam\w*|fitness|fit|clearance|certificat\w*|approval|assessment|screening|adviser|advisor|board)\b/i,
    group: "appointment",
  },
  NATIONALITY_CONDITION,
  {
    name: "proof of education and experience",
    asked:
      / (proof|evidence|verification|verify|verified|check|checks|checking) (of )?(my |your |the )?(degree|degrees|diploma|diplomas|studies|study|education|qualifications?|experience|work experience|references?)(?= )| verify(?= )/g,
    stated: /\b(evidence of (their|your) education|verification of (your|their) stud\w*|interviews?)\b/i,
    group: "appointment",
  },
  {
    name: "relocation",
    asked:
      / relocat\w*( (support|package|packages|assistance|help|allowance|allowances|costs?|expenses|bonus))?(?= )| moving (costs?|expenses|allowance)(?= )| installation (allowance|grant)s?(?= )/g,
    stated: /\b(relocat\w*|removal|installation allowance)\b/i,
    group: "terms",
    alsoShows: "salary",
  },
  {
    name: "an age limit",
    asked:
      / age (limit|limits|restrictions?|requirements?|caps?|range|criteria|bar)(?= )| (maximum|minimum|max|min|upper|lower) age(?= )| too (old|young)(?= )| how old(?= )/g,
    stated: /\b(years of age|age limit|under the age of|(minimum|maximum) age|independent of [^.]*\bage\b)/i,
    group: "appointment",
    asksOfPosts: true,
  },
  {
    name: "a probation period",
    asked: / probation(ary)?( period| time)?(?= )| trial period(?= )/g,
    stated: /\b(probation\w*|trial period)\b/i,
    group: "terms",
    asksOfPosts: true,
    alsoShows: "contract",
  },
  {
    name: "a pension",
    asked: / pensions?( scheme| plan| fund| rights)?(?= )| retirement (plan|scheme|benefits?|savings)(?= )/g,
    stated: /\b(pension\w*|retirement (plan|scheme|benefits?))\b/i,
    group: "terms",
    alsoShows: "salary",
  },
  {
    name: "a visa or residence permit",
    asked: / (visas?|work permits?|residence permits?|residency|right to work)(?= )/g,
    stated: /\b(visas?|work permits?|residence permits?|residency)\b/i,
    group: "appointment",
  },
  {
    name: "tests, interviews or other selection steps",
    asked:
      / (written|online|aptitude|entrance|psychometric|technical|language|selection) (tests?|exams?|examinations?|assessments?)(?= )| (a|any) (written )?(test|exam)(?= (for|to|before|as|required|needed|involved|at|during) | $)| selection( (process|procedure|stages?|steps?))?(?! of )(?= )| interview(s|ed|ing)?(?= )| shortlist\w*(?= )| assessment (centre|center|days?)(?= )| recruitment process(?= )/g,
    stated:
      /\b(interviews?|shortlist\w*|written tests?|assessment cent(re|er)|selection (process|procedure|board|panel))\b/i,
    group: "appointment",
    asksOfPosts: true,
  },
  {
    name: "applying to more than one post",
    asked:
      / (apply|applying|applications?|applied) (to|for) (two|2|three|several|multiple|more than one|both|many|other|different) (posts?|jobs?|positions?|vacanc(y|ies)|roles?|profiles?)(?= )| (apply|applying|applications?|applied) (to|for) both(?= )| (two|2|several|multiple|more than one) applications(?= )/g,
    stated:
      /\b(more than one (post|position|vacancy|application)|several (posts|positions|vacancies)|multiple applications|another post)\b/i,
    group: "appointment",
    asksOfPosts: true,
  },
  {
    name: "shift, night or weekend work",
    asked:
      / shift (work|working|pattern|patterns|system|rota)s?(?= )| shifts(?= )| (night|weekend) (work|working|shifts?|duty|duties)(?= )| (work|working) (at night|nights|weekends|on weekends)(?= )/g,
    stated: /\b(shifts?|night|weekends?)\b/i,
    group: "work",
    onePostOnly: true,
  },
  {
    name: "working hours",
    asked:
      / (working|work|office|opening) hours(?= )| hours of work(?= )| (what|which|how many) hours(?= )| hours (would|will|do|does|per week|a week)(?= )| on call(?= )| overtime(?= )| flexi ?time(?= )| (work|working) (schedules?|patterns?)(?= )/g,
    stated: /\b(hours|on[\s-]call|overtime|24\/7|shifts?|flexi-?time|weekends?)\b/i,
    group: "work",
    onePostOnly: true,
  },
];

/** The conditions a folded question (padded with spaces) asks about, in the order listed above. */
export function askedConditions(text: string): ApplicationCondition[] {
  return APPLICATION_CONDITIONS.filter((c) => {
    c.asked.lastIndex = 0;
    return c.asked.test(text);
  });
}

/** The question without the words that name conditions: what is left may name the post(s). */
export function withoutConditionWords(text: string): string {
  let rest = text;
  for (const c of APPLICATION_CONDITIONS) rest = rest.replace(c.asked, " ");
  // "for NATO nationals only": "only" restricts the condition, it names no post.
  return rest.replace(/ only(?= )/g, " ");
}

/** Sentences of a notice line, so a note holding several conditions is quoted only where it states one. */
function sentences(line: string): string[] {
  return line
    .split(/(?<=[.;])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Each notice's sentences, split once: a question weighs several conditions against the same notice. */
const noticeSentences = new WeakMap<Vacancy, readonly string[]>();

/** The sentences conditions are stated in: application notes, working conditions, the contract offered, requirements. */
function sentencesOf(vacancy: Vacancy): readonly string[] {
  let found = noticeSentences.get(vacancy);
  if (!found) {
    found = [
      ...vacancy.applicationNotes,
      ...vacancy.workingConditions,
      // The contract as offered: its probation period.
      ...(vacancy.contract?.text ? [vacancy.contract.text] : []),
      // A notice may state a condition of the work in its summary only ("on-call duties after hours").
      vacancy.summary,
      ...vacancy.essential,
      ...vacancy.desirable,
    ].flatMap(sentences);
    noticeSentences.set(vacancy, found);
  }
  return found;
}

/**
 * The notice's sentences that state a condition: application notes first, then the working
 * conditions, the contract offered and the requirement lists.
 */
export function conditionLines(vacancy: Vacancy, condition: ApplicationCondition): string[] {
  return [...new Set(sentencesOf(vacancy).filter((s) => condition.stated.test(s)))];
}
