// Lists that filter the open posts by something besides their deadline: what they lack, where they
// are not, their working time, their number of posts, a security clearance, their pay.

import { terms } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import { type AbsentField, absentFieldOf } from "./absentField.ts";
import { type AnswerBase, type AnswerContext, itemOf, type ListContext } from "./answerContext.ts";
import { latestClosingAnswer, soonestClosingAnswer } from "./closingOrderLists.ts";
import { dayText, listLine } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { eligibilityLines } from "./eligibility.ts";
import { placeTermsOf } from "./evidence.ts";
import { andMore, LIST_LIMIT, listResult, plural } from "./listResult.ts";
import type { Answer, AnswerItem } from "./model.ts";
import { openCandidates, scopeWords } from "./openCandidates.ts";
import { salaryCurrencyAnswer, salaryFloorAnswer } from "./salaryLists.ts";

/** The answer of a list that filters or orders the open posts by something besides their deadline; null when none does. */
export function filteredList(
  base: AnswerBase,
  detected: DetectedIntent,
  context: ListContext,
): Answer | null {
  if (detected.excluding !== undefined) return excludingAnswer(base, detected, detected.excluding, context);
  const stated = detected.stating !== undefined ? absentFieldOf(detected.stating) : null;
  if (stated)
    return fieldAnswer(
      base,
      openCandidates(detected.subject, context),
      stated,
      "stated",
      detected.subject,
      context,
    );
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

/** Open (or undated) posts whose notice states a security clearance condition, with that sentence. */
function clearanceAnswer(base: AnswerBase, detected: DetectedIntent, context: ListContext): Answer {
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

/** Open (or undated) posts by number of posts: most first, or only those offering more than one. */
function postCountAnswer(
  base: AnswerBase,
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
export function workingTime(jobType: string | null): "full-time" | "part-time" | null {
  const folded = (jobType ?? "").toLowerCase().replace(/[^a-z]+/g, " ");
  if (/\bpart time\b/.test(folded)) return "part-time";
  if (/\bfull time\b/.test(folded)) return "full-time";
  return null;
}

/** Open (or undated) posts, optionally matching a subject, whose notice states the working time asked for. */
function jobTypeAnswer(
  base: AnswerBase,
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

/** Open posts (and posts without a deadline), optionally matching a subject, that do not ask for `excluding`. */
function excludingAnswer(
  base: AnswerBase,
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
  if (field) return fieldAnswer(base, candidates, field, "absent", subject, context);
  // Only the candidates are looked up: the cost stays with the list, not with every post that mentions it.
  const ids = new Set(candidates.map((v) => v.id));
  const excluded = new Set(
    index.query(excluding, { limit: candidates.length, ids }).hits.map((h) => h.vacancy.id),
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

/** Of the candidate posts, those whose notice leaves the named field (deadline, salary, location) empty, or fills it. */
function fieldAnswer(
  base: AnswerBase,
  candidates: readonly Vacancy[],
  field: AbsentField,
  keep: "absent" | "stated",
  subject: string,
  context: AnswerContext,
): Answer {
  const today = dayText(base.asOf);
  const kept = candidates
    .filter((v) => field.absent(v) === (keep === "absent"))
    .map((v) => itemOf(v, context.now));
  const items = kept.slice(0, LIST_LIMIT);
  const matching = subject ? ` matching "${subject}"` : "";
  const gives = (n: number) => (n === 1 ? "gives" : "give");
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${gives(kept.length)} ${keep === "absent" ? "no" : "a"} ${field.name}${keep === "stated" ? ` (of ${candidates.length})` : ""}:`,
          ...items.map(listLine),
          andMore(kept.length, items.length),
        ]
      : candidates.length === 0
        ? [`No post${matching} is open as of ${today}.`]
        : keep === "absent"
          ? [`Every post${matching} open as of ${today} gives a ${field.name}.`]
          : [`No post${matching} open as of ${today} gives a ${field.name}.`];
  return listResult(base, "overview", items, kept.length, text);
}

/** Of the candidate posts, those whose stated location is not the place named; posts with no location are only counted. */
function outsideAnswer(
  base: AnswerBase,
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
