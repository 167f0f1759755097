// The second search stage: fuse.js re-ranks the inverted index's best candidates on their short
// fields (title, acronyms, unit), where its approximate matching is strong and cheap.
import Fuse from "fuse.js";
import type { Vacancy } from "../vacancy.ts";
import { placeText, titleText } from "./fields.ts";
import type { SearchHit } from "./VacancyIndex.ts";

/** Share of the final score that comes from fuse.js on short fields (the rest is BM25F relevance). */
export const FUSE_SHARE = 0.35;

interface ShortFields {
  i: number;
  title: string;
  acronyms: string;
  place: string;
}

/**
 * Re-orders `hits` by a blend of their index relevance (0..1, best = 1) and fuse.js similarity of
 * the query to their short fields; sets each hit's score (0 = best).
 */
export function rerankWithFuse(
  query: string,
  hits: SearchHit[],
  relevance: readonly number[],
  acronymsOf: (vacancy: Vacancy) => string,
): SearchHit[] {
  const docs: ShortFields[] = hits.map((h, i) => ({
    i,
    title: titleText(h.vacancy),
    acronyms: acronymsOf(h.vacancy),
    place: placeText(h.vacancy),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: "title", weight: 3 },
      { name: "acronyms", weight: 2 },
      { name: "place", weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.4,
  });
  const similarity = new Array<number>(hits.length).fill(0);
  for (const r of fuse.search(query.slice(0, 500))) similarity[r.item.i] = 1 - (r.score ?? 1);
  const blended = hits.map((hit, i) => ({
    hit,
    value: (1 - FUSE_SHARE) * (relevance[i] ?? 0) + FUSE_SHARE * (similarity[i] ?? 0),
  }));
  blended.sort((a, b) => b.value - a.value);
  return blended.map(({ hit, value }) => ({ ...hit, score: Math.max(0, Math.min(1, 1 - value)) }));
}
