// A bare question with no intent words ("capital of Belgium", "service desk") is searched for as
// it stands. One ordinary word that a post's long prose happens to contain ("capital investments")
// is too weak a reason to offer that post: the match must also show where posts are described
// briefly (title, acronyms, requirements), or rest on more than one word.
import { terms } from "../search/text.ts";
import type { QueryTerm } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { postTerms } from "./postTerms.ts";

/** Terms of where a post sits: unit, organisation, location and the location's country. */
export function placeTermsOf(vacancy: Vacancy): ReadonlySet<string> {
  return postTerms(vacancy).place;
}

/**
 * Does a post match a bare question on more than one stray prose word? True when a non-place
 * query word appears in its title, acronyms or requirements, when two or more non-place words
 * match, or when the question names only a place.
 */
export function matchesBeyondProse(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): boolean {
  const places = placeTermsOf(vacancy);
  const known = queryTerms.filter((t) => t.matched.length > 0);
  const content = known.filter((t) => !t.matched.some((m) => places.has(m)));
  if (content.length !== 1) return true;
  const specific = postTerms(vacancy).specific;
  // A word start counts, as in search: "cyber" is in "Cybersecurity".
  return content.some((t) =>
    t.matched.some((m) => specific.some((s) => s === m || (m.length >= 4 && s.startsWith(m)))),
  );
}

/**
 * How many of the question's known words a post asks for or is named by (title, reporting line,
 * requirements, acronyms): the evidence that a long question about skills is about this post.
 */
export function specificMatchCount(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): number {
  return specificMatches(vacancy, queryTerms).length;
}

/** The question's words a post asks for or is named by (title, reporting line, requirements, acronyms). */
export function specificMatches(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): QueryTerm[] {
  const specific = postTerms(vacancy).specific;
  return queryTerms.filter((t) =>
    t.matched.some((m) => specific.some((s) => s === m || (m.length >= 4 && s.startsWith(m)))),
  );
}

/** Does `needle` occur as consecutive terms in `haystack`? */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((t, k) => haystack[i + k] === t)) return true;
  }
  return false;
}

/**
 * Does a subject of two or more words name, word for word, the post's title or one of the bodies
 * its notice names (reporting line, unit, organisation, a profile's unit, an acronym's long form)? "Intelligence and
 * Security Division" then means that division, not any notice using the three words apart.
 */
export function namesExactly(vacancy: Vacancy, subject: string): boolean {
  const wanted = terms(subject);
  if (wanted.length < 2) return false;
  // The names include the reporting line: "the Maintenance and Implementation branch vacancy".
  return postTerms(vacancy).names.some((name) => containsRun(name, wanted));
}

/**
 * Does the question name only where the post sits (its organisation, unit or place: "BICES",
 * "Brussels")? Several posts sit there, so such a question asks for a list, not one post.
 */
export function namesOnlyPlace(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): boolean {
  const places = placeTermsOf(vacancy);
  const known = queryTerms.filter((t) => t.matched.length > 0);
  return known.length > 0 && known.every((t) => t.matched.some((m) => places.has(m)));
}
