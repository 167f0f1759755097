// "When do the policy officers close?" when the only Officer is "Officer, Digital Backbone CIS and
// Cybersecurity": the title's role noun matches, and "policy" is somewhere in its prose, so the
// search names that post. The word before the role says which officer was meant; when the post's
// name holds nothing like it, the answer says that no such post is advertised before giving the
// nearest one, rather than passing one officer off as another.
import { terms, words } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import { postTerms } from "./postTerms.ts";
import { roleOf } from "./roleNouns.ts";

/** Words before a role that rank it rather than say which it is ("senior officer"). */
const RANKS = new Set([
  "senior",
  "junior",
  "lead",
  "principal",
  "chief",
  "head",
  "deputy",
  "assistant",
  "main",
  "new",
  "open",
  "the",
  "a",
  "an",
  "that",
  "this",
  "both",
  "two",
  "three",
  "four",
  "five",
]);

/**
 * The role a subject names with a word the post's name does not hold ("policy officer" for the
 * Digital Backbone Officer), as written; null when every role it names is the post's as named.
 */
export function roleNotNamedBy(subject: string, vacancy: Vacancy): string | null {
  const said = words(subject);
  let titleRoles: Set<string | null> | null = null;
  for (let i = 1; i < said.length; i++) {
    const role = roleOf(said[i] as string);
    if (role === null) continue;
    titleRoles ??= new Set(words(vacancy.title).map(roleOf));
    if (!titleRoles.has(role)) continue;
    const before = said[i - 1] as string;
    if (RANKS.has(before) || /\d/.test(before) || roleOf(before) !== null) continue;
    const [term] = terms(before);
    if (term === undefined || namesPost(term, postTerms(vacancy).naming)) continue;
    return `${before} ${said[i]}`;
  }
  return null;
}

/** Whether a word is (part of) the post's name: a title word, place or acronym, or a start or part of one ("cyber"). */
function namesPost(
  term: string,
  naming: { terms: ReadonlySet<string>; acronyms: readonly string[] },
): boolean {
  if (naming.terms.has(term) || naming.acronyms.some((a) => a.includes(term))) return true;
  if (term.length < 3) return true;
  for (const t of naming.terms)
    if (t.includes(term) || (term.length >= 4 && term.includes(t) && t.length >= 4)) return true;
  return false;
}
