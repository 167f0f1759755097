// fuse.js token search over the re-rank candidates' short fields, scored as `new Fuse(docs,
// { useTokenSearch: true, ... }).search(query)` scores them, without building a Fuse instance and
// its inverted index per query, and remembering fuse.js's match of each query word in each field
// text: the per-word approximate match (fuse.js's bitap) is nearly all of the cost, and the same
// words meet the same posts' fields query after query. test/search/shortFieldSimilarity.test.ts
// holds this to fuse.js itself, so a fuse.js upgrade that scores differently fails there.
import Fuse from "fuse.js";

/** A candidate's short fields as fuse.js reads them. */
export interface ShortFields {
  title: string;
  acronyms: string;
  place: string;
}

/** The fields in key order with their weights, as fuse.js normalises them (3:2:1 over their sum). */
const KEYS: readonly { name: keyof ShortFields; weight: number }[] = [
  { name: "title", weight: 3 / 6 },
  { name: "acronyms", weight: 2 / 6 },
  { name: "place", weight: 1 / 6 },
];
/**
 * fuse.js options for one query word against field texts, as its token search matches each word;
 * its score of a text is then the bare match score (no field norm, no key weight).
 */
const WORD_MATCH = {
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
  ignoreFieldNorm: true,
} as const;
/** fuse.js's token pattern (its default `tokenize`). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
/** Remembered word-in-field matches before the memory is cleared (a few MB at most). */
export const MAX_REMEMBERED = 20_000;
/** A remembered "no match". */
const NO_MATCH = -1;

function tokens(lowerText: string): string[] {
  return lowerText.match(TOKEN) ?? [];
}

function isWordSeparator(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160;
}

/** fuse.js's field-length norm: 1 / sqrt(words), to 3 decimals. */
function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (!isWordSeparator(text.charCodeAt(i))) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
  }
  return Math.round(1000 / Math.max(1, words) ** 0.5) / 1000;
}

export class ShortFieldSimilarity {
  /** Per lower-cased field text: fuse.js's score of each query word met in it, NO_MATCH if none. */
  readonly #wordScores = new Map<string, Map<string, number>>();
  #remembered = 0;
  readonly #maxRemembered: number;

  constructor(options: { maxRemembered?: number } = {}) {
    this.#maxRemembered = options.maxRemembered ?? MAX_REMEMBERED;
  }

  /**
   * Per candidate, 1 - fuse.js's score of `query` against its short fields (0 when nothing
   * matches), exactly as a fuse.js token search over these candidates gives it.
   */
  similarities(query: string, candidates: readonly ShortFields[]): number[] {
    const similarity = new Array<number>(candidates.length).fill(0);
    if (!query.trim()) return similarity; // fuse.js returns every doc unscored
    const words = tokens(query.toLowerCase());
    if (words.length === 0) return similarity;
    // Field texts (lower-cased, as fuse.js matches them) and the word statistics of this set.
    const texts = candidates.map((c) => KEYS.map((k) => (c[k.name].trim() ? c[k.name].toLowerCase() : null)));
    let fieldCount = 0;
    const df = new Map<string, number>();
    for (const fields of texts) {
      for (const text of fields) {
        if (text === null) continue;
        const fieldWords = tokens(text);
        if (fieldWords.length === 0) continue;
        fieldCount++;
        for (const w of new Set(fieldWords)) df.set(w, (df.get(w) ?? 0) + 1);
      }
    }
    const idf = words.map((w) => {
      const n = df.get(w) ?? 0;
      return Math.log(1 + (fieldCount - n + 0.5) / (n + 0.5));
    });
    const scores = this.#wordScoresIn(new Set(words), texts.flat());
    candidates.forEach((candidate, i) => {
      let total = 1;
      let matched = false;
      KEYS.forEach((key, k) => {
        const text = texts[i]?.[k];
        if (text === null || text === undefined) return;
        const score = fieldScore(words, idf, scores.get(text) as Map<string, number>);
        if (score === NO_MATCH) return;
        matched = true;
        total *= score ** (key.weight * fieldNorm(candidate[key.name]));
      });
      if (matched) similarity[i] = 1 - total;
    });
    return similarity;
  }

  /**
   * fuse.js's score of every word in every text: remembered ones read back, the others matched
   * by fuse.js, one word at a time over the texts that have not met it yet.
   */
  #wordScoresIn(
    words: ReadonlySet<string>,
    texts: readonly (string | null)[],
  ): Map<string, Map<string, number>> {
    const distinct = [...new Set(texts)].filter((t): t is string => t !== null);
    if (this.#remembered + words.size * distinct.length > this.#maxRemembered) {
      this.#wordScores.clear();
      this.#remembered = 0;
    }
    const scores = new Map<string, Map<string, number>>();
    for (const text of distinct) {
      let known = this.#wordScores.get(text);
      if (known === undefined) {
        known = new Map();
        this.#wordScores.set(text, known);
      }
      scores.set(text, known);
    }
    for (const word of words) {
      const unmet = distinct.filter((t) => !(scores.get(t) as Map<string, number>).has(word));
      if (unmet.length === 0) continue;
      for (const t of unmet) (scores.get(t) as Map<string, number>).set(word, NO_MATCH);
      const pieces = wordPieces(word);
      const candidates = pieces ? unmet.filter((t) => pieces.some((p) => t.includes(p))) : unmet;
      if (candidates.length === 0) {
        this.#remembered += unmet.length;
        continue;
      }
      // A prebuilt string-list index: fuse.js would otherwise measure each text's length for a
      // field norm these bare scores do not use.
      const records = Fuse.parseIndex<string>({ keys: [], records: candidates.map((v, i) => ({ i, v })) });
      for (const r of new Fuse(candidates, WORD_MATCH, records).search(word)) {
        (scores.get(r.item) as Map<string, number>).set(word, r.score as number);
      }
      this.#remembered += unmet.length;
    }
    return scores;
  }
}

/**
 * A word cut into one more piece than the errors fuse.js allows it (errors / length <= threshold):
 * a match with that many errors leaves at least one piece untouched, so a text containing none of
 * the pieces cannot match and fuse.js need not be asked. Null for words over 32 characters, which
 * fuse.js matches in chunks.
 */
function wordPieces(word: string): string[] | null {
  if (word.length > 32) return null;
  let errors = 0;
  while ((errors + 1) / word.length <= WORD_MATCH.threshold) errors++;
  const count = errors + 1;
  return Array.from({ length: count }, (_, i) =>
    word.slice(Math.floor((i * word.length) / count), Math.floor(((i + 1) * word.length) / count)),
  );
}

/** fuse.js's token-search score of the query words in one field: the idf-weighted match, or NO_MATCH. */
function fieldScore(
  words: readonly string[],
  idf: readonly number[],
  scores: ReadonlyMap<string, number>,
): number {
  let weighted = 0;
  let possible = 0;
  let matches = 0;
  for (let w = 0; w < words.length; w++) {
    const score = scores.get(words[w] as string) as number;
    const weight = idf[w] as number;
    possible += weight;
    if (score !== NO_MATCH) {
      matches++;
      weighted += weight * (1 - score);
    }
  }
  if (matches === 0) return NO_MATCH;
  return Math.max(0.001, possible > 0 ? 1 - weighted / possible : 0);
}
