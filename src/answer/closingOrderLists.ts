// Lists ordered by closing date: latest closing first, or led by the one closing soonest.

import { type AnswerBase, itemOf, type ListContext } from "./answerContext.ts";
import { comparisonAnswer } from "./comparisonAnswer.ts";
import { dayText, deadlineSentence, listLine } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { LIST_LIMIT, listResult } from "./listResult.ts";
import type { Answer } from "./model.ts";
import { comparedPosts } from "./namedPost.ts";
import { openCandidates, openMatchingAny, scopeWords } from "./openCandidates.ts";

/**
 * Open posts (optionally matching a subject), latest closing first. With a subject only the
 * EXCLUDING_SCAN soonest-closing matches are read, as for the other filtered lists.
 */
export function latestClosingAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  context: ListContext,
): Answer {
  const { index, now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const open =
    subject || context.window
      ? openCandidates(subject, context)
          .filter((v) => index.closesAt(v) !== null)
          .reverse()
      : index.openLatestFirst(now, LIST_LIMIT);
  const items = open
    .map((v) => itemOf(v, now))
    .filter((i) => i.deadline.status === "open")
    .slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const text =
    items.length > 0
      ? [`Open posts${matching} as of ${today}, latest closing first:`, ...items.map(listLine)]
      : [`No post${matching} is open for applications as of ${today}.`];
  return listResult(base, "deadline", items, items.length, text);
}

/**
 * Open posts (optionally matching a subject), soonest closing first, led by the one that closes
 * soonest however far off it is; posts without a deadline are left out (they may never close).
 */
export function soonestClosingAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  context: ListContext,
): Answer {
  const { index, now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  // "which closes first, the NOSC chief or the network technician": posts named by title are compared
  // as such (closed ones too); parts naming none ("cyber or tech security") are matched as words.
  const named = detected.partSubjects
    ? comparedPosts(index, detected, index.query(subject, { limit: 5 }))
    : [];
  if (named.length > 1)
    return comparisonAnswer(base, { ...detected, intent: "deadline", focus: "deadline" }, named, context);
  const open = detected.anyOf
    ? openMatchingAny(index, detected.anyOf, now).hits.map((h) => h.vacancy)
    : subject || context.window
      ? openCandidates(subject, context).filter((v) => index.closesAt(v) !== null)
      : index.openByDeadline(now, LIST_LIMIT).vacancies;
  const items = open
    .map((v) => itemOf(v, now))
    .filter((i) => i.deadline.status === "open")
    .slice(0, LIST_LIMIT);
  const matching = scopeWords(detected.anyOf?.join('" or "') ?? subject, context);
  const first = items[0];
  const text = first
    ? [
        `Closing soonest${matching} (as of ${today}): ${deadlineSentence(first)}`,
        items.length > 1 ? "Then:" : null,
        ...items.slice(1).map((i) => `- ${deadlineSentence(i)}`),
      ]
    : [`No post${matching} is open for applications as of ${today}.`];
  return listResult(base, "deadline", items, items.length, text);
}
