// "Is TSCM experience needed for the technical security operator?": besides naming the post, the
// question names a skill. The answer then quotes the requirement lines that mention it, whatever
// part of the requirements (languages, experience, ...) the question is otherwise about.
import { hyphenatedForm, termOf } from "../search/text.ts";
import type { QueryTerm } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { postTerms } from "./postTerms.ts";

/** A requirement line that mentions a skill the question named, and which list it is in. */
export interface SkillLine {
  line: string;
  list: "essential" | "desirable" | "notice";
}

/** Does a (lower-case) line contain a word starting with `term`? (Stems are word starts; "oncall" is written "on-call".) */
export function mentions(line: string, term: string): boolean {
  if (startsWord(line, term)) return true;
  const hyphenated = hyphenatedForm(term);
  return hyphenated !== null && startsWord(line, hyphenated);
}

function startsWord(line: string, term: string): boolean {
  for (let at = line.indexOf(term); at >= 0; at = line.indexOf(term, at + 1)) {
    const before = at === 0 ? 32 : line.charCodeAt(at - 1);
    if (!((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) return true;
  }
  return false;
}

/** The query's words that do not name the post (its title, initials, place or acronyms): the skills asked about. */
export function skillTerms(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): string[] {
  const naming = postTerms(vacancy).naming;
  // "NOSC" for "BNOSC": people drop the organisation's letter from the post's acronym.
  const names = (m: string) =>
    naming.terms.has(m) || (m.length >= 3 && naming.acronyms.some((s) => s.includes(m)));
  return queryTerms.filter((t) => t.matched.length > 0 && !t.matched.some(names)).flatMap((t) => t.matched);
}

/**
 * How many of the question's words name this post (its title, initials, place or its own acronyms)
 * and how many do not (other known words, and words no notice knows).
 */
export function namingBalance(
  vacancy: Vacancy,
  queryTerms: readonly QueryTerm[],
): { naming: number; other: number } {
  const skills = new Set(skillTerms(vacancy, queryTerms));
  const naming = queryTerms.filter(
    (t) => t.matched.length > 0 && !t.matched.some((m) => skills.has(m)),
  ).length;
  return { naming, other: queryTerms.length - naming };
}

/**
 * Does the question name this post apart from the skills it asks about? True when the words that
 * are not skills include a word of its title: "do I qualify for the network technician with a
 * vocational diploma" names the Network Technician; "PKI and MPLS experience" names no post.
 */
export function namesPostBesidesSkills(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): boolean {
  const skills = new Set(skillTerms(vacancy, queryTerms));
  const title = postTerms(vacancy).titleAndInitials;
  return queryTerms.some(
    (t) =>
      t.matched.length > 0 && !t.matched.some((m) => skills.has(m)) && t.matched.some((m) => title.has(m)),
  );
}

/** Essential and desirable lines that mention any of the skill terms, in notice order. */
export function skillLines(vacancy: Vacancy, skills: readonly string[]): SkillLine[] {
  if (skills.length === 0) return [];
  const hit = (line: string) => {
    const lower = line.toLowerCase();
    return skills.some((s) => mentions(lower, s));
  };
  return [
    ...vacancy.essential.filter(hit).map((line) => ({ line, list: "essential" as const })),
    ...vacancy.desirable.filter(hit).map((line) => ({ line, list: "desirable" as const })),
  ];
}

/** Lines quoted for one overview question, at most (requirements first, then the description's sentences). */
const MAX_NOTICE_LINES = 3;

/**
 * "does the network technician involve on-call work", "is there travel in X": the requirement
 * lines, then the description's sentences and the working conditions, that mention a word the
 * question adds to the post's name.
 */
export function noticeLines(vacancy: Vacancy, skills: readonly string[]): SkillLine[] {
  if (skills.length === 0) return [];
  const lines = skillLines(vacancy, skills);
  const sentences = [
    ...new Set([
      ...(vacancy.description || vacancy.summary).split(/(?<=[.;])\s+/),
      ...vacancy.workingConditions,
    ]),
  ]
    .filter((s) => {
      const lower = s.toLowerCase();
      return skills.some((k) => mentions(lower, k)) && !lines.some((l) => l.line === s);
    })
    .map((line) => ({ line, list: "notice" as const }));
  // "on-call work": a line naming both asked words says more than one naming only "work".
  const named = (l: SkillLine) => {
    const lower = l.line.toLowerCase();
    return skills.filter((k) => mentions(lower, k)).length;
  };
  const all = [...lines, ...sentences];
  const counts = new Map(all.map((l) => [l, named(l)]));
  return all.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number)).slice(0, MAX_NOTICE_LINES);
}

/** How much of a skill's stem must appear for the notice to count as mentioning it ("certif..." in "certificate"). */
const MENTION_PREFIX = 6;

/**
 * "Is Python needed for the network technician?": the subject's words that neither name the post
 * nor appear anywhere in its requirements, description or working conditions, as the asker wrote
 * them. Words no notice knows count too (the search drops them, so `skillTerms` never sees them).
 * Empty when every word is the post's name or is mentioned somewhere: the notice may then answer.
 */
export function unmentionedWords(
  vacancy: Vacancy,
  subject: string,
  queryTerms: readonly QueryTerm[],
): string[] {
  const naming = postTerms(vacancy).naming;
  const names = (m: string) =>
    naming.terms.has(m) || (m.length >= 3 && naming.acronyms.some((a) => a.includes(m)));
  const namingTerms = new Set(queryTerms.filter((t) => t.matched.some(names)).map((t) => t.term));
  const notice = [
    ...vacancy.essential,
    ...vacancy.desirable,
    vacancy.description || vacancy.summary,
    ...vacancy.workingConditions,
  ]
    .join(" \n ")
    .toLowerCase();
  const asked = subject.split(" ").filter((w) => {
    const term = termOf(w);
    return term !== null && !namingTerms.has(term) && !names(term);
  });
  if (asked.length === 0) return [];
  const mentioned = asked.some((w) => {
    const t = termOf(w) ?? w;
    return mentions(notice, t.slice(0, MENTION_PREFIX)) || mentions(notice, w.slice(0, MENTION_PREFIX));
  });
  return mentioned ? [] : asked;
}
