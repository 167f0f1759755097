// Skill or subject searches: the posts that ask for it, open first, quoting the line that matched.

import { terms } from "../search/text.ts";
import type { QueryTerm, VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { mentions, skillTerms } from "./askedSkills.ts";
import { listLine } from "./composeAnswer.ts";
import { namesExactly, specificMatchCount, specificMatches } from "./evidence.ts";
import { helpAnswer, noMatchAnswer } from "./helpAnswer.ts";
import { andMore, LIST_LIMIT, plural, requirementSuggestions } from "./listResult.ts";
import type { Answer, Focus } from "./model.ts";
import { roleFilter } from "./roleNouns.ts";

/** Search answers quote the requirement that matched for this many posts. */
const QUOTED_MATCHES = 5;

/** The requirement line of a post that best matches the query words, to show why it matched. */
function matchingLine(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): string | null {
  // "network technician on-call": the words naming the post are in many lines; what else was asked picks one.
  const skills = skillTerms(vacancy, queryTerms);
  const wanted = [...new Set(skills.length > 0 ? skills : queryTerms.flatMap((t) => t.matched))];
  if (wanted.length === 0) return null;
  const lines = [
    ...vacancy.essential,
    ...vacancy.desirable,
    ...vacancy.education,
    ...vacancy.experience,
    // "which jobs involve on-call duty": a working condition is why a post matched, too.
    ...vacancy.workingConditions,
  ];
  // Which of the wanted words each line mentions, read once.
  const mentioned = lines.map((line) => {
    const lower = line.toLowerCase();
    return wanted.map((term) => mentions(lower, term));
  });
  // "Cisco experience": nearly every line mentions experience, two mention Cisco; a word in fewer
  // lines tells more about why the post matched, so it weighs more.
  const weights = wanted.map((_, k) => {
    const mentioning = mentioned.filter((m) => m[k]).length;
    return mentioning === 0 ? 0 : 1 / mentioning;
  });
  let best: string | null = null;
  let bestScore = 0;
  for (let i = 0; i < lines.length; i++) {
    const score = (mentioned[i] as boolean[]).reduce(
      (sum, m, k) => (m ? sum + (weights[k] as number) : sum),
      0,
    );
    if (score > bestScore) {
      best = lines[i] as string;
      bestScore = score;
    }
  }
  if (best === null) return null;
  return best.length > 160 ? `${best.slice(0, 157).replace(/\s+\S*$/, "")} ...` : best;
}

/** " (desirable)" / " (essential)": whether a quoted requirement is asked for or only an advantage. */
function listOfLine(vacancy: Vacancy, quote: string): string {
  const start = quote.replace(/ \.\.\.$/, "");
  if (vacancy.essential.some((l) => l.startsWith(start))) return " (essential)";
  if (vacancy.desirable.some((l) => l.startsWith(start))) return " (desirable)";
  return "";
}

const STATUS_ORDER = { open: 0, unknown: 1, closed: 2 } as const;

/** Posts matching a skill or subject: open ones first, each with its status and the line that matched. */
export function searchAnswer(
  base: AnswerBase,
  subject: string,
  focus: Focus,
  context: AnswerContext,
): Answer {
  if (!subject) {
    return helpAnswer(base, context, "search", "Which skill, subject or post should I look for?");
  }
  const r = context.index.query(subject, { limit: LIST_LIMIT, filter: roleFilter(subject) });
  if (r.hits.length === 0) {
    const skills = knownSkillWords(context.index, subject);
    if (skills !== null) return searchAnswer(base, skills, focus, context);
    return noMatchAnswer(base, "search", focus, subject, context);
  }
  const items = r.hits
    .map((h) => itemOf(h.vacancy, context.now))
    .map((item, rank) => ({ item, rank, exact: namesExactly(item.vacancy, subject) ? 0 : 1 }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.item.deadline.status] - STATUS_ORDER[b.item.deadline.status] ||
        a.exact - b.exact ||
        a.rank - b.rank,
    )
    .map(({ item }) => item);
  // Quoting the matching requirement is for the first few; the rest are listed by name.
  items.forEach((item, i) => {
    const line = i < QUOTED_MATCHES ? matchingLine(item.vacancy, r.terms) : null;
    if (line) item.quote = line;
  });
  const lines = items.map(
    (item) =>
      `${listLine(item)}${item.quote ? `\n  matches: "${item.quote}"${listOfLine(item.vacancy, item.quote)}` : ""}`,
  );
  const text = [
    `${plural(r.total, "post matches", "posts match")} "${subject}" (open posts first):`,
    ...lines,
    andMore(r.total, items.length),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    ...base,
    intent: "search",
    focus,
    items,
    totalMatches: r.total,
    text,
    suggestions: requirementSuggestions(items),
  };
}

/** The share of a long story's known words a post must hold to be weighed for the skills in it. */
const LOOSE_COVERAGE = 0.2;

/** Known words a post must ask for (or be named by) before a long skills question is read as about them. */
const SKILL_EVIDENCE = 2;

/**
 * "I have been doing TSCM sweeps for six years in the army and know tempest, anything for me?":
 * the story's words are unknown to every notice and outweigh the skills. The known words alone,
 * when some post asks for at least two of them; null otherwise (one shared word is no evidence).
 */
export function knownSkillWords(index: VacancyIndex, subject: string): string | null {
  const r = index.query(subject, { limit: 1 });
  const known = r.terms.filter((t) => t.matched.length > 0);
  if (known.length === 0 || known.length === r.terms.length) return null;
  if (known.length < SKILL_EVIDENCE) return definedAcronym(index, known[0] as QueryTerm);
  const words = known.map((t) => t.term).join(" ");
  const retry = index.query(words, { limit: 3 });
  if (retry.hits.some((h) => specificMatchCount(h.vacancy, retry.terms) >= SKILL_EVIDENCE)) return words;
  // "... doing mostly Linux and RedHat admin ... my partner is moving to Brussels ...": a long story
  // keeps too many known words for any post to hold them all. The words one of the closest posts
  // asks for are the skills, when there are at least two of them.
  // A low bar, not none: the common words then only add to posts the rarer ones found (cheap at scale).
  const loose = index.query(words, { limit: 3, minCoverage: LOOSE_COVERAGE });
  let asked: QueryTerm[] = [];
  for (const h of loose.hits) {
    const matches = specificMatches(h.vacancy, loose.terms);
    if (matches.length > asked.length) asked = matches;
  }
  return asked.length >= SKILL_EVIDENCE ? asked.map((t) => t.term).join(" ") : null;
}

/**
 * "I did TSCM sweeps in the army": one known word is evidence enough when it is an acronym a notice
 * defines (a term of art, not a stray prose word); the word then, else null.
 */
function definedAcronym(index: VacancyIndex, term: QueryTerm): string | null {
  const r = index.query(term.term, { limit: 3 });
  const defined = r.hits.some((h) =>
    h.vacancy.acronyms.some((a) => terms(a.short).some((s) => term.matched.includes(s))),
  );
  return defined ? term.term : null;
}
