// "Jobs that ask for less than 5 years experience", "I have 3 years of experience, what can I
// apply for?", "which role needs the most experience": questions comparing the years of
// experience posts ask for. Searching the words finds posts that mention "5 years"; what answers
// is the number each notice asks for (experienceYears), compared or ranked.
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  listedLines,
  partialReadNote,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { postName } from "./composeAnswer.ts";
import {
  bothOf,
  COMPARISON,
  COUNT,
  type CountComparison,
  comparisonOf,
  PREFIX,
  passes,
} from "./countComparison.ts";
import { extractSubject } from "./detectIntent.ts";
import { type ExperienceYears, experienceYears } from "./experienceYears.ts";
import type { Answer } from "./model.ts";

export type ExperienceAsked =
  | { kind: "compare"; comparison: CountComparison; rest: string }
  | { kind: "rank"; order: "most" | "least"; rest: string };

const EXPERIENCE = "(?:(?:relevant |professional |work |working |post related |prior )?experience|exp|xp)";
const POST_WORDS =
  "which|what|any|anything|show|list|me|the|jobs?|posts?|roles?|positions?|vacancies|openings?|with|for|that|need|needs|needing|requiring|required|needed|asking|of|only|please";

/** The words of a number of years of experience ("less than 5 years experience", "experience of 3 years or more"). */
const COMPARED = new RegExp(
  [
    ` (?:i have|i ve got|i ve|i got|with only|with just|i only have|i have only|i have just|i m|i am) (?:got )?${COMPARISON} years?(?: of)?(?: ${EXPERIENCE})? `,
    ` ${COMPARISON} years?(?: of| s)? ${EXPERIENCE} `,
    ` ${EXPERIENCE} (?:of |requirements? (?:of |is |are )?)?${COMPARISON} years? `,
    ` (?:requiring|ask|asks|asking for|ask for|need|needs|needing|require|requires|want|wants|demand|demands) ${COMPARISON} years? `,
    ` ${COMPARISON} years?(?: of| s)?(?: ${EXPERIENCE})? (?:required|needed|asked for|requested|minimum) `,
    // "more than 10 years?", "jobs with 2 years or less": years and post words alone.
    `^ (?:(?:${POST_WORDS}) )*${COMPARISON} years? (?:(?:${POST_WORDS}) )*$`,
  ].join("|"),
);
/** "more than 4 but less than 8 years (of experience)". */
const PAIR = new RegExp(
  ` ${PREFIX} ${COUNT}(?: years?)? (?:but|and) ${PREFIX} ${COUNT} years?(?: of| s)?(?: ${EXPERIENCE})? `,
);

/** Years that are no experience: a contract, an age, a service limit, a time ago. */
const OTHER_YEARS = / (?:contracts?|durations?|service|old|age|ago|renew\w*|extensions?|terms?) /;

const RANKED = new RegExp(
  [
    ` (most|least|fewest|highest|lowest|longest|shortest|largest|smallest|maximum|minimum|more|less|fewer)(?: (?:amount|number|level|years) of| years?(?: of)?)? ${EXPERIENCE} `,
    ` (most|least) experienced `,
    ` (most|least|fewest) years `,
    ` (?:how much|how many years(?: of)?|what) ${EXPERIENCE} (?:do|does|is|are) (?:each|every|all|the) `,
    ` ${EXPERIENCE} (?:required |asked |needed )?(?:for|of|per|by|across|in) (?:each|every|all) `,
    ` (?:sorted|ranked|ordered|sort|rank|order|compare|comparing|list|listed|show|group|grouped)(?: \\w+)? by ${EXPERIENCE} `,
  ].join("|"),
);
const LEAST = /least|fewest|lowest|shortest|smallest|minimum|less|fewer/;

/** Words of a comparison or ranking, which name no post. */
const NOT_A_SUBJECT =
  /^(?:most|least|fewest|highest|lowest|longest|shortest|largest|smallest|maximum|minimum|more|less|fewer|than|years?|experience|experienced|exp|xp|amount|number|level|relevant|professional|work|working|prior|sorted|ranked|ordered|sort|rank|order|compare|comparing|by|much|many|each|every|qualify|could|able|apply|only|got|am|m|ve)$/;

function restOf(folded: string, m: RegExpExecArray): string {
  return extractSubject(`${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`, "list")
    .split(" ")
    .filter((w) => w !== "" && !NOT_A_SUBJECT.test(w))
    .join(" ");
}

/**
 * The comparison or ranking of years of experience a question asks for, or null. `folded` is the
 * question as readWords gives it, with "5+" written "5 or more" (folding drops the plus).
 */
