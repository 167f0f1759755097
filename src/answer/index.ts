// Question -> Answer: clean the question, detect its intent, search, apply the deadline logic at
// `now`, and compose a complete plain answer. Pure: same question, data and now give the same answer.

import { parseNowOption } from "../clock.ts";
import { terms } from "../search/text.ts";
import type { QueryTerm, SearchHit, SearchResult, VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import { type AbsentField, absentFieldOf } from "./absentField.ts";
import { answerAcrossPosts } from "./acrossPostsQuestions.ts";
import { type ApplicationAsk, aboutOwnStanding, applicationAsk } from "./applicationAsk.ts";
import {
  namesPostBesidesSkills,
  namingBalance,
  noticeLines,
  type SkillLine,
  skillLines,
  skillTerms,
} from "./askedSkills.ts";
import { cleanQuestion } from "./cleanQuestion.ts";
import {
  monthEndOf,
  quarterEdge,
  type RangeBound,
  type ResolvedBound,
  rangeDays,
  resolveRangeDay,
} from "./closingRange.ts";
import { closesWithin, type DeadlineWindow, monthWindow } from "./closingWindow.ts";
import {
  dayText,
  deadlineSentence,
  detailsText,
  listLine,
  overviewText,
  postName,
  requirementsText,
  statusSentence,
} from "./composeAnswer.ts";
import { conditionList, conditionPostText } from "./conditionText.ts";
import { contactListText, contactNoPostText, contactPostText } from "./contactAsked.ts";
import { calendarDay, DEFAULT_TIME_ZONE, deadlineStatus, MONTH_NAMES } from "./deadlineStatus.ts";
import { type DetectedIntent, detectIntent } from "./detectIntent.ts";
import { eligibilityLines } from "./eligibility.ts";
import {
  matchesBeyondProse,
  namesExactly,
  namesOnlyPlace,
  placeTermsOf,
  specificMatchCount,
} from "./evidence.ts";
import { resolveDay } from "./listDay.ts";
import type { Answer, AnswerItem, Focus, Intent } from "./model.ts";
import { fieldOf, namedRoles, ROLE_SUBJECT_WORDS, roleFilter } from "./roleNouns.ts";
import { type Currency, currencyOf } from "./salaryCurrency.ts";
import { highestAmount } from "./salaryFloor.ts";
import { isThanks, THANKS_REPLY } from "./thanks.ts";

export interface AnswerContext {
  index: VacancyIndex;
  now: Date;
}

/** Posts shown in a list answer; the total is always stated. */
export const LIST_LIMIT = 10;
/** Close runner-ups (score within this of the best) are mentioned with a one-post answer. */
export const CLOSE_ALTERNATIVE = 0.06;
/** A query "names" a post when its title, acronyms and unit carry at least this share of it. */
export const NAMES_POST = 0.5;

/** Search answers quote the requirement that matched for this many posts. */
const QUOTED_MATCHES = 5;

type Base = Pick<Answer, "question" | "asOf">;

/** Answers a free-text question. Pure: same question, data and now give the same answer. */
export function answerQuestion(question: string, context: AnswerContext): Answer {
  const cleaned = cleanQuestion(question);
  const base: Base = { question: cleaned, asOf: calendarDay(context.now, DEFAULT_TIME_ZONE) };
  if (isThanks(cleaned)) {
    return {
      ...base,
      intent: "help",
      focus: "overview",
      items: [],
      totalMatches: 0,
      text: THANKS_REPLY,
      suggestions: [],
    };
  }
  const detected = detectIntent(cleaned);
  const asked = applicationAsk(cleaned, detected);
  if (asked) return applicationAskAnswer(base, asked, detected, context);
  // "English-only roles closing in June": the window narrows the posts weighed across.
  const window = detected.intent === "list" ? deadlineWindowOf(base, detected, context) : null;
  if (typeof window !== "string") {
    const acrossPosts = answerAcrossPosts(cleaned, detected, { ...context, window });
    if (acrossPosts) return acrossPosts;
  }
  switch (detected.intent) {
    case "help":
      return helpAnswer(base, context, "help");
    case "list": {
      // "anything still open on 25 June 2024": the list as it stands on that day.
      const day = detected.onDay ? resolveDay(detected.onDay, base.asOf) : null;
      if (day === null) return listAnswer(base, detected, context);
      return listAnswer({ ...base, asOf: day }, detected, { ...context, now: parseNowOption(day) });
    }
    case "search":
      // "which vacancies can I apply to now" names no skill: it asks what is open.
      if (!detected.subject) return listAnswer(base, detected, context);
      return searchAnswer(base, detected.subject, detected.focus, context);
    case "unknown":
      return unknownAnswer(base, detected, context);
    default:
      return onePostAnswer(base, detected, context);
  }
}

/** The answer for one known vacancy with a given focus (card buttons, previews). Null if the id is unknown. */
export function answerAboutVacancy(id: string, focus: Focus, context: AnswerContext): Answer | null {
  const vacancy = context.index.get(id);
  if (!vacancy) return null;
  const item = itemOf(vacancy, context.now);
  const intent = intentOfFocus(focus);
  return {
    intent,
    focus,
    question: "",
    asOf: calendarDay(context.now, DEFAULT_TIME_ZONE),
    items: [item],
    totalMatches: 1,
    text: onePostText(intent, focus, item),
    suggestions: followUps(vacancy),
  };
}

function itemOf(vacancy: Vacancy, now: Date): AnswerItem {
  return { vacancy, deadline: deadlineStatus(vacancy, now) };
}

function intentOfFocus(focus: Focus): Intent {
  switch (focus) {
    case "deadline":
      return "deadline";
    case "status":
      return "status";
    case "requirements":
    case "languages":
    case "education":
    case "experience":
    case "competencies":
      return "requirements";
    default:
      return "details";
  }
}

function onePostText(intent: Intent, focus: Focus, item: AnswerItem): string {
  switch (intent) {
    case "deadline":
      return deadlineSentence(item);
    case "status":
      return statusSentence(item);
    case "requirements":
      return requirementsText(item, focus);
    default:
      return detailsText(item, focus);
  }
}

/** Questions a user could ask next about one post. */
function followUps(vacancy: Vacancy): string[] {
  const t = vacancy.title;
  return [`When does ${t} close?`, `Requirements for ${t}`, `Salary and contract for ${t}`];
}

/** Example questions using a real title (the soonest-closing open post, else the last closed one). */
function examples(context: AnswerContext): string[] {
  const sample =
    context.index.openByDeadline(context.now, 1).vacancies[0] ??
    context.index.recentlyClosed(context.now, 1)[0];
  const title = sample?.title ?? "Network Technician";
  return [
    "What's open?",
    `When does the ${title} post close?`,
    `What are the requirements for ${title}?`,
    "Which jobs need Cisco experience?",
    `Is ${title} still open?`,
  ];
}

function helpAnswer(base: Base, context: AnswerContext, intent: Intent, lead?: string): Answer {
  const suggestions = examples(context);
  const text = [
    lead ??
      "I answer questions about the vacancy notices: which posts are open, deadlines, requirements (languages, education, experience), salary, contract, number of posts, reporting lines and what to attach to an application.",
    "Ask in your own words, for example:",
    ...suggestions.map((s) => `- ${s}`),
  ].join("\n");
  return { ...base, intent, focus: "overview", items: [], totalMatches: 0, text, suggestions };
}

function noMatchAnswer(
  base: Base,
  intent: Intent,
  focus: Focus,
  subject: string,
  context: AnswerContext,
): Answer {
  const what = (subject || base.question).slice(0, 120);
  // "which jobs need a driving licence": a skill search that matches nothing is a fact about the notices.
  const found =
    intent === "search" && subject
      ? `No vacancy notice asks for or mentions "${what}".`
      : `I could not find a vacancy matching "${what}".`;
  const lead = `${found} I can only answer about the posts in the vacancy notices: what is open, deadlines, requirements, salary, contract and how to apply.`;
  const related = relatedByField(subject, context);
  const answer = helpAnswer(base, context, intent, related ? `${related}\n${lead}` : lead);
  return { ...answer, focus };
}

/**
 * "network engineer" when no post is for an engineer: the open posts of the same field (without
 * the occupation word), named as such so nobody reads them as an engineer post. Null when the
 * subject names no occupation or its field matches nothing.
 */
function relatedByField(subject: string, context: AnswerContext): string | null {
  const roles = namedRoles(subject);
  const field = roles.length > 0 ? fieldOf(subject) : "";
  if (!field) return null;
  const r = context.index.query(field, { limit: 3, openOrUndatedAt: context.now });
  if (r.hits.length === 0) return null;
  return [
    `No ${roles.join(" or ")} post is advertised. Open posts in the same field (${field}):`,
    ...r.hits.map((h) => listLine(itemOf(h.vacancy, context.now))),
  ].join("\n");
}

/** A list's context: the deadline window its candidates must close in, when the question names one. */
interface ListContext extends AnswerContext {
  window?: DeadlineWindow | null;
}

/** The answer of a list that filters or orders the open posts by something besides their deadline; null when none does. */
function filteredList(base: Base, detected: DetectedIntent, context: ListContext): Answer | null {
  if (detected.excluding !== undefined) return excludingAnswer(base, detected, detected.excluding, context);
  if (detected.jobType !== undefined) return jobTypeAnswer(base, detected, detected.jobType, context);
  if (detected.byPostCount !== undefined)
    return postCountAnswer(base, detected, detected.byPostCount, context);
  if (detected.latestClosingFirst) return latestClosingAnswer(base, detected, context);
  if (detected.soonestClosingFirst) return soonestClosingAnswer(base, detected, context);
  if (detected.salaryFloor !== undefined)
    return salaryFloorAnswer(base, detected, detected.salaryFloor, context);
  if (detected.salaryCurrency !== undefined)
    return salaryCurrencyAnswer(base, detected, detected.salaryCurrency, context);
  if (detected.needsClearance) return clearanceAnswer(base, detected, context);
  return null;
}

/**
 * The deadline window a list question names (a range, "within N days", a month), as days from
 * today; a sentence saying why when a range's bound cannot be resolved; null when it names none.
 */
function deadlineWindowOf(
  base: Base,
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

/** " matching "cyber" closing in June 2024": what narrows a filtered list, for its lead sentence. */
function scopeWords(subject: string, context: ListContext): string {
  return `${subject ? ` matching "${subject}"` : ""}${context.window ? ` closing ${context.window.span}` : ""}`;
}

/** Open posts first (earliest closing first), then posts without a deadline; "nothing open" says so. */
function listAnswer(base: Base, detected: DetectedIntent, context: AnswerContext): Answer {
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
      const text = [
        `No open post matches "${label}" as of ${today}.`,
        `Closed posts that match:`,
        ...closed.hits.map((h) => listLine(itemOf(h.vacancy, now))),
      ].join("\n");
      return {
        ...base,
        intent: "list",
        focus: "overview",
        items: [],
        totalMatches: 0,
        text,
        suggestions: [],
      };
    }
    const text = [
      `${plural(r.total, "post")} matching "${label}" ${r.total === 1 ? "is" : "are"} open or without a deadline as of ${today}, closing soonest first:`,
      ...items.map(listLine),
      andMore(r.total, items.length),
    ]
      .filter(Boolean)
      .join("\n");
    return {
      ...base,
      intent: "list",
      focus: "overview",
      items,
      totalMatches: r.total,
      text,
      suggestions: [],
    };
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
    ]
      .filter(Boolean)
      .join("\n");
    return {
      ...base,
      intent: "list",
      focus: "overview",
      items: [...openItems, ...undatedItems],
      totalMatches: open.total + undated.total,
      text,
      suggestions: openItems.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`),
    };
  }
  const recent = index.recentlyClosed(now, 3).map((v) => itemOf(v, now));
  const text = [
    `No post is open for applications as of ${today}.`,
    ...undatedBlock,
    recent.length > 0 ? "The most recently closed (no longer open):" : null,
    ...recent.map(listLine),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    ...base,
    intent: "list",
    focus: "overview",
    // Closed posts are only mentioned, never listed as results: the list answers "what is open".
    items: undatedItems,
    totalMatches: undated.total,
    text,
    suggestions: recent.map((i) => `Requirements for ${i.vacancy.title}`),
  };
}

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

/**
 * Open (or undated) posts matching any of the subjects ("cyber or security jobs": either word),
 * soonest closing first, at most LIST_LIMIT of them, with how many matched in all.
 */
function openMatchingAny(index: VacancyIndex, subjects: readonly string[], now: Date): SearchResult {
  // One subject: its first LIST_LIMIT and its exact total. Several: enough of each to count the union.
  const limit = subjects.length === 1 ? LIST_LIMIT : EXCLUDING_SCAN;
  const results = subjects.map((s) =>
    index.query(s, { openOrUndatedAt: now, orderBy: "deadline", limit, filter: roleFilter(s) }),
  );
  if (results.length === 1) return results[0] as SearchResult;
  const byId = new Map<string, SearchHit>();
  for (const r of results) for (const h of r.hits) if (!byId.has(h.vacancy.id)) byId.set(h.vacancy.id, h);
  const closing = (h: SearchHit) => index.closesAt(h.vacancy) ?? Number.POSITIVE_INFINITY;
  const hits = [...byId.values()].sort((a, b) => closing(a) - closing(b));
  return { hits: hits.slice(0, LIST_LIMIT), total: hits.length, terms: results.flatMap((r) => r.terms) };
}

/** A post listed for its pay, its stated salary quoted under it in list cards. */
function salaryItem(vacancy: Vacancy, now: Date): AnswerItem {
  const item = itemOf(vacancy, now);
  return vacancy.salary ? { ...item, quote: vacancy.salary } : item;
}

/** Open (or undated) posts, optionally matching a subject, whose stated pay reaches `floor`; those stating none are counted. */
function salaryFloorAnswer(
  base: Base,
  detected: DetectedIntent,
  floor: number,
  context: ListContext,
): Answer {
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const currency = detected.salaryCurrency;
  const kept = candidates
    .filter((v) => (highestAmount(v.salary) ?? Number.NEGATIVE_INFINITY) >= floor)
    .filter((v) => currency === undefined || currencyOf(v.salary)?.code === currency.code)
    .map((v) => salaryItem(v, context.now));
  const unstated = candidates.filter((v) => highestAmount(v.salary) === null).length;
  const items = kept.slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const amount = `${floor.toLocaleString("en-GB")}${currency ? ` ${currency.name}` : ""}`;
  const line = (i: AnswerItem) => `${listLine(i)}; salary: ${i.vacancy.salary}`;
  const note =
    unstated > 0
      ? `${plural(unstated, `${kept.length > 0 ? "other " : ""}open post does`, `${kept.length > 0 ? "other " : ""}open posts do`)} not state ${unstated === 1 ? "its" : "their"} salary.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "states" : "state"} pay reaching ${amount} (amounts as written, not converted):`,
          ...items.map(line),
          andMore(kept.length, items.length),
          note,
        ]
      : [`No post${matching} open as of ${today} states pay reaching ${amount}.`, note];
  return listResult(base, "salary", items, kept.length, text);
}

/** Open (or undated) posts whose notice states a security clearance condition, with that sentence. */
function clearanceAnswer(base: Base, detected: DetectedIntent, context: ListContext): Answer {
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const clearance = (v: Vacancy) => eligibilityLines(v).find((l) => CLEARANCE_LINE.test(l));
  const kept = candidates.flatMap((v) => {
    const quote = clearance(v);
    return quote === undefined ? [] : [{ ...itemOf(v, context.now), quote }];
  });
  const items = kept.slice(0, LIST_LIMIT);
  const others = candidates.length - kept.length;
  const matching = scopeWords(subject, context);
  const line = (i: AnswerItem) => `${listLine(i)}\n  "${i.quote}"`;
  const note =
    others > 0
      ? `${plural(others, "other open post does", "other open posts do")} not mention a security clearance.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "states" : "state"} a security clearance condition:`,
          ...items.map(line),
          andMore(kept.length, items.length),
          note,
        ]
      : [`No post${matching} open as of ${today} mentions a security clearance.`, note];
  return listResult(base, "eligibility", items, kept.length, text);
}

/** A notice sentence about a security clearance (not nationality or medical conditions). */
const CLEARANCE_LINE = /\b(clearance|vetting)\b/i;

/** Open (or undated) posts, optionally matching a subject, whose stated pay is in `currency`; the others are counted. */
function salaryCurrencyAnswer(
  base: Base,
  detected: DetectedIntent,
  currency: Currency,
  context: ListContext,
): Answer {
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const kept = candidates.filter((v) => currencyOf(v.salary)?.code === currency.code);
  const others = candidates.filter((v) => v.salary !== null && !kept.includes(v));
  const unstated = candidates.filter((v) => v.salary === null).length;
  const items = kept.slice(0, LIST_LIMIT).map((v) => salaryItem(v, context.now));
  const matching = scopeWords(subject, context);
  const line = (i: AnswerItem) => `${listLine(i)}; salary: ${i.vacancy.salary}`;
  const otherNote =
    others.length > 0
      ? `${plural(others.length, "other open post states", "other open posts state")} pay in another currency or none named: ${others
          .slice(0, 3)
          .map((v) => `${v.title} (${v.salary})`)
          .join("; ")}.`
      : null;
  const unstatedNote =
    unstated > 0
      ? `${plural(unstated, "open post does", "open posts do")} not state ${unstated === 1 ? "its" : "their"} salary.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "states" : "state"} pay in ${currency.name}:`,
          ...items.map(line),
          andMore(kept.length, items.length),
          otherNote,
          unstatedNote,
        ]
      : [`No post${matching} open as of ${today} states pay in ${currency.name}.`, otherNote, unstatedNote];
  return listResult(base, "salary", items, kept.length, text);
}

/**
 * Open posts (optionally matching a subject), latest closing first. With a subject only the
 * EXCLUDING_SCAN soonest-closing matches are read, as for the other filtered lists.
 */
function latestClosingAnswer(base: Base, detected: DetectedIntent, context: ListContext): Answer {
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
function soonestClosingAnswer(base: Base, detected: DetectedIntent, context: ListContext): Answer {
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

/** Open (or undated) posts by number of posts: most first, or only those offering more than one. */
function postCountAnswer(
  base: Base,
  detected: DetectedIntent,
  order: "most" | "several",
  context: ListContext,
): Answer {
  const { now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  // "X or Y: which has more posts": the posts the parts name, each searched on its own.
  const candidates = detected.partSubjects
    ? [
        ...new Map(
          detected.partSubjects.flatMap((p) => openCandidates(p, context)).map((v) => [v.id, v]),
        ).values(),
      ]
    : openCandidates(subject, context);
  const chosen = (order === "several" ? candidates.filter((v) => v.posts > 1) : [...candidates])
    // Stable: equal counts stay soonest closing first.
    .sort((a, b) => b.posts - a.posts)
    .map((v) => itemOf(v, now));
  const items = chosen.slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const line = (i: AnswerItem) => `${listLine(i)} (${plural(i.vacancy.posts, "post")})`;
  const lead =
    order === "most"
      ? `Posts${matching} open or without a deadline as of ${today}, most posts first:`
      : `${plural(chosen.length, "vacancy", "vacancies")}${matching} open or without a deadline as of ${today} ${chosen.length === 1 ? "offers" : "offer"} more than one post:`;
  const text =
    chosen.length > 0
      ? [lead, ...items.map(line), andMore(chosen.length, items.length)]
      : [`No vacancy${matching} open as of ${today} offers more than one post.`];
  return listResult(base, "posts", items, chosen.length, text);
}

/** "Full-time", "FULL_TIME", "full time" -> "full-time"; null when the notice states none or another. */
function workingTime(jobType: string | null): "full-time" | "part-time" | null {
  const folded = (jobType ?? "").toLowerCase().replace(/[^a-z]+/g, " ");
  if (/\bpart time\b/.test(folded)) return "part-time";
  if (/\bfull time\b/.test(folded)) return "full-time";
  return null;
}

/** Open (or undated) posts, optionally matching a subject, whose notice states the working time asked for. */
function jobTypeAnswer(
  base: Base,
  detected: DetectedIntent,
  wanted: "full-time" | "part-time",
  context: ListContext,
): Answer {
  const { now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const kept = candidates.filter((v) => workingTime(v.jobType) === wanted).map((v) => itemOf(v, now));
  const unstated = candidates.filter((v) => workingTime(v.jobType) === null).length;
  const items = kept.slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const note =
    unstated > 0
      ? `${plural(unstated, `${kept.length > 0 ? "other " : ""}open post does`, `${kept.length > 0 ? "other " : ""}open posts do`)} not state ${unstated === 1 ? "its" : "their"} working time.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "is" : "are"} ${wanted}, closing soonest first:`,
          ...items.map(listLine),
          andMore(kept.length, items.length),
          note,
        ]
      : [`No post${matching} open as of ${today} is stated to be ${wanted}.`, note];
  return listResult(base, "overview", items, kept.length, text);
}

/** A list answer: its lines (empty ones dropped), the items shown and how many matched in all. */
function listResult(
  base: Base,
  focus: Focus,
  items: AnswerItem[],
  totalMatches: number,
  lines: readonly (string | null | undefined)[],
): Answer {
  const text = lines.filter(Boolean).join("\n");
  return {
    ...base,
    intent: "list",
    focus,
    items,
    totalMatches,
    text,
    suggestions: requirementSuggestions(items),
  };
}

/** Follow-ups offered under a list: the requirements of the first few posts. */
function requirementSuggestions(items: readonly AnswerItem[]): string[] {
  return items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`);
}

