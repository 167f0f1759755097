// The list intent: what is open (optionally matching a subject), or a filtered or windowed list.

import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { dayText, detailsText, listLine } from "./composeAnswer.ts";
import { closedAnswer, closingWithinAnswer, deadlineWindowOf } from "./deadlineWindowLists.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { filteredList } from "./filteredLists.ts";
import { noMatchAnswer } from "./helpAnswer.ts";
import { andMore, LIST_LIMIT, listResult, plural, requirementSuggestions } from "./listResult.ts";
import type { Answer, AnswerItem } from "./model.ts";
import { comparedPosts } from "./namedPost.ts";
import { openMatchingAny } from "./openCandidates.ts";
import { roleFilter } from "./roleNouns.ts";

/** Open posts first (earliest closing first), then posts without a deadline; "nothing open" says so. */
export function listAnswer(base: AnswerBase, detected: DetectedIntent, context: AnswerContext): Answer {
  // "English-only roles closing in June": a deadline window narrows whatever the list filters on.
  const window = deadlineWindowOf(base, detected, context);
  if (typeof window === "string") return listResult(base, "deadline", [], 0, [window]);
  const filtered = filteredList(base, detected, { ...context, window });
  if (filtered) return filtered;
  if (detected.closedWithinDays !== undefined)
    return closedAnswer(base, detected, detected.closedWithinDays, context);
  if (window) return closingWithinAnswer(base, detected, window, context);
  const { index, now } = context;
  const today = dayText(base.asOf);
  // "which is open longer, X or Y": the posts the parts name, soonest closing first.
  const named = detected.subject
    ? comparedPosts(index, detected, index.query(detected.subject, { limit: 5 }))
    : [];
  if (named.length > 1) {
    const items = named
      .map((v) => itemOf(v, now))
      .sort((a, b) => (a.deadline.deadline ?? "9999").localeCompare(b.deadline.deadline ?? "9999"));
    return listResult(base, "overview", items, items.length, [
      `The ${items.length} posts you named, closing soonest first (as of ${today}):`,
      ...items.map(listLine),
    ]);
  }
  if (detected.subject) {
    const r = openMatchingAny(index, detected.anyOf ?? [detected.subject], now);
    const label = detected.anyOf?.join('" or "') ?? detected.subject;
    const items = r.hits.map((h) => itemOf(h.vacancy, now));
    if (items.length === 0) {
      const closed = index.query(detected.subject, { limit: 3, filter: roleFilter(detected.subject) });
      if (closed.total === 0) return noMatchAnswer(base, "list", "overview", detected.subject, context);
      const lines = [
        `No open post matches "${label}" as of ${today}.`,
        `Closed posts that match:`,
        ...closed.hits.map((h) => listLine(itemOf(h.vacancy, now))),
      ];
      return listResult(base, "overview", [], 0, lines, []);
    }
    const [only] = items;
    // "how many positions are available for network technician": one vacancy matches, and the
    // count asked is of the posts it offers.
    if (only && r.total === 1 && HOW_MANY.test(base.question))
      return listResult(base, "posts", items, 1, [
        `${detailsText(only, "posts")} Status: ${only.deadline.label}.`,
      ]);
    const lines = [
      `${plural(r.total, "post")} matching "${label}" ${r.total === 1 ? "is" : "are"} open or without a deadline as of ${today}, closing soonest first:`,
      ...items.map(listLine),
      andMore(r.total, items.length),
      HOW_MANY.test(base.question) ? positionsInAll(items, r.total) : null,
    ];
    return listResult(base, "overview", items, r.total, lines, []);
  }

  const open = index.openByDeadline(now, LIST_LIMIT);
  const undated = index.withoutDeadline(Math.max(3, LIST_LIMIT - open.vacancies.length));
  const openItems = open.vacancies.map((v) => itemOf(v, now));
  const undatedItems = undated.vacancies.map((v) => itemOf(v, now));
  const undatedBlock =
    undated.total > 0
      ? [
          `${plural(undated.total, "published post gives", "published posts give")} no deadline, so ${undated.total === 1 ? "it" : "they"} may still be open:`,
          ...undatedItems.map(listLine),
          andMore(undated.total, undatedItems.length),
        ]
      : [];
  if (open.total > 0) {
    const text = [
      `${plural(open.total, "post is", "posts are")} open as of ${today}, closing soonest first:`,
      ...openItems.map(listLine),
      open.total > openItems.length
        ? `... and ${open.total - openItems.length} more; name a skill, place or organisation to narrow the list.`
        : null,
      ...undatedBlock,
      positionsInAll([...openItems, ...undatedItems], open.total + undated.total),
      noticesInAll(base.question, index.size),
    ];
    const items = [...openItems, ...undatedItems];
    return listResult(
      base,
      "overview",
      items,
      open.total + undated.total,
      text,
      requirementSuggestions(openItems),
    );
  }
  const recent = index.recentlyClosed(now, 3).map((v) => itemOf(v, now));
  const text = [
    `No post is open for applications as of ${today}.`,
    ...undatedBlock,
    noticesInAll(base.question, index.size),
    recent.length > 0 ? "The most recently closed (no longer open):" : null,
    ...recent.map(listLine),
  ];
  // Closed posts are only mentioned, never listed as results: the list answers "what is open".
  return listResult(base, "overview", undatedItems, undated.total, text, requirementSuggestions(recent));
}

/** A question asking for a count. */
const HOW_MANY = /\bhow many\b|\bnumber of\b/i;

/**
 * "8 positions in all": when every listed vacancy is shown and some offer several positions, how
 * many positions they add up to (a longer list is not summed: that would read every vacancy).
 */
function positionsInAll(items: readonly AnswerItem[], total: number): string | null {
  if (items.length !== total) return null;
  const positions = items.reduce((n, i) => n + i.vacancy.posts, 0);
  return positions > total
    ? `In all, these ${plural(total, "vacancy", "vacancies")} offer ${plural(positions, "position")}.`
    : null;
}

/** "how many jobs are there in total", "all the vacancies altogether": a count of every notice, not only the open ones. */
const ASKS_ALL_NOTICES =
  /\b(in total|in all|altogether|all together|overall|total number|all (the )?(notices|vacancies|posts|jobs|positions) (are there|do you have|in the notices))\b/i;

/** The line counting every vacancy in the notices, open or not, when the question asks for all of them; null otherwise. */
function noticesInAll(question: string, size: number): string | null {
  // "how many positions in total are open" asks about the open ones only.
  return ASKS_ALL_NOTICES.test(question) && !/\b(open|available|still)\b/i.test(question)
    ? `The notices hold ${plural(size, "vacancy", "vacancies")} in all, open, closed or without a deadline.`
    : null;
}
