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

/** Room a packed postings list of `length` entries gets: a sixteenth of slack for the next updates. */
function keepOf(length: number): number {
  return length + (length >> 4) + 2;
}

function grownFloat64(a: Float64Array<ArrayBuffer>, need: number): Float64Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Everything an InvertedIndex knows, as plain data (typed arrays and strings): what a persisted
 * index is made of. Term `t`'s postings are slots/impacts[starts[t], starts[t] + lengths[t]).
 */
export interface InvertedIndexState {
  terms: string[];
  df: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  lengths: Int32Array<ArrayBuffer>;
  slots: Int32Array<ArrayBuffer>;
  impacts: Uint16Array<ArrayBuffer>;
  /** 1 per live slot. */
  alive: Uint8Array<ArrayBuffer>;
  live: number;
  deadPostings: number;
  lengthSums: number[];
  averages: number[];
  primed: boolean;
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
  /** Batch-build buffers (see beginBulk): term id and impact per posting, in document order. */
  #bulk: {
    terms: Int32Array<ArrayBuffer>;
    impacts: Uint16Array<ArrayBuffer>;
    /** Per slot: the end of its postings in `terms`. */
    ends: Int32Array<ArrayBuffer>;
    used: number;
    firstSlot: number;
    lastSlot: number;
  } | null = null;

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
    const bulk = this.#bulk;
    if (bulk) {
      // Batch build: postings are collected in document order and sorted into place at the end.
      const need = bulk.used + distinct;
      if (need > bulk.terms.length) {
        bulk.terms = grownInt32(bulk.terms, Math.max(need, bulk.terms.length * 2));
        const impacts = new Uint16Array(bulk.terms.length);
        impacts.set(bulk.impacts);
        bulk.impacts = impacts;
      }
      if (slot >= bulk.ends.length)
        bulk.ends = grownInt32(bulk.ends, Math.max(slot + 1, bulk.ends.length * 2));
    }
    for (let i = 0; i < distinct; i++) {
      const id = this.#docTerms[i] as number;
      const impact = Math.min(MAX_IMPACT, Math.max(1, Math.round((this.#tf[id] as number) * IMPACT_SCALE)));
      this.#df[id] = (this.#df[id] as number) + 1;
      if (bulk) {
        bulk.terms[bulk.used] = id;
        bulk.impacts[bulk.used] = impact;
        bulk.used++;
        continue;
      }
      const p = this.#postings[id] as Postings;
      if (p.length === p.slots.length) {
        // Grow by half: less slack memory than doubling on 100,000-entry lists, still amortised O(1).
        p.slots = grownInt32(p.slots, p.length + 2 + (p.length >> 1));
        const impacts = new Uint16Array(p.slots.length);
        impacts.set(p.impacts);
        p.impacts = impacts;
      }
      p.slots[p.length] = slot;
      p.impacts[p.length] = impact;
      p.length++;
    }
    if (bulk) {
      for (let s = bulk.lastSlot + 1; s < slot; s++) bulk.ends[s] = bulk.used - distinct;
      bulk.ends[slot] = bulk.used;
      bulk.lastSlot = slot;
    }
    this.#totalPostings += distinct;
    return fresh;
  }

  /**
   * Starts a batch build: until endBulk(), add() collects postings in document order in a few large
   * arrays instead of growing each term's list (~100,000 lists reallocated again and again leave
   * memory fragmented). `expectedPostings` sizes the buffer up front (it still grows if short).
   */
  beginBulk(expectedPostings: number): void {
    if (this.#bulk) return;
    const capacity = Math.max(1024, Math.ceil(expectedPostings));
    this.#bulk = {
      terms: new Int32Array(capacity),
      impacts: new Uint16Array(capacity),
      ends: new Int32Array(1024).fill(0),
      used: 0,
      firstSlot: this.#alive.length > 0 ? this.#maxSlot() + 1 : 0,
      lastSlot: this.#maxSlot(),
    };
  }

  /** Ends a batch build: sorts the collected postings into one packed pair of arrays (see trim). */
  endBulk(): void {
    const bulk = this.#bulk;
    if (!bulk) return;
    this.#bulk = null;
    const termCount = this.#postings.length;
    const counts = new Int32Array(termCount);
    for (let k = 0; k < bulk.used; k++) counts[bulk.terms[k] as number]++;
    const starts = new Int32Array(termCount);
    let total = 0;
    for (let t = 0; t < termCount; t++) {
      const p = this.#postings[t] as Postings;
      starts[t] = total;
      total += keepOf(p.length + (counts[t] as number));
    }
    const slots = new Int32Array(total);
    const impacts = new Uint16Array(total);
    // Postings added before the batch come first (their slots are lower), then the batch's.
    const cursor = new Int32Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const p = this.#postings[t] as Postings;
      const at = starts[t] as number;
      slots.set(p.slots.subarray(0, p.length), at);
      impacts.set(p.impacts.subarray(0, p.length), at);
      cursor[t] = at + p.length;
    }
    let k = 0;
    for (let slot = bulk.firstSlot; slot <= bulk.lastSlot; slot++) {
      const end = bulk.ends[slot] as number;
      for (; k < end; k++) {
        const t = bulk.terms[k] as number;
        const at = cursor[t] as number;
        slots[at] = slot;
        impacts[at] = bulk.impacts[k] as number;
        cursor[t] = at + 1;
      }
    }
    for (let t = 0; t < termCount; t++) {
      const p = this.#postings[t] as Postings;
      const at = starts[t] as number;
      const length = p.length + (counts[t] as number);
      p.slots = slots.subarray(at, at + keepOf(length));
      p.impacts = impacts.subarray(at, at + keepOf(length));
      p.length = length;
    }
  }

  /** The index as plain data (postings packed without slack); see fromState. */
  exportState(): InvertedIndexState {
    const termCount = this.#postings.length;
    const starts = new Int32Array(termCount);
    const lengths = new Int32Array(termCount);
    let total = 0;
    this.#postings.forEach((p, t) => {
      starts[t] = total;
      lengths[t] = p.length;
      total += p.length;
    });
    const slots = new Int32Array(total);
    const impacts = new Uint16Array(total);
    this.#postings.forEach((p, t) => {
      slots.set(p.slots.subarray(0, p.length), starts[t]);
      impacts.set(p.impacts.subarray(0, p.length), starts[t]);
    });
    return {
      terms: [...this.#termTexts],
      df: this.#df.slice(0, termCount),
      starts,
      lengths,
      slots,
      impacts,
      alive: this.#alive.slice(0, this.#maxSlot() + 1),
      live: this.#live,
      deadPostings: this.#deadPostings,
      lengthSums: [...this.#lengthSums],
      averages: [...this.#averages],
      primed: this.#primed,
    };
  }

  /** An index from exportState's data; its postings are views into the state's arrays (no copy). */
  static fromState(state: InvertedIndexState): InvertedIndex {
    const index = new InvertedIndex();
    state.terms.forEach((term, id) => {
      index.#termIds.set(term, id);
      index.#termTexts.push(term);
      const start = state.starts[id] as number;
      const end = start + (state.lengths[id] as number);
      index.#postings.push({
        slots: state.slots.subarray(start, end),
        impacts: state.impacts.subarray(start, end),
        length: end - start,
      });
    });
    index.#df = state.df;
    index.#alive = state.alive;
    index.#live = state.live;
    index.#deadPostings = state.deadPostings;
    index.#totalPostings = state.slots.length;
    index.#lengthSums.set(state.lengthSums);
    index.#averages.set(state.averages);
    index.#primed = state.primed;
    return index;
  }

  #maxSlot(): number {
    for (let s = this.#alive.length - 1; s >= 0; s--) if (this.#alive[s] !== 0) return s;
    return -1;
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
   * Packs every postings list into one contiguous pair of arrays, each list keeping a sixteenth of
   * slack so the next few updates still append in place (a list that outgrows its slack moves to
   * an array of its own). After a batch build this drops the growth slack of ~100,000 separately
   * grown lists and, with it, the memory fragmentation their reallocations left behind.
   */
  trim(): void {
    let total = 0;
    for (const p of this.#postings) total += keepOf(p.length);
    const slots = new Int32Array(total);
    const impacts = new Uint16Array(total);
    let at = 0;
    for (const p of this.#postings) {
      const keep = keepOf(p.length);
      slots.set(p.slots.subarray(0, p.length), at);
      impacts.set(p.impacts.subarray(0, p.length), at);
      p.slots = slots.subarray(at, at + keep);
      p.impacts = impacts.subarray(at, at + keep);
      at += keep;
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
    // Lists that outgrew their place in the packed arrays left it unused: pack again.
    this.trim();
  }
}
