// Lists by deadline window: posts closing within a range, N days or a month, and posts that closed.

import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import {
  monthEndOf,
  quarterEdge,
  type RangeBound,
  type ResolvedBound,
  rangeDays,
  resolveRangeDay,
  weekdayDay,
} from "./closingRange.ts";
import { type DeadlineWindow, monthWindow } from "./closingWindow.ts";
import { dayText, listLine } from "./composeAnswer.ts";
import { calendarDay, DEFAULT_TIME_ZONE, MONTH_NAMES } from "./deadlineStatus.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { noMatchAnswer } from "./helpAnswer.ts";
import { andMore, LIST_LIMIT, listResult, plural } from "./listResult.ts";
import type { Answer } from "./model.ts";
import { NAMES_POST, namedPostResult, queryNamingPost } from "./namedPost.ts";
import { EXCLUDING_SCAN } from "./openCandidates.ts";
import { roleFilter } from "./roleNouns.ts";

/**
 * The deadline window a list question names (a range, "within N days", a month), as days from
 * today; a sentence saying why when a range's bound cannot be resolved; null when it names none.
 */
export function deadlineWindowOf(
  base: AnswerBase,
  detected: DetectedIntent,
  context: AnswerContext,
): DeadlineWindow | string | null {
  if (detected.closingRange !== undefined) {
    const range = detected.closingRange;
    const to = resolveBound(range.to, "to", null, context);
    if (typeof to === "string") return to;
    const from = resolveBound(range.from, "from", to?.day ?? null, context);
    if (typeof from === "string") return from;
    return rangeDays(base.asOf, from, to, dayText);
  }
  if (detected.closingWithinDays !== undefined) {
    const days = detected.closingWithinDays;
    const span = days === 0 ? "today" : days === 1 ? "by tomorrow" : `within ${days} days`;
    return { fromDays: 0, toDays: days, span };
  }
  if (detected.closingInMonth !== undefined) {
    const named = detected.closingInMonth;
    const { fromDays, toDays, year } = monthWindow(base.asOf, named);
    const month = `${MONTH_NAMES[named.month - 1]} ${year}`;
    const span = named.through ? `by the end of ${month}` : `in ${month}`;
    return { fromDays, toDays, span };
  }
  return null;
}

/** One end of a deadline range as a calendar day, or why it has none (a sentence for the answer). */
function resolveBound(
  bound: RangeBound | null,
  role: "from" | "to",
  upper: string | null,
  context: AnswerContext,
): ResolvedBound | null | string {
  if (bound === null) return null;
  const today = calendarDay(context.now, DEFAULT_TIME_ZONE);
  if (bound.kind === "monthEnd") return { day: monthEndOf(today), inclusive: true };
  if (bound.kind === "quarter") return { day: quarterEdge(today, bound.offset, bound.edge), inclusive: true };
  if (bound.kind === "weekday") {
    const day = weekdayDay(bound, today);
    // "this weekend" asked on a Sunday: the span is under way, so it starts today.
    const started = role === "from" && upper !== null && day > upper;
    return { day: started ? today : day, inclusive: bound.inclusive };
  }
  if (bound.kind === "day") {
    const day = resolveRangeDay(bound.day, today, role, upper);
    return day === null
      ? "That date does not exist; name a day such as 20 June."
      : { day, inclusive: bound.inclusive };
  }
  const { index } = context;
  const post = namedPostResult(index, bound.words, queryNamingPost(index, bound.words)).hits[0];
  if (!post || post.titleCoverage < NAMES_POST)
    return `I could not tell which date or post "${bound.words}" means. Name a day ("after 1 July") or a post ("after the Network Technician").`;
  const deadline = post.vacancy.deadline;
  if (deadline === null)
    return `${post.vacancy.title} gives no deadline, so no post can be said to close ${role === "from" ? "after" : "before"} it.`;
  return {
    day: deadline,
    inclusive: false,
    label: `the ${post.vacancy.title} deadline of ${dayText(deadline)}`,
  };
}

/** Candidates scanned for a closing-window list; deadlines come sorted, so the scan stops early. */
const WINDOW_SCAN = 500;

/** Open posts (optionally matching a subject) whose deadline falls within a window of days from today. */
export function closingWithinAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  window: DeadlineWindow,
  context: AnswerContext,
): Answer {
  const { index, now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = subject
    ? index
        .query(subject, {
          openOrUndatedAt: now,
          orderBy: "deadline",
          limit: WINDOW_SCAN,
          filter: roleFilter(subject),
        })
        .hits.map((h) => h.vacancy)
    : index.openByDeadline(now, WINDOW_SCAN).vacancies;
  if (
    subject &&
    candidates.length === 0 &&
    index.query(subject, { limit: 1, filter: roleFilter(subject) }).total === 0
  ) {
    return noMatchAnswer(base, "list", "deadline", subject, context);
  }
  const open = candidates.map((v) => itemOf(v, now)).filter((i) => i.deadline.status === "open");
  const within = open.filter((i) => {
    const left = i.deadline.daysLeft ?? Number.POSITIVE_INFINITY;
    return left >= window.fromDays && left <= window.toDays;
  });
  const items = within.slice(0, LIST_LIMIT);
  const span = window.span;
  const matching = subject ? ` matching "${subject}"` : "";
  const next = open.find((i) => (i.deadline.daysLeft ?? 0) > window.toDays);
  const text =
    within.length > 0
      ? [
          `${plural(within.length, "open post")}${matching} ${within.length === 1 ? "closes" : "close"} ${span} (as of ${today}), soonest first:`,
          ...items.map(listLine),
          andMore(within.length, items.length),
        ]
      : [
          `No open post${matching} closes ${span} (as of ${today}).`,
          next
            ? `The next to close:\n${listLine(next)}`
            : open.length > 0
              ? null
              : "No post is open for applications.",
        ];
  return listResult(base, "deadline", items, within.length, text);
}

/** Posts that closed, most recently first, within `withinDays` days back (any time when null), optionally matching a subject. */
export function closedAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  withinDays: number | null,
  context: AnswerContext,
): Answer {
  const { index, now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const matching = subject ? ` matching "${subject}"` : "";
  const wanted = subject
    ? new Set(
        index
          .query(subject, { limit: EXCLUDING_SCAN, filter: roleFilter(subject) })
          .hits.map((h) => h.vacancy.id),
      )
    : null;
  const closed = index
    .recentlyClosed(now, EXCLUDING_SCAN)
    .filter((v) => wanted === null || wanted.has(v.id))
    .map((v) => itemOf(v, now));
  const within = closed.filter((i) => withinDays === null || -(i.deadline.daysLeft ?? 0) <= withinDays);
  const items = within.slice(0, LIST_LIMIT);
  const span = withinDays === null ? "" : ` in the last ${plural(withinDays, "day")}`;
  const text =
    within.length > 0
      ? [
          `${plural(within.length, "post")}${matching} closed${span} (as of ${today}), most recently closed first:`,
          ...items.map(listLine),
          andMore(within.length, items.length),
        ]
      : [
          `No post${matching} closed${span} (as of ${today}).`,
          closed[0] ? `The most recently closed:\n${listLine(closed[0])}` : null,
        ];
  return listResult(base, "deadline", items, within.length, text);
}
