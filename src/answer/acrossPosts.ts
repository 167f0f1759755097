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
 * `partial` is set when more posts were in scope than were read (see ACROSS_POSTS_SCAN).
 */
export function postsInScope(subject: string, context: AcrossPostsContext): PostsInScope {
  const { window, now } = context;
  const scoped = subjectScope(subject, context);
  return window ? { ...scoped, posts: scoped.posts.filter((v) => closesWithin(v, now, window)) } : scoped;
}

export interface PostsInScope {
  posts: Vacancy[];
  subject: string;
  /** Set when more posts were in scope than were read: the soonest-closing `read` of `of`. */
  partial?: PartialRead;
}

export interface PartialRead {
  read: number;
  of: number;
}

/**
 * Posts an answer across posts reads at most: each is read back from the store (decoded), so a
 * question naming nothing ("which posts need relocation") over 100,000 posts would cost seconds.
 * Past it, the soonest-closing posts are read and the answer says of how many (`scopeText`).
 * The filtered lists read as many (EXCLUDING_SCAN).
 */
export const ACROSS_POSTS_SCAN = 500;

/** Open posts soonest closing first, then undated ones: every one up to ACROSS_POSTS_SCAN. */
export function openPostsToRead(index: VacancyIndex, now: Date): PostsInScope & { subject: "" } {
  const open = index.openByDeadline(now, ACROSS_POSTS_SCAN);
  const undated = index.withoutDeadline(Math.max(0, ACROSS_POSTS_SCAN - open.vacancies.length));
  const posts = [...open.vacancies, ...undated.vacancies];
  const total = open.total + undated.total;
  return total > posts.length
    ? { posts, subject: "", partial: { read: posts.length, of: total } }
    : { posts, subject: "" };
}

/**
 * Every notice, open or not, for the questions about what notices state ("does any notice give a
 * phone number"); past ACROSS_POSTS_SCAN, the open posts closing soonest, with `partial` saying so.
 */
export function noticesToRead(index: VacancyIndex, now: Date): PostsInScope & { subject: "" } {
  if (index.size <= ACROSS_POSTS_SCAN) return { posts: index.all(), subject: "" };
  const { posts } = openPostsToRead(index, now);
  return { posts, subject: "", partial: { read: posts.length, of: index.size } };
}

/** The line an answer that read only part of the notices ends with; null when it read them all. */
export function partialReadNote(partial: PartialRead | undefined): string | null {
  if (!partial) return null;
  return `(I read the ${partial.read} posts closing soonest of ${partial.of}; name a kind of post or a unit to look further.)`;
}

function subjectScope(subject: string, context: AcrossPostsContext): PostsInScope {
  const { index, now } = context;
  if (subject === "") return openPostsToRead(index, now);
  const r = index.query(subject, {
    openOrUndatedAt: now,
    orderBy: "deadline",
    limit: ACROSS_POSTS_SCAN,
    filter: roleFilter(subject),
  });
  const named = r.hits.filter((h) => matchesBeyondProse(h.vacancy, r.terms));
  if (r.hits.length > 0 && named.length === 0) return openPostsToRead(index, now);
  const posts = named.map((h) => h.vacancy);
  return named.length === r.hits.length && r.total > posts.length
    ? { posts, subject, partial: { read: posts.length, of: r.total } }
    : { posts, subject };
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

/** Words that ask about several posts ("which jobs", "any", "each"). */
const SEVERAL =
  / (?:jobs|posts|roles|positions|vacancies|openings|notices|listings|ones|any|all|every|each|anything|anyone) /;

/**
 * Whether a question compared across posts ("need more than 5 years", "13 direct reports") is
 * about one post its other words name ("would 4 years be enough for the NOSC chief"), which the
 * one-post answers give; a question asking about several posts ("BICES jobs with ...") is not.
 */
export function asksOfNamedPost(rest: string, folded: string, index: VacancyIndex): boolean {
  return !asksAboutSeveral(folded) && postNamedBy(rest, index, { evenIfShared: true }) !== null;
}

/** Whether a folded question asks about several posts ("these vacancies", "any", "each"). */
export function asksAboutSeveral(folded: string): boolean {
  return SEVERAL.test(folded);
}

/**
 * Whether what else a question names ("runs the BICES operations centre") is nothing or finds
 * posts: words that find none are better read by the ordinary answer than as a scope of none.
 */
export function restFindsPosts(rest: string, context: AcrossPostsContext): boolean {
  return rest === "" || postsInScope(rest, { ...context, window: null }).posts.length > 0;
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
export function scopeText(count: number, subject: string, span?: string, partial?: PartialRead): string {
  const posts = count === 1 ? "post" : "posts";
  const matching = subject === "" ? "" : ` matching "${subject}"`;
  // Only the soonest closing were read: say so, and how many there are.
  const read = partial
    ? ` of the ${partial.read} closing soonest (${partial.of} are open or without a deadline)`
    : "";
  if (span) return `the ${count} ${posts}${matching} closing ${span}${read}`;
  if (partial && count === partial.read)
    return `the ${count} ${posts}${matching} closing soonest (${partial.of} are open or without a deadline)`;
  return subject === ""
    ? `the ${count} ${posts} open or without a deadline${read}`
    : `the ${count} ${posts}${matching} that ${count === 1 ? "is" : "are"} open or without a deadline${read}`;
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
