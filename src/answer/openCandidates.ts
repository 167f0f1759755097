// The posts a filtered list starts from: open or undated, soonest closing first, matching the subject.

import type { SearchHit, SearchResult, VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import type { ListContext } from "./answerContext.ts";
import { closesWithin } from "./closingWindow.ts";
import { LIST_LIMIT } from "./listResult.ts";
import { roleFilter } from "./roleNouns.ts";

/**
 * Posts scanned for a list that filters or re-orders the open posts (by what they lack, their
 * working time or their number of posts): the soonest-closing ones, as for a closing window.
 */
export const EXCLUDING_SCAN = 500;

/**
 * The posts such a list starts from: open or without a deadline, soonest closing first, matching
 * the subject (of the occupation it names) when there is one.
 */
export function openCandidates(subject: string, context: ListContext): Vacancy[] {
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

/**
 * Open (or undated) posts matching any of the subjects ("cyber or security jobs": either word),
 * soonest closing first, at most LIST_LIMIT of them, with how many matched in all.
 */
export function openMatchingAny(index: VacancyIndex, subjects: readonly string[], now: Date): SearchResult {
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

/** " matching "cyber" closing in June 2024": what narrows a filtered list, for its lead sentence. */
export function scopeWords(subject: string, context: ListContext): string {
  return `${subject ? ` matching "${subject}"` : ""}${context.window ? ` closing ${context.window.span}` : ""}`;
}
