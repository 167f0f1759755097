// A question that names an occupation ("software engineer jobs", "nurse vacancies") asks for posts
// of that occupation: a post whose title names another one (an Officer whose notice mentions
// software and engineering degrees) is not an answer, however well its long text matches.
import { titleText } from "../search/fields.ts";
import { terms, words } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";

/** Words that name an occupation (singular; plurals meet them through the stemmer). */
const ROLE_WORDS = (
  "engineer developer programmer analyst architect manager administrator assistant technician officer " +
  "operator director chief specialist consultant advisor adviser coordinator clerk secretary translator " +
  "interpreter nurse doctor physician driver pilot chef cook cleaner lawyer accountant auditor designer " +
  "scientist researcher intern trainee teacher instructor trainer guard receptionist mechanic electrician " +
  "plumber waiter cashier journalist editor writer photographer librarian archivist economist statistician " +
  "psychologist paramedic firefighter inspector planner buyer linguist controller"
).split(" ");

const ROLES = new Set(ROLE_WORDS);

/**
 * The occupation a folded word names, singular ("engineers" -> "engineer"), or null. Word forms,
 * not stems: "engineering" is a subject, not an engineer.
 */
function roleOf(word: string): string | null {
  if (ROLES.has(word)) return word;
  if (word.endsWith("ies") && ROLES.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && ROLES.has(word.slice(0, -1))) return word.slice(0, -1);
  return null;
}

function rolesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const role = roleOf(w);
    if (role !== null) out.add(role);
  }
  return out;
}

/** The occupations a subject names ("software engineers" -> ["engineer"]). */
export function namedRoles(subject: string): string[] {
  return [...rolesIn(subject)];
}

/**
 * A search filter for a subject that names an occupation, or undefined when it names none (then
 * every post may match). A post passes when its title names one of those occupations, or when the
 * subject's other words all appear in its title: "network engineers" may be offered the Network
 * Technician, "software engineer" is not offered an Officer whose notice mentions software.
 */
export function roleFilter(subject: string): ((vacancy: Vacancy) => boolean) | undefined {
  const roles = namedRoles(subject);
  if (roles.length === 0) return undefined;
  const others = words(subject)
    .filter((w) => roleOf(w) === null)
    .flatMap((w) => terms(w));
  return (vacancy) => {
    const title = titleText(vacancy);
    const titleRoles = rolesIn(title);
    if (roles.some((r) => titleRoles.has(r))) return true;
    const titleTerms = new Set(terms(title));
    return others.length > 0 && others.every((t) => titleTerms.has(t));
  };
}