export function experienceAsked(folded: string): ExperienceAsked | null {
  // Most questions name no years nor experience: one cheap look spares them the patterns.
  if (!/year|experien| exp | xp /.test(folded)) return null;
  // "5 years or more experience": the comparison's words read before "years", as COMPARISON has them.
  const text = ` ${folded.trim()} `.replace(
    / (\S+) (years?) (or more|or less|or fewer|or above|or over|or under|plus) /,
    " $1 $3 $2 ",
  );
  // "more than 4 but less than 8 years": two comparisons, both to be met.
  // Years beside a contract, an age or a service limit are no experience unless it is named.
  const aboutExperience = (m: RegExpExecArray) =>
    / experience| exp | xp /.test(m[0]) || !OTHER_YEARS.test(text);
  const pair = PAIR.exec(text);
  if (pair && aboutExperience(pair)) {
    const first = comparisonOf([pair[1], pair[2], undefined, undefined]);
    const second = comparisonOf([pair[3], pair[4], undefined, undefined]);
    return { kind: "compare", comparison: bothOf(first, second), rest: restOf(text, pair) };
  }
  const compared = COMPARED.exec(text);
  if (compared && aboutExperience(compared)) {
    const groups = compared.slice(1);
    // Each alternative has its four comparison groups; the one that matched holds a count.
    for (let at = 0; at < groups.length; at += 4) {
      const four = groups.slice(at, at + 4);
      if (four[1] === undefined) continue;
      const comparison = comparisonOf(four);
      // "I have 3 years": the posts asking no more than that.
      const owned = /^ (?:i|with) /.test(compared[0]) && comparison.min === comparison.max;
      return {
        kind: "compare",
        comparison: owned
          ? { min: null, max: comparison.max, text: `${comparison.text} or fewer` }
          : comparison,
        rest: restOf(text, compared),
      };
    }
  }
  const ranked = RANKED.exec(text);
  if (ranked && (ranked[3] === undefined || aboutExperience(ranked))) {
    const word = ranked[1] ?? ranked[2] ?? ranked[3] ?? "most";
    return { kind: "rank", order: LEAST.test(word) ? "least" : "most", rest: restOf(text, ranked) };
  }
  return null;
}

const yearsText = (n: number) => (n === 1 ? "1 year" : `${n} years`);

function quoted(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** The posts in scope compared or ranked by the years of experience their notices ask for. */
export function experienceAnswer(
  question: string,
  asked: ExperienceAsked,
  context: AcrossPostsContext,
): Answer {
  const scope = postsInScope(asked.rest, context);
  const among = scopeText(scope.posts.length, scope.subject, context.window?.span, scope.partial);
  const stated: { vacancy: Vacancy; years: ExperienceYears }[] = [];
  const unstated: Vacancy[] = [];
  for (const vacancy of scope.posts) {
    const years = experienceYears(vacancy);
    if (years) stated.push({ vacancy, years });
    else unstated.push(vacancy);
  }
  const line = (p: { vacancy: Vacancy; years: ExperienceYears }) =>
    `- ${postName(p.vacancy)}: ${yearsText(p.years.years)} ("${quoted(p.years.line)}")`;
  const noYears =
    unstated.length === 0
      ? null
      : `${unstated.length === 1 ? "This notice states" : "These notices state"} no number of years of experience: ${unstated.map((v) => v.title).join("; ")}.`;
  let shown: { vacancy: Vacancy; years: ExperienceYears }[];
  let lead: string;
  if (asked.kind === "compare") {
    shown = stated
      .filter((p) => passes(p.years.years, asked.comparison))
      .sort((a, b) => a.years.years - b.years.years);
    const wanted = `${asked.comparison.text} years of experience`;
    lead =
      shown.length === 0
        ? `None of ${among} asks for ${wanted}.`
        : `Of ${among}, ${shown.length === 1 ? "1 asks" : `${shown.length} ask`} for ${wanted} (the fewest years an applicant can qualify with):`;
  } else {
    const sign = asked.order === "most" ? -1 : 1;
    shown = [...stated].sort((a, b) => sign * (a.years.years - b.years.years));
    lead =
      shown.length === 0
        ? `None of ${among} states a number of years of experience.`
        : `Of ${among}, by the years of experience asked (the fewest an applicant can qualify with), ${asked.order} first:`;
  }
  const text = [
    lead,
    ...listedLines(shown, line),
    scope.posts.length > 0 ? noYears : null,
    partialReadNote(scope.partial),
  ].filter((t) => t !== null);
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "experience",
    items: shown.map((p) => itemAt(p.vacancy, context.now, p.years.line)),
    text: text.join("\n"),
  });
}
