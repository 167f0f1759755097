// Questions asked across all the posts rather than about one ("which job pays the most", "do any
// need French", "is there an internship"): the posts such an answer weighs, and the Answer it
// returns. Shared by the modules that answer those questions.
import { foldText } from "../search/text.ts";
import type { VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { closesWithin, type DeadlineWindow } from "./closingWindow.ts";
import { dayText } from "./composeAnswer.ts";
import { calendarDay, DEFAULT_TIME_ZONE, deadlineStatus } from "./deadlineStatus.ts";
import { matchesBeyondProse } from "./evidence.ts";
import type { Answer, AnswerItem, Focus, Intent } from "./model.ts";
import { roleFilter } from "./roleNouns.ts";

export interface AcrossPostsContext {
  index: VacancyIndex;
  now: Date;
  /** "English-only roles closing in June": only open posts closing inside it are weighed. */
  window?: DeadlineWindow | null;
}

/** A post in an answer, with what its notice states of what was asked (shown under it in a list card). */
export function itemAt(vacancy: Vacancy, now: Date, quote?: string): AnswerItem {
  const item: AnswerItem = { vacancy, deadline: deadlineStatus(vacancy, now) };
  return quote ? { ...item, quote } : item;
}

/**
 * The posts a question across posts weighs: open or undated ones (soonest closing first), those
 * matching `subject` when it names something ("the best paid post in BICES"), and the subject
 * that narrowed them. A subject that only a stray word of some notice's prose matches ("which
 * vacancies *accept* English only") narrows nothing; one that matches no post leaves none.
 */
export function postsInScope(
  subject: string,
  context: AcrossPostsContext,
): { posts: Vacancy[]; subject: string } {
  const { window, now } = context;
  const scoped = subjectScope(subject, context);
  return window ? { ...scoped, posts: scoped.posts.filter((v) => closesWithin(v, now, window)) } : scoped;
}

/**
 * Posts a subject narrows to, at most ("the best paid post in BICES"): each is read back from the
 * store, and a subject common to thousands of notices (a title word of a large dataset) would
 * otherwise cost a second per question. The bounded scans of the list rules use the same size.
 */
const SUBJECT_SCOPE_LIMIT = 500;

function subjectScope(subject: string, context: AcrossPostsContext): { posts: Vacancy[]; subject: string } {
  const { index, now } = context;
  // Every one: the answer counts them ("only 1 of the 5 posts states a salary"), so none may be left out.
  const every = Math.max(1, index.size);
  const all = () => [
    ...index.openByDeadline(now, every).vacancies,
    ...index.withoutDeadline(every).vacancies,
  ];
  if (subject === "") return { posts: all(), subject };
  const r = index.query(subject, {
    openOrUndatedAt: now,
    orderBy: "deadline",
    limit: SUBJECT_SCOPE_LIMIT,
    filter: roleFilter(subject),
  });
  const named = r.hits.filter((h) => matchesBeyondProse(h.vacancy, r.terms));
  if (r.hits.length > 0 && named.length === 0) return { posts: all(), subject: "" };
  return { posts: named.map((h) => h.vacancy), subject };
}

/** A subject names a post when the post's title, acronyms and unit carry this share of it (as NAMES_POST in index.ts). */
const NAMES_A_POST = 0.5;

/**
 * The one post a subject names ("the NOSC chief notice"), or null when it names none or several
 * ("BICES", the unit of three posts).
 */
export function postNamedBy(
  subject: string,
  index: VacancyIndex,
  options: { evenIfShared?: boolean } = {},
): Vacancy | null {
  if (subject === "") return null;
  const [top, next] = index.query(subject, { limit: 2 }).hits;
  if (!top || top.titleCoverage < NAMES_A_POST) return null;
  if (options.evenIfShared) return top.vacancy;
  return next && next.titleCoverage >= NAMES_A_POST ? null : top.vacancy;
}

/** "what languages does the X need" asks about one post; "do the X posts need", "any X jobs" about several. */
export function asksAboutOnePost(question: string): boolean {
  const text = ` ${foldText(question)} `;
  return (
    / (does|is) the /.test(text) &&
    !/ (jobs|posts|roles|vacancies|positions|openings|any|all|every|each) /.test(text)
  );
}

/**
 * "the 5 posts open or without a deadline" / "the 3 posts matching "bices"" / "the 2 posts
 * closing in June 2024" (within a deadline window, whose `span` is given), for sentences.
 */
export function scopeText(count: number, subject: string, span?: string): string {
  const posts = count === 1 ? "post" : "posts";
  const matching = subject === "" ? "" : ` matching "${subject}"`;
  if (span) return `the ${count} ${posts}${matching} closing ${span}`;
  return subject === ""
    ? `the ${count} ${posts} open or without a deadline`
    : `the ${count} ${posts}${matching} that ${count === 1 ? "is" : "are"} open or without a deadline`;
}

/** Posts an answer across posts lists (and gives as items); the rest are counted. */
export const LISTED = 10;

/** One line per post, the first LISTED of them, then how many more. */
export function listedLines<T>(posts: readonly T[], line: (post: T) => string): string[] {
  const shown = posts.slice(0, LISTED).map(line);
  return posts.length > LISTED ? [...shown, `- ... and ${posts.length - LISTED} more`] : shown;
}

/** An answer across posts: `items` are what it is about, `text` says everything on its own. */
export function acrossPostsAnswer(
  question: string,
  context: AcrossPostsContext,
  shape: { intent: Intent; focus: Focus; items: AnswerItem[]; text: string; suggestions?: string[] },
): Answer {
  return {
    question,
    asOf: calendarDay(context.now, DEFAULT_TIME_ZONE),
    intent: shape.intent,
    focus: shape.focus,
    // The first LISTED are given (a card shows no more); the total is counted.
    items: shape.items.slice(0, LISTED),
    totalMatches: shape.items.length,
    text: shape.text,
    suggestions: shape.suggestions ?? [],
  };
}

/**
 * "English-only roles closing in 2030" when no post closes then: that no post is open in the
 * window (rather than that every post fails what was asked); null without a window.
 */
export function noPostInWindow(
  question: string,
  subject: string,
  context: AcrossPostsContext,
): Answer | null {
  if (!context.window) return null;
  const day = calendarDay(context.now, DEFAULT_TIME_ZONE);
  const matching = subject === "" ? "" : ` matching "${subject}"`;
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "deadline",
    items: [],
    text: `No post${matching} closing ${context.window.span} is open as of ${dayText(day)}.`,
  });
}
