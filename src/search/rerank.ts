// The second search stage: fuse.js re-ranks the inverted index's best candidates on their short
// fields (title, acronyms, unit), where its approximate matching is strong and cheap.
import Fuse from "fuse.js";
import type { SearchHit } from "./VacancyIndex.ts";

/** Share of the final score that comes from fuse.js on short fields (the rest is BM25F relevance). */
export const FUSE_SHARE = 0.35;

/** A candidate's short fields as fuse.js reads them (the caller computes them once per hit). */
export interface ShortFields {
  title: string;
  acronyms: string;
  place: string;
}

/** One re-ranked candidate: its position in the input and its score (0 = best). */
export interface Reranked {
  candidate: number;
  score: number;
}

/**
 * The order of `hits` by a blend of their index relevance (0..1, best = 1) and fuse.js similarity
 * of the query to their short fields (`fields[i]` belongs to `hits[i]`), best first.
 */
export function rerankWithFuse(
  query: string,
  hits: readonly SearchHit[],
  relevance: readonly number[],
  fields: readonly ShortFields[],
): Reranked[] {
  const docs = fields.map((f, i) => ({ i, title: f.title, acronyms: f.acronyms, place: f.place }));
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
  const blended = hits.map((_, i) => ({
    candidate: i,
    value: (1 - FUSE_SHARE) * (relevance[i] ?? 0) + FUSE_SHARE * (similarity[i] ?? 0),
  }));
  blended.sort((a, b) => b.value - a.value);
  return blended.map(({ candidate, value }) => ({ candidate, score: Math.max(0, Math.min(1, 1 - value)) }));
}
