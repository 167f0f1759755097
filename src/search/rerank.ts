// The second search stage: fuse.js re-ranks the inverted index's best candidates on their short
// fields (title, acronyms, unit), where its approximate matching is strong and cheap.
import type { ShortFieldSimilarity, ShortFields } from "./shortFieldSimilarity.ts";
import type { SearchHit } from "./VacancyIndex.ts";

/** Share of the final score that comes from fuse.js on short fields (the rest is BM25F relevance). */
export const FUSE_SHARE = 0.35;

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
  fuse: ShortFieldSimilarity,
): Reranked[] {
  const similarity = fuse.similarities(query.slice(0, 500), fields);
  const blended = hits.map((_, i) => ({
    candidate: i,
    value: (1 - FUSE_SHARE) * (relevance[i] ?? 0) + FUSE_SHARE * (similarity[i] ?? 0),
  }));
  blended.sort((a, b) => b.value - a.value);
  return blended.map(({ candidate, value }) => ({ candidate, score: Math.max(0, Math.min(1, 1 - value)) }));
}