/**
 * Posts scanned for a list that filters or re-orders the open posts (by what they lack, their
 * working time or their number of posts): the soonest-closing ones, as for a closing window.
 */
const EXCLUDING_SCAN = 500;

/**
 * The posts such a list starts from: open or without a deadline, soonest closing first, matching
 * the subject (of the occupation it names) when there is one.
 */
function openCandidates(subject: string, context: ListContext): Vacancy[] {
  const { index, now, window } = context;
  const all = subject
    ? index
        .query(subject, {
          openOrUndatedAt: now,
          orderBy: "deadline",
          limit: EXCLUDING_SCAN,
          filter: roleFilter(subject),
        })
        .hits.map((h) => h.vacancy)
    : [
        ...index.openByDeadline(now, EXCLUDING_SCAN).vacancies,
        ...index.withoutDeadline(EXCLUDING_SCAN).vacancies,
      ];
  // Within a deadline window only open posts closing inside it count.
  return window ? all.filter((v) => closesWithin(v, now, window)) : all;
}

/** Open posts (and posts without a deadline), optionally matching a subject, that do not ask for `excluding`. */
function excludingAnswer(
  base: Base,
  detected: DetectedIntent,
  excluding: string,
  context: ListContext,
): Answer {
  const { index, now } = context;
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  if (detected.excludingPlace) return outsideAnswer(base, candidates, excluding, subject, context);
  const field = absentFieldOf(excluding);
  if (field) return absentFieldAnswer(base, candidates, field, subject, context);
  // Only the candidates are looked up: the cost stays with the list, not with every post that mentions it.
  const ids = new Set(candidates.map((v) => v.id));
  const excluded = new Set(
    index
      .query(excluding, { limit: candidates.length, filter: (v) => ids.has(v.id) })
      .hits.map((h) => h.vacancy.id),
  );
  const kept = candidates.filter((v) => !excluded.has(v.id)).map((v) => itemOf(v, now));
  const items = kept.slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} ${kept.length === 1 ? "is" : "are"} open or without a deadline as of ${today} and ${kept.length === 1 ? "does" : "do"} not mention "${excluding}", closing soonest first:`,
          ...items.map(listLine),
          andMore(kept.length, items.length),
        ]
      : candidates.length === 0
        ? [`No post${matching} is open as of ${today}.`]
        : [`Every post${matching} open as of ${today} mentions "${excluding}".`];
  return listResult(base, "overview", items, kept.length, text);
}

/** Of the candidate posts, those whose notice leaves the named field (deadline, salary, location) empty. */
function absentFieldAnswer(
  base: Base,
  candidates: readonly Vacancy[],
  field: AbsentField,
  subject: string,
  context: AnswerContext,
): Answer {
  const today = dayText(base.asOf);
  const kept = candidates.filter(field.absent).map((v) => itemOf(v, context.now));
  const items = kept.slice(0, LIST_LIMIT);
  const matching = subject ? ` matching "${subject}"` : "";
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "gives" : "give"} no ${field.name}:`,
          ...items.map(listLine),
          andMore(kept.length, items.length),
        ]
      : candidates.length === 0
        ? [`No post${matching} is open as of ${today}.`]
        : [`Every post${matching} open as of ${today} gives a ${field.name}.`];
  return listResult(base, "overview", items, kept.length, text);
}

