// Corrects out-of-vocabulary query words against the index vocabulary ("netwrok" -> "network")
// with a symmetric-delete dictionary: each lookup costs a few dozen map probes, whatever the
// vocabulary size, instead of an edit-distance scan over every known word.

/** Words shorter than this are never "corrected": short words are too easy to turn into other words. */
export const MIN_CORRECTABLE_LENGTH = 5;
/** From this length on, two edits are allowed ("technichain" -> "technician"). */
export const TWO_EDITS_FROM_LENGTH = 9;
/** Longer "words" (pasted hashes, runs of letters) are never corrected: their deletions would cost too much. */
export const MAX_CORRECTABLE_LENGTH = 24;
/** Shared leading letters that make two words one family ("certifi" / "certification"). */
export const PREFIX_LENGTH = 6;
/** Abbreviations ("comms", "tech") are read as the start of longer words from this length on. */
export const ABBREVIATION_LENGTH = 4;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** One-deletion variants of a (query) word. */
function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** A vocabulary word proposed for a misspelt query word. */
export interface Correction {
  term: string;
  distance: number;
}

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/** FNV-1a hash of `word` without its character at `skip` (-1: the whole word). */
function hashWithout(word: string, skip: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    if (i !== skip) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  }
  return hash;
}

/** Is `variant` the word `word` without its character at `position`? */
function isDeletion(variant: string, word: string, position: number): boolean {
  if (word.length !== variant.length + 1) return false;
  for (let i = 0; i < position; i++) if (word.charCodeAt(i) !== variant.charCodeAt(i)) return false;
  for (let i = position + 1; i < word.length; i++) {
    if (word.charCodeAt(i) !== variant.charCodeAt(i - 1)) return false;
  }
  return true;
}

/** Deletion positions fit in the low bits of a variant entry (words are at most MAX_CORRECTABLE_LENGTH + 1 long). */
const POSITION_BITS = 5;

/** Vocabulary of the index, for spelling correction. Words are only added (a stale word simply stops matching). */
export class SpellingIndex {
  readonly #words = new Set<string>();
  /** Words with one-deletion variants, by number. */
  readonly #correctable: string[] = [];
  /**
   * One-deletion variant -> the words it comes from, as a hash table of chained entries (word
   * number and deleted position), so the variants of 100,000 notices' vocabulary are never built
   * as strings: a lookup hashes the variant and checks each entry of its bucket.
   */
  #variantHeads = new Int32Array(1 << 12).fill(-1);
  #variantNext = new Int32Array(1 << 12);
  #variantEntries = new Int32Array(1 << 12);
  #variantCount = 0;
  /** first PREFIX_LENGTH letters -> the words that start with them */
  readonly #byPrefix = new Map<string, string[]>();

  get size(): number {
    return this.#words.size;
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  add(word: string): void {
    if (this.#words.has(word)) return;
    this.#words.add(word);
    if (word.length >= ABBREVIATION_LENGTH && !/\d/.test(word)) {
      const key = word.slice(0, ABBREVIATION_LENGTH);
      const list = this.#byPrefix.get(key);
      if (list) list.push(word);
      else this.#byPrefix.set(key, [word]);
    }
    if (
      word.length < MIN_CORRECTABLE_LENGTH - 1 ||
      word.length > MAX_CORRECTABLE_LENGTH + 1 ||
      /\d/.test(word)
    )
      return;
    const number = this.#correctable.length;
    this.#correctable.push(word);
    for (let i = 0; i < word.length; i++) {
      // Deleting any letter of a run ("tt") gives the same variant: one entry is enough.
      if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
      this.#addVariant((number << POSITION_BITS) | i, hashWithout(word, i));
    }
  }

  /**
   * Vocabulary words of the same family: one starts with the other and they share at least
   * PREFIX_LENGTH letters ("certifi" from "certified" meets "certification").
   */
  prefixFamily(word: string): string[] {
    if (word.length < PREFIX_LENGTH || /\d/.test(word)) return [];
    const list = this.#byPrefix.get(word.slice(0, ABBREVIATION_LENGTH)) ?? [];
    return list.filter(
      (w) => w !== word && w.length >= PREFIX_LENGTH && (w.startsWith(word) || word.startsWith(w)),
    );
  }

  /** Longer vocabulary words an abbreviation starts ("comm" from "comms" -> "communication"); short words only. */
  expansions(word: string): string[] {
    if (word.length < ABBREVIATION_LENGTH || word.length >= PREFIX_LENGTH || /\d/.test(word)) return [];
    const list = this.#byPrefix.get(word.slice(0, ABBREVIATION_LENGTH)) ?? [];
    return list.filter((w) => w.length > word.length + 1 && w.startsWith(word));
  }

  /** Vocabulary words within edit distance 1 (2 for long words) of `word`, closest first. */
  corrections(word: string): Correction[] {
    if (word.length < MIN_CORRECTABLE_LENGTH || word.length > MAX_CORRECTABLE_LENGTH || /\d/.test(word))
      return [];
    const max = word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
    const candidates = new Set<string>();
    const probe = (variant: string) => {
      if (this.#words.has(variant)) candidates.add(variant);
      const heads = this.#variantHeads;
      for (
        let e = heads[hashWithout(variant, -1) & (heads.length - 1)] as number;
        e !== -1;
        e = this.#variantNext[e] as number
      ) {
        const entry = this.#variantEntries[e] as number;
        const source = this.#correctable[entry >>> POSITION_BITS] as string;
        if (isDeletion(variant, source, entry & ((1 << POSITION_BITS) - 1))) candidates.add(source);
      }
    };
    probe(word);
    const firstLevel = deletes(word);
    for (const d of firstLevel) probe(d);
    if (max === 2) for (const d of firstLevel) for (const dd of deletes(d)) probe(dd);
    const out: Correction[] = [];
    for (const term of candidates) {
      if (term === word) continue;
      const distance = editDistance(word, term, max);
      if (distance <= max) out.push({ term, distance });
    }
    return out.sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term));
  }

  #addVariant(entry: number, hash: number): void {
    const e = this.#variantCount++;
    if (e === this.#variantEntries.length) {
      const entries = new Int32Array(e * 2);
      entries.set(this.#variantEntries);
      this.#variantEntries = entries;
      this.#variantNext = new Int32Array(e * 2);
      // Keep buckets short: as many buckets as entries.
      this.#variantHeads = new Int32Array(e * 2).fill(-1);
      for (let old = 0; old < e; old++) this.#chain(old, this.#hashOf(this.#variantEntries[old] as number));
    }
    this.#variantEntries[e] = entry;
    this.#chain(e, hash);
  }

  #chain(e: number, hash: number): void {
    const bucket = hash & (this.#variantHeads.length - 1);
    this.#variantNext[e] = this.#variantHeads[bucket] as number;
    this.#variantHeads[bucket] = e;
  }

  #hashOf(entry: number): number {
    return hashWithout(
      this.#correctable[entry >>> POSITION_BITS] as string,
      entry & ((1 << POSITION_BITS) - 1),
    );
  }
}
