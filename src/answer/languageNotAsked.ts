// "Do I need to speak French for the network technician job?": the post's language requirements
// answer it, but a list naming only English leaves the asker to infer the no. When the question
// names a language the notice never asks for, the answer says so first.
import { foldText } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import { postName } from "./composeAnswer.ts";
import { LANGUAGES } from "./languageList.ts";

const capitalised = (w: string) => `${w[0]?.toUpperCase() ?? ""}${w.slice(1)}`;

/**
 * The sentence saying the notice does not ask for the languages the question names (none of its
 * language requirements or requirement lines names them); null when it asks for them all, or when
 * the question names none or the notice states no language requirement at all.
 */
export function languageNotAskedSentence(question: string, vacancy: Vacancy): string | null {
  const words = new Set(foldText(question).split(" "));
  const named = LANGUAGES.filter((l) => words.has(l));
  if (named.length === 0) return null;
  const stated = [
    ...vacancy.languages.map((l) => `${l.language} ${l.note ?? ""}`),
    ...vacancy.essential,
    ...vacancy.desirable,
  ]
    .join(" ")
    .toLowerCase();
  if (vacancy.languages.length === 0 && !LANGUAGES.some((l) => stated.includes(l))) return null;
  const missing = named.filter((l) => !new RegExp(`\\b${l}\\b`).test(stated));
  if (missing.length === 0) return null;
  const asked = vacancy.languages.map((l) => (l.level ? `${l.language} at level ${l.level}` : l.language));
  const instead = asked.length > 0 ? `; it asks for ${asked.join(" and ")}` : "";
  return `No: the notice for ${postName(vacancy)} does not ask for ${missing.map(capitalised).join(" or ")}${instead}.`;
}