/** Of the candidate posts, those whose stated location is not the place named; posts with no location are only counted. */
function outsideAnswer(
  base: Base,
  candidates: readonly Vacancy[],
  place: string,
  subject: string,
  context: AnswerContext,
): Answer {
  const today = dayText(base.asOf);
  const placeWords = terms(place);
  const located = candidates.filter((v) => v.location !== null);
  const kept = located
    .filter((v) => {
      const here = placeTermsOf(v);
      return !placeWords.every((t) => here.has(t));
    })
    .map((v) => itemOf(v, context.now));
  const unlocated = candidates.length - located.length;
  const items = kept.slice(0, LIST_LIMIT);
  const matching = subject ? ` matching "${subject}"` : "";
  const note =
    unlocated > 0
      ? `${plural(unlocated, "other post gives", "other posts give")} no location, so I cannot say where ${unlocated === 1 ? "it is" : "they are"}.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "is" : "are"} located outside "${place}", closing soonest first:`,
          ...items.map(listLine),
          andMore(kept.length, items.length),
          note,
        ]
      : [`No post${matching} open as of ${today} is located outside "${place}".`, note];
  return listResult(base, "location", items, kept.length, text);
}

/** Posts that closed, most recently first, within `withinDays` days back (any time when null), optionally matching a subject. */
function closedAnswer(
  base: Base,
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
function closingWithinAnswer(
  base: Base,
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

/** Does a (lower-case) line contain a word starting with `term`? (Stems are word starts: "certif", "network".) */
function mentions(line: string, term: string): boolean {
  for (let at = line.indexOf(term); at >= 0; at = line.indexOf(term, at + 1)) {
    const before = at === 0 ? 32 : line.charCodeAt(at - 1);
    if (!((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) return true;
  }
  return false;
}

/** The requirement line of a post that best matches the query words, to show why it matched. */
function matchingLine(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): string | null {
  const wanted = [...new Set(queryTerms.flatMap((t) => t.matched))];
  if (wanted.length === 0) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const line of [
    ...vacancy.essential,
    ...vacancy.desirable,
    ...vacancy.education,
    ...vacancy.experience,
  ]) {
    const lower = line.toLowerCase();
    let count = 0;
    for (const term of wanted) if (mentions(lower, term)) count++;
    if (count > bestCount) {
      best = line;
      bestCount = count;
    }
  }
  if (best === null) return null;
  return best.length > 160 ? `${best.slice(0, 157).replace(/\s+\S*$/, "")} ...` : best;
}

const STATUS_ORDER = { open: 0, unknown: 1, closed: 2 } as const;

/** Posts matching a skill or subject: open ones first, each with its status and the line that matched. */
function searchAnswer(base: Base, subject: string, focus: Focus, context: AnswerContext): Answer {
  if (!subject) {
    return helpAnswer(base, context, "search", "Which skill, subject or post should I look for?");
  }
  const r = context.index.query(subject, { limit: LIST_LIMIT, filter: roleFilter(subject) });
  if (r.hits.length === 0) {
    const skills = knownSkillWords(context.index, subject);
    if (skills !== null) return searchAnswer(base, skills, focus, context);
    return noMatchAnswer(base, "search", focus, subject, context);
  }
  const items = r.hits
    .map((h) => itemOf(h.vacancy, context.now))
    .map((item, rank) => ({ item, rank, exact: namesExactly(item.vacancy, subject) ? 0 : 1 }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.item.deadline.status] - STATUS_ORDER[b.item.deadline.status] ||
        a.exact - b.exact ||
        a.rank - b.rank,
    )
    .map(({ item }) => item);
  // Quoting the matching requirement is for the first few; the rest are listed by name.
  items.forEach((item, i) => {
    const line = i < QUOTED_MATCHES ? matchingLine(item.vacancy, r.terms) : null;
    if (line) item.quote = line;
  });
  const lines = items.map((item) => `${listLine(item)}${item.quote ? `\n  matches: "${item.quote}"` : ""}`);
  const text = [
    `${plural(r.total, "post matches", "posts match")} "${subject}" (open posts first):`,
    ...lines,
    andMore(r.total, items.length),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    ...base,
    intent: "search",
    focus,
    items,
    totalMatches: r.total,
    text,
    suggestions: requirementSuggestions(items),
  };
}

/** Known words a post must ask for (or be named by) before a long skills question is read as about them. */
const SKILL_EVIDENCE = 2;

/**
 * "I have been doing TSCM sweeps for six years in the army and know tempest, anything for me?":
 * the story's words are unknown to every notice and outweigh the skills. The known words alone,
 * when some post asks for at least two of them; null otherwise (one shared word is no evidence).
 */
function knownSkillWords(index: VacancyIndex, subject: string): string | null {
  const r = index.query(subject, { limit: 1 });
  const known = r.terms.filter((t) => t.matched.length > 0);
  if (known.length === 0 || known.length === r.terms.length) return null;
  if (known.length < SKILL_EVIDENCE) return definedAcronym(index, known[0] as QueryTerm);
  const retry = index.query(known.map((t) => t.term).join(" "), { limit: 3 });
  const evidenced = retry.hits.some((h) => specificMatchCount(h.vacancy, retry.terms) >= SKILL_EVIDENCE);
  return evidenced ? known.map((t) => t.term).join(" ") : null;
}

/**
 * "I did TSCM sweeps in the army": one known word is evidence enough when it is an acronym a notice
 * defines (a term of art, not a stray prose word); the word then, else null.
 */
function definedAcronym(index: VacancyIndex, term: QueryTerm): string | null {
  const r = index.query(term.term, { limit: 3 });
  const defined = r.hits.some((h) =>
    h.vacancy.acronyms.some((a) => terms(a.short).some((s) => term.matched.includes(s))),
  );
  return defined ? term.term : null;
}

/** Runner-ups that match about as well as the best hit and also name a post. */
function closeAlternatives(hits: readonly SearchHit[]): SearchHit[] {
  const top = hits[0];
  if (!top) return [];
  return hits
    .slice(1)
    .filter((h) => h.score - top.score <= CLOSE_ALTERNATIVE && h.titleCoverage >= NAMES_POST)
    .slice(0, 2);
}

/** Details short enough to give for every open post when a question names none ("salaries?"). */
const ONE_LINE_DETAILS: ReadonlySet<Focus> = new Set([
  "salary",
  "location",
  "contract",
  "posts",
  "reporting",
]);

/**
 * Searches for the post a one-post question names. When nothing matches and a minority of the
 * words are unknown to every notice ("contract *length* for the network technician"), it tries
 * again without them, but only accepts a result that names a post.
 */
function queryNamingPost(index: VacancyIndex, subject: string): SearchResult {
  const r = index.query(subject, { limit: 5 });
  if (r.hits.length > 0) return r;
  const unknown = r.terms.filter((t) => t.matched.length === 0);
  if (unknown.length === 0 || unknown.length * 3 > r.terms.length) return r;
  const known = r.terms.filter((t) => t.matched.length > 0).map((t) => t.term);
  const retry = index.query(known.join(" "), { limit: 5 });
  return (retry.hits[0]?.titleCoverage ?? 0) >= NAMES_POST ? retry : r;
}

/**
 * "the BICES operations centre lead job": a post whose prose holds every word can outrank the one
 * whose title names it; a one-post question is about the post it names, so that one comes first.
 */
function namingHitFirst(r: SearchResult): SearchResult {
  const top = r.hits[0];
  if (!top || top.titleCoverage >= NAMES_POST) return r;
  const named = r.hits.find((h) => h.titleCoverage >= NAMES_POST);
  if (!named) return r;
  return { ...r, hits: [named, ...r.hits.filter((h) => h !== named)] };
}

/** A long question names a post when it holds at least this share of the title's words... */
const TITLE_SHARE = 2 / 3;
/** ...and at least this many of them (one shared word, "security", names nothing). */
const TITLE_WORDS_NAMED = 2;

/** The share of a post's title words (as the index reads them) that the query's words include. */
function titleShare(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): { share: number; named: number } {
  const title = new Set(terms(vacancy.title));
  const asked = new Set(queryTerms.flatMap((t) => t.matched));
  let named = 0;
  for (const t of title) if (asked.has(t)) named++;
  return { share: title.size === 0 ? 0 : named / title.size, named };
}

/**
 * "Hello, I work at ... I saw a post managing the operations centre for BICES and ...": the story
 * around a post's name outweighs it, so no post is named by coverage. The one post most of whose
 * title the question holds (and no other as much) is the one it names; null when there is none.
 */
function postTitledInQuestion(index: VacancyIndex, subject: string): SearchResult | null {
  const loose = index.query(subject, { limit: 5, minCoverage: 0 });
  const scored = loose.hits
    .map((h) => ({ h, ...titleShare(h.vacancy, loose.terms) }))
    .filter((s) => s.share >= TITLE_SHARE && s.named >= TITLE_WORDS_NAMED)
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best || (scored[1] && scored[1].share === best.share)) return null;
  return { hits: [{ ...best.h, titleCoverage: 1 }], total: 1, terms: loose.terms };
}

/** The post a one-post question names: by the search, its title's words, or the bulk of its title in a long question. */
function namedPostResult(index: VacancyIndex, subject: string, searched: SearchResult): SearchResult {
  const r = namingHitFirst(searched);
  if ((r.hits[0]?.titleCoverage ?? 0) >= NAMES_POST) return r;
  return postTitledInQuestion(index, subject) ?? r;
}

/** Deadline, status, requirements or a detail of one post (plus close runner-ups, named as such). */
function onePostAnswer(base: Base, detected: DetectedIntent, context: AnswerContext): Answer {
  const { intent, focus, subject } = detected;
  const { index, now } = context;
  // "how many positions in all are open": a count naming no post is the count of the open list.
  if (!subject && focus === "posts") return listAnswer(base, { ...detected, intent: "list" }, context);
  if (!subject && aboutOwnStanding(base.question, focus)) {
    return helpAnswer(
      base,
      context,
      "unknown",
      "That is not about a vacancy notice, so I cannot help with it.",
    );
  }
  if (!subject) {
    const open = index.openByDeadline(now, 5).vacancies.map((v) => itemOf(v, now));
    const text = [
      "Which post do you mean? Name it (a few words of the title are enough).",
      open.length > 0 ? "Open posts:" : "No post is open right now.",
      ...(intent === "deadline" || intent === "status"
        ? open.map((i) => `- ${deadlineSentence(i)}`)
        : intent === "details" && ONE_LINE_DETAILS.has(focus)
          ? open.map((i) => `- ${detailsText(i, focus)}`)
          : open.map(listLine)),
    ].join("\n");
    return {
      ...base,
      intent,
      focus,
      items: open,
      totalMatches: open.length,
      text,
      suggestions: examples(context),
    };
  }
  const searched = queryNamingPost(index, subject);
  const compared = comparedPosts(index, detected, searched);
  if (compared.length > 1) return comparisonAnswer(base, detected, compared, context);
  // "how many vacancies does BICES have": a place or organisation several posts share names no one
  // post, so the answer lists them all (the list states how many).
  if (searched.hits.filter((h) => namesOnlyPlace(h.vacancy, searched.terms)).length > 1)
    return listAnswer(base, { ...detected, intent: "list", focus: "overview" }, context);
  const r = namedPostResult(index, subject, searched);
  const top = r.hits[0];
  if (!top) {
    const skills = intent === "requirements" ? knownSkillWords(index, subject) : null;
    if (skills !== null) return searchAnswer(base, skills, focus, context);
    return noMatchAnswer(base, intent, focus, subject, context);
  }
  // "requirements: PKI and MPLS experience" names skills, not a post: list the posts that ask for them.
  // ...unless, besides the skills, it names a post: then the answer is about that post and quotes them.
  const namedWithSkills = intent === "requirements" && namesPostBesidesSkills(top.vacancy, r.terms);
  // A pasted passage ("The NATO Office of Resources provides ... what are the requirements for that
  // job?") that only one post's notice matches is quoted from that post: the question is about it.
  const passageOf = r.total === 1 && terms(subject).length > ROLE_SUBJECT_WORDS;
  if (top.titleCoverage < NAMES_POST && !namedWithSkills && !passageOf)
    return searchAnswer(base, subject, focus, context);
  // "who is the security officer on duty tonight": one word of a title among others naming nothing
  // of the post is no question about it.
  const balance = namingBalance(top.vacancy, r.terms);
  if (focus === "overview" && balance.naming < balance.other && balance.naming < 2)
    return noMatchAnswer(base, intent, focus, subject, context);
  const main = itemOf(top.vacancy, now);
  // "is TSCM experience needed for X": quote where the notice asks for the skill named.
  // "is there travel in X": an overview quotes where the notice mentions what was asked about.
  const asked =
    intent === "requirements"
      ? skillLines(main.vacancy, skillTerms(main.vacancy, r.terms))
      : intent === "details" && focus === "overview"
        ? noticeLines(main.vacancy, skillTerms(main.vacancy, r.terms))
        : [];
  const skillBlock = askedBlock(asked);
  const others = closeAlternatives(r.hits).map((h) => itemOf(h.vacancy, now));
  const text = [
    skillBlock,
    onePostText(intent, focus, main),
    ...alsoAskedTexts(detected, main),
    others.length > 0 ? "\nOther posts that match as well:" : null,
    ...others.map((i) =>
      intent === "deadline" || intent === "status" ? `- ${deadlineSentence(i)}` : listLine(i),
    ),
  ]
    .filter((s) => s !== null)
    .join("\n");
  return {
    ...base,
    intent,
    focus,
    items: [main, ...others],
    totalMatches: r.total,
    text,
    suggestions: followUps(main.vacancy),
  };
}

/** The notice's lines that mention what the question asked about, as a lead-in; null when none. */
function askedBlock(asked: readonly SkillLine[]): string | null {
  if (asked.length === 0) return null;
  const what = asked.every((s) => s.list !== "notice")
    ? asked.length === 1
      ? "this requirement"
      : "these requirements"
    : "the notice";
  return `What you asked about appears in ${what}:\n${asked.map((s) => `- ${s.line} (${s.list})`).join("\n")}\n`;
}

/** "requirements and deadline for X": the answer to each further ask about the same post. */
function alsoAskedTexts(detected: DetectedIntent, item: AnswerItem): string[] {
  return (detected.alsoAsked ?? []).map((f) => onePostText(intentOfFocus(f), f, item));
}

/** A post's title covers (all but rounding of) the whole subject: the question names one post, not several. */
const NAMES_ONE_POST = 0.99;

/**
 * "which closes first, the NOSC chief or the network technician": the distinct posts the parts of
 * the question name, every part naming one by its title; empty unless two or more are named and
 * no single title already covers the whole subject ("network and communications technician").
 */
function comparedPosts(index: VacancyIndex, detected: DetectedIntent, whole: SearchResult): Vacancy[] {
  const parts = detected.partSubjects ?? [];
  if (parts.length < 2 || (whole.hits[0]?.titleCoverage ?? 0) >= NAMES_ONE_POST) return [];
  const named: Vacancy[] = [];
  for (const part of parts) {
    const top = namingHitFirst(queryNamingPost(index, part)).hits[0];
    // Every part names a post, or the joining word was only part of a story ("... and I'd like to know").
    if (!top || top.titleCoverage < NAMES_POST) return [];
    if (!named.some((v) => v.id === top.vacancy.id)) named.push(top.vacancy);
  }
  return named.length > 1 ? named : [];
}

/** The same one-post answer for each post compared; for deadlines, which closes first. */
function comparisonAnswer(
  base: Base,
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

/** No intent words: a post's name gets its overview, anything else is searched for. */
function unknownAnswer(base: Base, detected: DetectedIntent, context: AnswerContext): Answer {
  if (!detected.subject) {
    return helpAnswer(base, context, "unknown", "I did not understand the question.");
  }
  const searched = context.index.query(detected.subject, { limit: 5, filter: roleFilter(detected.subject) });
  // "is shift work part of the NOSC chief job": a word no notice knows ("shift") keeps the post from
  // matching; as for one-post questions, the rest is tried alone, and kept only when it names a post.
  const r = searched.hits.length > 0 ? searched : queryNamingPost(context.index, detected.subject);
  const top = r.hits[0];
  if (!top || !r.hits.some((h) => matchesBeyondProse(h.vacancy, r.terms))) {
    return noMatchAnswer(base, "unknown", "overview", detected.subject, context);
  }
  // Another post named word for word ("intelligence and security division") beats loose word matches.
  const exactElsewhere =
    !namesExactly(top.vacancy, detected.subject) &&
    r.hits.some((h) => namesExactly(h.vacancy, detected.subject));
  // "BICES", "Brussels": a place or organisation several posts share asks for them all.
  const sharedPlace = r.hits.filter((h) => namesOnlyPlace(h.vacancy, r.terms)).length > 1;
  if (
    top.titleCoverage >= NAMES_POST &&
    closeAlternatives(r.hits).length === 0 &&
    !exactElsewhere &&
    !sharedPlace
  ) {
    const item = itemOf(top.vacancy, context.now);
    const asked = askedBlock(noticeLines(top.vacancy, skillTerms(top.vacancy, r.terms)));
    return {
      ...base,
      intent: "details",
      focus: "overview",
      items: [item],
      totalMatches: r.total,
      text: [asked, overviewText(item)].filter((t) => t !== null).join("\n"),
      suggestions: followUps(top.vacancy),
    };
  }
  return searchAnswer(base, detected.subject, "overview", context);
}

/** The posts a condition or contact question means: the one it names, those it names together, or none named. */
interface PostsMeant {
  named: "one" | "some" | "none";
  posts: Vacancy[];
  /** How a list answer names the posts: "posts open or without a deadline as of 5 June 2024". */
  scope: string;
}

function postsMeant(subject: string, context: AnswerContext): PostsMeant {
  const { index } = context;
  const today = dayText(calendarDay(context.now, DEFAULT_TIME_ZONE));
  const scope = (matching: string) => `posts${matching} open or without a deadline as of ${today}`;
  const none = (): PostsMeant => ({ named: "none", posts: openCandidates("", context), scope: scope("") });
  if (!subject) return none();
  const searched = queryNamingPost(index, subject);
  const sharedPlace = searched.hits.filter((h) => namesOnlyPlace(h.vacancy, searched.terms)).length > 1;
  const top = sharedPlace ? undefined : namedPostResult(index, subject, searched).hits[0];
  if (top && top.titleCoverage >= NAMES_POST) return { named: "one", posts: [top.vacancy], scope: "" };
  // Words that match no notice ("polygraph"), or only a stray word of its prose ("does my
  // nationality *matter*"), name no post.
  if (!searched.hits.some((h) => matchesBeyondProse(h.vacancy, searched.terms))) return none();
  const open = openCandidates(subject, context);
  if (open.length > 0) return { named: "some", posts: open, scope: scope(` matching "${subject}"`) };
  const posts = searched.hits.map((h) => h.vacancy);
  return { named: "some", posts, scope: `posts matching "${subject}" (none open)` };
}

/** A condition of appointment or whom to contact, for the post named or for the posts in scope. */
function applicationAskAnswer(
  base: Base,
  asked: ApplicationAsk,
  detected: DetectedIntent,
  context: AnswerContext,
): Answer {
  const { named, posts, scope } = postsMeant(asked.subject, context);
  const focus: Focus = asked.kind === "contact" ? "documents" : "eligibility";
  // "phone number for HR?", "IT helpdesk phone number": no post named, so none is listed; the
  // answer says whether any notice gives contact details.
  if (asked.kind === "contact" && named === "none") {
    const text = contactNoPostText(context.index.all().map((v) => itemOf(v, context.now)));
    return {
      ...base,
      intent: "help",
      focus,
      items: [],
      totalMatches: 0,
      text,
      suggestions: examples(context),
    };
  }
  const items = posts.map((v) => itemOf(v, context.now));
  const main = items[0];
  if (named === "one" && main) {
    const text = [
      asked.kind === "contact" ? contactPostText(main) : conditionPostText(main, asked.conditions),
      // "requirements and security clearance for X": the other asks about the same post.
      ...alsoAskedTexts(detected, main).filter((_, i) => detected.alsoAsked?.[i] !== "eligibility"),
    ].join("\n");
    return {
      ...base,
      intent: "details",
      focus,
      items: [main],
      totalMatches: 1,
      text,
      suggestions: followUps(main.vacancy),
    };
  }
  if (asked.kind === "contact") {
    const shown = items.slice(0, LIST_LIMIT);
    return listResult(base, focus, shown, items.length, [
      contactListText(shown),
      andMore(items.length, shown.length),
    ]);
  }
  const list = conditionList(items, asked.conditions, scope, asked.negated, LIST_LIMIT);
  const shown = list.items.slice(0, LIST_LIMIT);
  return listResult(base, focus, shown, list.items.length, list.lines);
}

/** The line after a capped list ("... and 4 more."), or null when nothing was left out. */
function andMore(total: number, shown: number): string | null {
  return total > shown ? `... and ${total - shown} more.` : null;
}

function plural(n: number, singular: string, many = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : many}`;
}

export { postName };
