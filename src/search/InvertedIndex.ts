// A compact BM25F inverted index over document slots: one postings list per term, stored in
// growable typed arrays (slot + quantised field-weighted term frequency), so 100,000 long
// vacancies fit in memory and a query touches only the postings of its own terms. Slots only
// grow, so every postings list stays sorted by slot (queries binary-search them).
import { FIELDS } from "./fields.ts";
import { foldCase, forEachWord, termOf } from "./text.ts";

/** Quantisation of the pseudo term frequency stored per posting. */
export const IMPACT_SCALE = 256;
const MAX_IMPACT = 65_535;

/** Per-term postings: slots (ascending) and quantised pseudo frequencies, `length` entries used. */
export interface Postings {
  slots: Int32Array<ArrayBuffer>;
  impacts: Uint16Array<ArrayBuffer>;
  length: number;
}

function grownInt32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, Math.min(a.length * 2, a.length + 65_536)));
  b.set(a);
  return b;
}

function grownFloat64(a: Float64Array<ArrayBuffer>, need: number): Float64Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** BM25F postings with live document frequencies; removal tombstones a slot until compaction. */
export class InvertedIndex {
  readonly #termIds = new Map<string, number>();
  readonly #termTexts: string[] = [];
  /**
   * Folded word -> term id (-1: stop word), as an open-addressing table keyed by a hash of the
   * word's characters: indexing reads words straight out of the text without allocating a string
   * for each of the tens of millions of words in 100,000 notices.
   */
  #wordTable = new Int32Array(1 << 16).fill(-1);
  readonly #wordTexts: string[] = [];
  #wordHashes = new Int32Array(1024);
  #wordTermIds = new Int32Array(1024);
  readonly #postings: Postings[] = [];
  #df = new Int32Array(1024);
  #alive = new Uint8Array(1024);
  #live = 0;
  #deadPostings = 0;
  #totalPostings = 0;
  readonly #lengthSums = new Float64Array(FIELDS.length);
  /** Average field lengths used for normalisation (running, or primed from a sample). */
  readonly #averages = new Float64Array(FIELDS.length).fill(1);
  #primed = false;
  // Per-document scratch, reused: term ids of one field, pseudo frequencies, a stamp per term.
  #fieldIds = new Int32Array(4096);
  #tf = new Float64Array(1024);
  #tfStamp = new Int32Array(1024);
  #docTerms = new Int32Array(1024);
  #docStamp = 0;

  /** Number of live documents. */
  get size(): number {
    return this.#live;
  }

  /** Sets average field lengths up front (a sample of the batch), so the first documents are normalised well. */
  primeAverages(averages: readonly number[]): void {
    averages.forEach((a, i) => {
      this.#averages[i] = Math.max(1, a);
    });
    this.#primed = true;
  }

  /** Number of terms a text has (for priming averages). */
  countTerms(text: string): number {
    let n = 0;
    forEachWord(text, (w) => {
      if (termOf(w) !== null) n++;
    });
    return n;
  }

  termId(term: string): number | undefined {
    return this.#termIds.get(term);
  }

  termText(id: number): string {
    return this.#termTexts[id] ?? "";
  }

  /** Live documents containing the term. */
  df(termId: number): number {
    return this.#df[termId] ?? 0;
  }

  postings(termId: number): Postings {
    return this.#postings[termId] as Postings;
  }

  /** 1 per live slot: read directly by the query loop. */
  get aliveFlags(): Uint8Array {
    return this.#alive;
  }

  isAlive(slot: number): boolean {
    return this.#alive[slot] === 1;
  }

