// Which vacancies a subscription's query matches: the same search core that answers questions
// (VacancyIndex.query with its relevance threshold), never a second matcher.
import type { VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";

/** Most matches one subscription considers per tick (a query this broad is not a subscription). */
export const MAX_SUBSCRIPTION_MATCHES = 500;

/** Ids of the vacancies (passing `filter`) the query matches. */
export function matchingVacancyIds(
  index: VacancyIndex,
  query: string,
  filter?: (vacancy: Vacancy) => boolean,
): Set<string> {
  const result = index.query(query, {
    limit: MAX_SUBSCRIPTION_MATCHES,
    ...(filter ? { filter } : {}),
  });
  return new Set(result.hits.map((h) => h.vacancy.id));
}
