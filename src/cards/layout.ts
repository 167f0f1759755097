// Which of the three card shapes an Answer gets: one vacancy in full, a compact list, or a
// message with suggestion buttons (help, nothing found). Decided once, used by every renderer.
import type { Answer, AnswerItem, Intent } from "../answer/model.ts";
import type { RenderOptions } from "./options.ts";

/** Most vacancies a list card shows; the rest are counted in "and N more". */
export const LIST_MAX_ITEMS = 10;

export type CardLayout =
  | { kind: "vacancy"; item: AnswerItem }
  | { kind: "list"; items: AnswerItem[]; more: number }
  | { kind: "message" };

function listLayout(answer: Answer): CardLayout {
  const items = answer.items.slice(0, LIST_MAX_ITEMS);
  const total = Math.max(answer.totalMatches, answer.items.length);
  return { kind: "list", items, more: total - items.length };
}

/** The layout for an answer: a draft preview is always one vacancy; list questions always a list. */
export function chooseLayout(answer: Answer, options: RenderOptions = {}): CardLayout {
  const [first] = answer.items;
  if (!first) return { kind: "message" };
  if (options.draft) return { kind: "vacancy", item: first };
  switch (answer.intent) {
    case "list":
    case "search":
      return listLayout(answer);
    case "help":
      return { kind: "message" };
    case "deadline":
    case "requirements":
    case "details":
    case "status":
    case "unknown":
      return answer.items.length === 1 ? { kind: "vacancy", item: first } : listLayout(answer);
  }
}

/** The heading of a list card, from what was asked. */
export function listTitle(intent: Intent): string {
  switch (intent) {
    case "list":
      return "Vacancies";
    case "search":
      return "Search results";
    case "deadline":
      return "Deadlines";
    case "requirements":
    case "details":
    case "status":
    case "help":
    case "unknown":
      return "Matching vacancies";
  }
}
