// The shape of a list answer: at most LIST_LIMIT posts shown, the total always stated.

import type { AnswerBase } from "./answerContext.ts";
import type { Answer, AnswerItem, Focus } from "./model.ts";

/** Posts shown in a list answer; the total is always stated. */
export const LIST_LIMIT = 10;

/**
 * A list answer: its lines (empty ones dropped), the items shown and how many matched in all;
 * the follow-ups offered are the first posts' requirements unless given.
 */
export function listResult(
  base: AnswerBase,
  focus: Focus,
  items: AnswerItem[],
  totalMatches: number,
  lines: readonly (string | null | undefined)[],
  suggestions: string[] = requirementSuggestions(items),
): Answer {
  const text = lines.filter(Boolean).join("\n");
  return { ...base, intent: "list", focus, items, totalMatches, text, suggestions };
}

/** Follow-ups offered under a list: the requirements of the first few posts. */
export function requirementSuggestions(items: readonly AnswerItem[]): string[] {
  return items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`);
}

/** The line after a capped list ("... and 4 more."), or null when nothing was left out. */
export function andMore(total: number, shown: number): string | null {
  return total > shown ? `... and ${total - shown} more.` : null;
}

export function plural(n: number, singular: string, many = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : many}`;
}
