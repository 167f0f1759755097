// A question that names an occupation ("software engineer jobs", "nurse vacancies") asks for posts
// of that occupation: a post whose title names another one (an Officer whose notice mentions
// software and engineering degrees) is not an answer, however well its long text matches.
import { titleText } from "../search/fields.ts";
import { words } from "../search/text.ts";
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
export function roleOf(word: string): string | null {
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

/**
 * A subject longer than this is a pasted passage or a story, whose occupation words are mentioned
 * in passing ("advice to the Secretary General"), not the occupation asked for.
 */
export const ROLE_SUBJECT_WORDS = 12;

/** The occupations a subject names ("software engineers" -> ["engineer"]); none for a passage. */
export function namedRoles(subject: string): string[] {
  if (words(subject).length > ROLE_SUBJECT_WORDS) return [];
  return [...rolesIn(subject)];
}

/**
 * A search filter keeping posts whose title names one of the occupations the subject names, or
 * undefined when the subject names none (then every post may match). Another occupation in the
 * same field is not an answer: "security guard" is not the Technical Security Operator.
 */
export function roleFilter(subject: string): ((vacancy: Vacancy) => boolean) | undefined {
  const roles = namedRoles(subject);
  if (roles.length === 0) return undefined;
  return (vacancy) => {
    const titleRoles = rolesIn(titleText(vacancy));
    return roles.some((r) => titleRoles.has(r));
  };
}

/** The subject without its occupation words ("network engineers" -> "network"): the field it asks about. */
export function fieldOf(subject: string): string {
  return words(subject)
    .filter((w) => roleOf(w) === null)
    .join(" ");
}
