// "X or Y": the same one-post answer for each post named, and which closes first.

import type { Vacancy } from "../vacancy.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import type { Answer } from "./model.ts";
import { alsoAskedTexts, followUps, onePostText } from "./onePostText.ts";

/** The same one-post answer for each post compared; for deadlines, which closes first. */
export function comparisonAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  posts: readonly Vacancy[],
  context: AnswerContext,
): Answer {
  const { intent, focus } = detected;
  const items = posts.map((v) => itemOf(v, context.now));
  const dated = items
    .filter((i) => i.deadline.deadline !== null)
    .sort((a, b) => (a.deadline.deadline as string).localeCompare(b.deadline.deadline as string));
  const first = dated[0];
  const order =
    (intent === "deadline" || intent === "status") && first && dated.length > 1
      ? `Of these, ${first.vacancy.title} closes first (${first.deadline.deadlineText}).`
      : null;
  const text = [
    ...items.flatMap((i) => [onePostText(intent, focus, i), ...alsoAskedTexts(detected, i)]),
    order,
  ]
    .filter((t) => t !== null)
    .join("\n");
  return {
    ...base,
    intent,
    focus,
    items,
    totalMatches: items.length,
    text,
    suggestions: followUps(posts[0] as Vacancy),
  };
}