  /** Indexes one document (its text per field, in FIELDS order) under a new, highest `slot`; returns new terms. */
  add(slot: number, fieldTexts: readonly string[]): string[] {
    this.#live++;
    if (slot >= this.#alive.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.#alive.length * 2));
      grown.set(this.#alive);
      this.#alive = grown;
    }
    this.#alive[slot] = 1;
    const fresh: string[] = [];
    const stamp = ++this.#docStamp;
    let distinct = 0;
    // One tokenising pass over all fields into the shared buffer; ends[f] marks where field f stops.
    const ends: number[] = [];
    let end = 0;
    for (let f = 0; f < FIELDS.length; f++) {
      end = this.#collect(fieldTexts[f] ?? "", fresh, end);
      ends.push(end);
    }
    for (let f = 0; f < FIELDS.length; f++)
      this.#lengthSums[f] += (ends[f] as number) - (f === 0 ? 0 : (ends[f - 1] as number));
    if (!this.#primed) {
      for (let f = 0; f < FIELDS.length; f++)
        this.#averages[f] = Math.max(1, this.#lengthSums[f] / this.#live);
    }
    this.#ensureTermScratch();
    for (let f = 0; f < FIELDS.length; f++) {
      const spec = FIELDS[f] as (typeof FIELDS)[number];
      const start = f === 0 ? 0 : (ends[f - 1] as number);
      const length = (ends[f] as number) - start;
      if (length === 0) continue;
      const unit = spec.weight / (1 - spec.b + (spec.b * length) / (this.#averages[f] as number));
      for (let i = start; i < start + length; i++) {
        const id = this.#fieldIds[i] as number;
        if (this.#tfStamp[id] !== stamp) {
          this.#tfStamp[id] = stamp;
          this.#tf[id] = 0;
          if (distinct === this.#docTerms.length) this.#docTerms = grownInt32(this.#docTerms, distinct + 1);
          this.#docTerms[distinct++] = id;
        }
        this.#tf[id] = (this.#tf[id] as number) + unit;
      }
    }
    for (let i = 0; i < distinct; i++) {
      const id = this.#docTerms[i] as number;
      const p = this.#postings[id] as Postings;
      if (p.length === p.slots.length) {
        // Grow by half: less slack memory than doubling on 100,000-entry lists, still amortised O(1).
        p.slots = grownInt32(p.slots, p.length + 2 + (p.length >> 1));
        const impacts = new Uint16Array(p.slots.length);
        impacts.set(p.impacts);
        p.impacts = impacts;
      }
      p.slots[p.length] = slot;
      p.impacts[p.length] = Math.min(
        MAX_IMPACT,
        Math.max(1, Math.round((this.#tf[id] as number) * IMPACT_SCALE)),
      );
      p.length++;
      this.#df[id] = (this.#df[id] as number) + 1;
    }
    this.#totalPostings += distinct;
    return fresh;
  }

  /** Forgets the document in `slot` (the same field texts it was added with); true when this compacted the postings. */
  remove(slot: number, fieldTexts: readonly string[]): boolean {
    if (this.#alive[slot] !== 1) return false;
    this.#alive[slot] = 0;
    this.#live--;
    const seen = new Set<number>();
    for (let f = 0; f < FIELDS.length; f++) {
      const length = this.#collect(fieldTexts[f] ?? "", null, 0);
      this.#lengthSums[f] -= length;
      for (let i = 0; i < length; i++) seen.add(this.#fieldIds[i] as number);
    }
    for (const id of seen) this.#df[id] = Math.max(0, (this.#df[id] as number) - 1);
    this.#deadPostings += seen.size;
    // Dead postings cost time at query; drop them once they are a quarter of the index.
    if (this.#deadPostings > 10_000 && this.#deadPostings * 4 > this.#totalPostings) {
      this.#compact();
      return true;
    }
    return false;
  }

  /**
   * Cuts the growth slack of every postings list to an eighth (after a batch build: saves up to a
   * third of their memory, while the next few updates still append without copying).
   */
  trim(): void {
    for (const p of this.#postings) {
      const keep = p.length + (p.length >> 3) + 2;
      if (p.slots.length <= keep) continue;
      p.slots = p.slots.slice(0, keep);
      p.impacts = p.impacts.slice(0, keep);
    }
  }

  /** Pseudo frequency back from a stored impact. */
  static impactToTf(impact: number): number {
    return impact / IMPACT_SCALE;
  }

  /** Position of `slot` in sorted postings at or after `from`, or -1. */
  static find(p: Postings, slot: number, from = 0): number {
    let lo = from;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((p.slots[mid] as number) < slot) lo = mid + 1;
      else hi = mid;
    }
    return lo < p.length && p.slots[lo] === slot ? lo : -1;
  }

  /** Appends the term ids of a text to #fieldIds from `start`; returns the new end. New terms go to `fresh` (null: do not create). */
  #collect(text: string, fresh: string[] | null, start: number): number {
    let n = start;
    const folded = foldCase(text);
    const length = folded.length;
    let i = 0;
    while (i < length) {
      let c = folded.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
      const from = i;
      let hash = 2166136261;
      while (i < length) {
        c = folded.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
        hash = Math.imul(hash ^ c, 16777619);
        i++;
      }
      const id = this.#wordId(folded, from, i, hash, fresh);
      if (id < 0) continue;
      if (n === this.#fieldIds.length) this.#fieldIds = grownInt32(this.#fieldIds, n + 1);
      this.#fieldIds[n++] = id;
    }
    return n;
  }

  /** Term id of folded[from, to) (hash given), creating the word and its term when `fresh` is not null. */
  #wordId(folded: string, from: number, to: number, hash: number, fresh: string[] | null): number {
    const mask = this.#wordTable.length - 1;
    const size = to - from;
    for (let b = hash & mask; ; b = (b + 1) & mask) {
      const k = this.#wordTable[b] as number;
      if (k === -1) break;
      const word = this.#wordTexts[k] as string;
      if (this.#wordHashes[k] === hash && word.length === size && folded.startsWith(word, from)) {
        return this.#wordTermIds[k] as number;
      }
    }
    const word = folded.slice(from, to);
    const term = termOf(word);
    let id = -1;
    if (term !== null) {
      const known = this.#termIds.get(term);
      if (known !== undefined) id = known;
      else if (fresh === null) return -2;
      else {
        id = this.#postings.length;
        this.#termIds.set(term, id);
        this.#termTexts.push(term);
        this.#postings.push({ slots: new Int32Array(2), impacts: new Uint16Array(2), length: 0 });
        this.#df = grownInt32(this.#df, id + 1);
        fresh.push(term);
      }
    }
    const k = this.#wordTexts.length;
    this.#wordTexts.push(word);
    this.#wordHashes = grownInt32(this.#wordHashes, k + 1);
    this.#wordTermIds = grownInt32(this.#wordTermIds, k + 1);
    this.#wordHashes[k] = hash;
    this.#wordTermIds[k] = id;
    if ((k + 1) * 2 > this.#wordTable.length) this.#rehashWords();
    else this.#placeWord(k);
    return id;
  }

  #placeWord(k: number): void {
    const mask = this.#wordTable.length - 1;
    let b = (this.#wordHashes[k] as number) & mask;
    while (this.#wordTable[b] !== -1) b = (b + 1) & mask;
    this.#wordTable[b] = k;
  }

  #rehashWords(): void {
    this.#wordTable = new Int32Array(this.#wordTable.length * 2).fill(-1);
    for (let k = 0; k < this.#wordTexts.length; k++) this.#placeWord(k);
  }

  #ensureTermScratch(): void {
    const need = this.#postings.length;
    if (this.#tf.length >= need) return;
    this.#tf = grownFloat64(this.#tf, need);
    this.#tfStamp = grownInt32(this.#tfStamp, need);
  }

  #compact(): void {
    let total = 0;
    for (const p of this.#postings) {
      let w = 0;
      for (let r = 0; r < p.length; r++) {
        const slot = p.slots[r] as number;
        if (this.#alive[slot] === 1) {
          p.slots[w] = slot;
          p.impacts[w] = p.impacts[r] as number;
          w++;
        }
      }
      p.length = w;
      total += w;
    }
    this.#totalPostings = total;
    this.#deadPostings = 0;
  }
}
