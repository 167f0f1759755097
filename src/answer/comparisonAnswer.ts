// "X or Y": the same one-post answer for each post named, and which closes first.

import type { Vacancy } from "../vacancy.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import type { Answer, AnswerItem } from "./model.ts";
import { alsoAskedTexts, followUps, onePostText } from "./onePostText.ts";

/** "which closes first / sooner" (group 1 empty) or "which closes last / later" (group 1 set). */
const ASKS_CLOSING_ORDER =
  /\b(?:first|soonest|sooner|earliest|earlier|(last(?! (?:day|date|chance|minute))|latest|later|longest|longer))\b/i;

/** ", 7 days before X": how far apart the first and last deadlines are. */
function gapText(first: AnswerItem, last: AnswerItem): string {
  const days = Math.round(
    (Date.parse(last.deadline.deadline as string) - Date.parse(first.deadline.deadline as string)) /
      86_400_000,
  );
  if (days === 0) return "; they close on the same day";
  return `, ${days} ${days === 1 ? "day" : "days"} before ${last.vacancy.title} (${last.deadline.deadlineText})`;
}

/** The same one-post answer for each post compared; for deadlines, which closes first. */
export function comparisonAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  posts: readonly Vacancy[],
  context: AnswerContext,
): Answer {
  const { intent, focus } = detected;
  const named = posts.map((v) => itemOf(v, context.now));
  const dated = named
    .filter((i) => i.deadline.deadline !== null)
    .sort((a, b) => (a.deadline.deadline as string).localeCompare(b.deadline.deadline as string));
  const first = dated[0];
  const last = dated[dated.length - 1];
  const aboutDeadlines = (intent === "deadline" || intent === "status") && first && last && dated.length > 1;
  const order = aboutDeadlines
    ? `Of these, ${first.vacancy.title} ${first.deadline.status === "closed" ? "closed" : "closes"} first (${first.deadline.deadlineText})${gapText(first, last)}.`
    : null;
  // "which closes first, X or Y": the post that answers comes first, as the list's most relevant.
  const asksOrder = aboutDeadlines ? ASKS_CLOSING_ORDER.exec(base.question) : null;
  const ordered = asksOrder ? (asksOrder[1] ? [...dated].reverse() : dated) : [];
  const items = [...ordered, ...named.filter((i) => !ordered.includes(i))];
  // "X and Y: how many posts in total?": the sum, so the asker need not add up.
  const total =
    focus === "posts" ? `Together: ${named.reduce((n, i) => n + i.vacancy.posts, 0)} posts.` : null;
  const text = [
    ...named.flatMap((i) => [onePostText(intent, focus, i), ...alsoAskedTexts(detected, i)]),
    order,
    total,
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
