// A compact BM25F inverted index over document slots: one postings list per term, stored in
// growable typed arrays (slot + quantised field-weighted term frequency), so 100,000 long
// vacancies fit in memory and a query touches only the postings of its own terms. Slots only
// grow, so every postings list stays sorted by slot (queries binary-search them). Added documents
// are queued and written into the lists when the postings are next read (flush): a batch build
// sizes each list once.
import { FIELDS } from "./fields.ts";
import { foldCase, forEachWord, isAsciiLetterOrDigit, joinedCompoundEnd, termOf } from "./text.ts";

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

const QUEUE_CHUNK_BITS = 20;
const QUEUE_CHUNK_MASK = (1 << QUEUE_CHUNK_BITS) - 1;
/** A new term's lists, until its first postings are written (never written into: capacity 0). */
const NO_SLOTS = new Int32Array(0);
const NO_IMPACTS = new Uint16Array(0);

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

function isFoldedAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
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
   * word's characters: indexing reads words straight out of the vacancy's strings without
   * allocating a string for each of the tens of millions of words in 100,000 notices. The
   * folded words themselves ([a-z0-9] only) sit end to end in one byte pool.
   */
  #wordTable = new Int32Array(1 << 16).fill(-1);
  #wordCount = 0;
  #wordHashes = new Int32Array(1024);
  #wordTermIds = new Int32Array(1024);
  /** Word k is #wordPool[#wordStarts[k], #wordStarts[k + 1]). */
  #wordStarts = new Int32Array(1025);
  #wordPool = new Uint8Array(1 << 16);
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
  /**
   * Postings added since the last flush, in slot order: term ids and impacts in chunks of
   * 2^QUEUE_CHUNK_BITS entries (the first starts small), and (slot, number of entries) per document.
   */
  #queueTerms: Int32Array[] = [];
  #queueImpacts: Uint16Array[] = [];
  #queuedEntries = 0;
  #queueDocs = new Int32Array(1024);
  #queuedDocs = 0;
  /** Per term: queued postings. */
  #queuedPerTerm = new Int32Array(1024);
  /** Per field of the current document: where its term ids end in #fieldIds. */
  readonly #fieldEnds = new Int32Array(FIELDS.length);

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

  /** Number of terms a field has (for priming averages), its pieces as given to `add`. */
  countTerms(pieces: readonly string[]): number {
    let n = 0;
    for (const piece of pieces) {
      forEachWord(piece, (w) => {
        if (termOf(w) !== null) n++;
      });
    }
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
    this.flush();
    return this.#postings[termId] as Postings;
  }

  /** 1 per live slot: read directly by the query loop. */
  get aliveFlags(): Uint8Array {
    return this.#alive;
  }

  isAlive(slot: number): boolean {
    return this.#alive[slot] === 1;
  }

  /**
   * Indexes one document under a new, highest `slot`: each field as its pieces of text (in FIELDS
   * order; a field's text is its pieces joined by line breaks). Returns the new terms.
   */
  add(slot: number, fields: readonly (readonly string[])[]): string[] {
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
    const ends = this.#fieldEnds;
    let end = 0;
    for (let f = 0; f < FIELDS.length; f++) {
      const pieces = fields[f];
      if (pieces !== undefined)
        for (let k = 0; k < pieces.length; k++) end = this.#collect(pieces[k] as string, fresh, end);
      ends[f] = end;
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
    // Postings are queued in document order and written into their lists when next read (flush).
    const docTerms = this.#docTerms;
    const tf = this.#tf;
    const df = this.#df;
    const queued = this.#queuedPerTerm;
    for (let i = 0; i < distinct; i++) {
      const id = docTerms[i] as number;
      const impact = Math.min(MAX_IMPACT, Math.max(1, Math.round((tf[id] as number) * IMPACT_SCALE)));
      const entry = this.#queuedEntries;
      const chunk = entry >> QUEUE_CHUNK_BITS;
      const at = entry & QUEUE_CHUNK_MASK;
      if (chunk === this.#queueTerms.length || at === (this.#queueTerms[chunk] as Int32Array).length) {
        this.#growQueue(chunk);
      }
      (this.#queueTerms[chunk] as Int32Array)[at] = id;
      (this.#queueImpacts[chunk] as Uint16Array)[at] = impact;
      this.#queuedEntries++;
      df[id] = (df[id] as number) + 1;
      queued[id] = (queued[id] as number) + 1;
    }
    if (this.#queuedDocs * 2 === this.#queueDocs.length)
      this.#queueDocs = grownInt32(this.#queueDocs, this.#queuedDocs * 2 + 2);
    this.#queueDocs[this.#queuedDocs * 2] = slot;
    this.#queueDocs[this.#queuedDocs * 2 + 1] = distinct;
    this.#queuedDocs++;
    this.#totalPostings += distinct;
    return fresh;
  }

  /** Forgets the document in `slot` (the same fields it was added with); true when this compacted the postings. */
  remove(slot: number, fields: readonly (readonly string[])[]): boolean {
    if (this.#alive[slot] !== 1) return false;
    this.#alive[slot] = 0;
    this.#live--;
    const seen = new Set<number>();
    for (let f = 0; f < FIELDS.length; f++) {
      let length = 0;
      for (const piece of fields[f] ?? []) length = this.#collect(piece, null, length);
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

  /** Room for the next queued entry: a new chunk, or a first chunk twice as large (one update queues little). */
  #growQueue(chunk: number): void {
    if (chunk === this.#queueTerms.length) {
      const size = chunk === 0 ? 1024 : 1 << QUEUE_CHUNK_BITS;
      this.#queueTerms.push(new Int32Array(size));
      this.#queueImpacts.push(new Uint16Array(size));
      return;
    }
    const terms = this.#queueTerms[chunk] as Int32Array;
    const impacts = this.#queueImpacts[chunk] as Uint16Array;
    const grownTerms = new Int32Array(terms.length * 2);
    grownTerms.set(terms);
    const grownImpacts = new Uint16Array(terms.length * 2);
    grownImpacts.set(impacts);
    this.#queueTerms[chunk] = grownTerms;
    this.#queueImpacts[chunk] = grownImpacts;
  }

  /** Writes queued postings into their lists (called by every reader of postings). */
  flush(): void {
    if (this.#queuedDocs === 0) return;
    // Lists too small for what is queued move, each sized once (with an eighth of slack so the next
    // few updates still append without copying), into one buffer shared by this flush: a batch of
    // 100,000 documents makes two allocations, not a growth step per list every few hundred.
    const postings = this.#postings;
    const queued = this.#queuedPerTerm;
    let total = 0;
    let allMove = true;
    for (let id = 0; id < postings.length; id++) {
      const count = queued[id] as number;
      if (count === 0) continue;
      const p = postings[id] as Postings;
      const need = p.length + count;
      if (need > p.slots.length) total += need + (need >> 3) + 2;
      else allMove = false;
    }
    const slotBuffer = new Int32Array(total);
    const impactBuffer = new Uint16Array(total);
    // When every list moved (a batch build), entries are written straight into the shared buffer.
    const cursor = allMove ? new Int32Array(postings.length) : null;
    let start = 0;
    for (let id = 0; id < postings.length; id++) {
      const count = queued[id] as number;
      if (count === 0) continue;
      queued[id] = 0;
      const p = postings[id] as Postings;
      const need = p.length + count;
      if (need <= p.slots.length) continue;
      const capacity = need + (need >> 3) + 2;
      const slots = slotBuffer.subarray(start, start + capacity);
      slots.set(p.slots.subarray(0, p.length));
      const impacts = impactBuffer.subarray(start, start + capacity);
      impacts.set(p.impacts.subarray(0, p.length));
      p.slots = slots;
      p.impacts = impacts;
      if (cursor !== null) {
        cursor[id] = start + p.length;
        p.length = need;
      }
      start += capacity;
    }
    let entry = 0;
    for (let d = 0; d < this.#queuedDocs; d++) {
      const slot = this.#queueDocs[d * 2] as number;
      const end = entry + (this.#queueDocs[d * 2 + 1] as number);
      for (; entry < end; entry++) {
        const chunk = entry >> QUEUE_CHUNK_BITS;
        const at = entry & QUEUE_CHUNK_MASK;
        const id = (this.#queueTerms[chunk] as Int32Array)[at] as number;
        const impact = (this.#queueImpacts[chunk] as Uint16Array)[at] as number;
        if (cursor !== null) {
          const w = cursor[id] as number;
          cursor[id] = w + 1;
          slotBuffer[w] = slot;
          impactBuffer[w] = impact;
        } else {
          const p = postings[id] as Postings;
          p.slots[p.length] = slot;
          p.impacts[p.length] = impact;
          p.length++;
        }
      }
    }
    this.#queueTerms = [];
    this.#queueImpacts = [];
    this.#queuedEntries = 0;
    this.#queuedDocs = 0;
    if (this.#queueDocs.length > 1024) this.#queueDocs = new Int32Array(1024);
  }

  /**
   * Cuts the growth slack of every postings list to an eighth (after a batch build: saves up to a
   * third of their memory, while the next few updates still append without copying).
   */
  trim(): void {
    this.flush();
    for (const p of this.#postings) {
      const keep = p.length + (p.length >> 3) + 2;
      if (p.slots.length <= keep) continue;
      p.slots = p.slots.slice(0, keep);
      p.impacts = p.impacts.slice(0, keep);
    }
  }

  /** The index as plain data (postings packed without slack); see fromState. */
  exportState(): InvertedIndexState {
    this.flush();
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
    let slotCount = this.#alive.length;
    while (slotCount > 0 && this.#alive[slotCount - 1] === 0) slotCount--;
    return {
      terms: [...this.#termTexts],
      df: this.#df.slice(0, termCount),
      starts,
      lengths,
      slots,
      impacts,
      alive: this.#alive.slice(0, slotCount),
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
    index.#queuedPerTerm = new Int32Array(Math.max(1024, state.terms.length));
    index.#alive = state.alive;
    index.#live = state.live;
    index.#deadPostings = state.deadPostings;
    index.#totalPostings = state.slots.length;
    index.#lengthSums.set(state.lengthSums);
    index.#averages.set(state.averages);
    index.#primed = state.primed;
    return index;
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

  /**
   * Appends the term ids of a text to #fieldIds from `start`; returns the new end. New terms go to
   * `fresh` (null: do not create). Reads the text in place, as foldCase + [a-z0-9]+ would split it:
   * ASCII letters are lower-cased by their char code; a run holding non-ASCII characters (an
   * accent, a typographic apostrophe) is folded on its own, which gives the same words because
   * folding never changes an ASCII character nor lets one affect its neighbours.
   */
  #collect(text: string, fresh: string[] | null, start: number): number {
    let n = start;
    const length = text.length;
    let i = 0;
    while (i < length) {
      let c = text.charCodeAt(i);
      if (c < 128 && !isAsciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      const from = i;
      let hash = FNV_OFFSET;
      let ascii = true;
      while (i < length) {
        c = text.charCodeAt(i);
        if (c >= 128) ascii = false;
        else if (!isAsciiLetterOrDigit(c)) break;
        // A letter or digit OR 32 is its lower case (digits already have that bit).
        else hash = Math.imul(hash ^ (c | 32), FNV_PRIME);
        i++;
      }
      if (!ascii) {
        n = this.#collectFolded(foldCase(text.slice(from, i)), fresh, n);
        continue;
      }
      // "on-call" is one word (see forEachWord): rare, so it may build a string.
      if (c === 45 && i - from <= 3) {
        const joinedEnd = joinedCompoundEnd(text, text.slice(from, i).toLowerCase(), i);
        if (joinedEnd !== i) {
          const joined = (text.slice(from, i) + text.slice(i + 1, joinedEnd)).toLowerCase();
          i = joinedEnd;
          let joinedHash = FNV_OFFSET;
          for (let k = 0; k < joined.length; k++)
            joinedHash = Math.imul(joinedHash ^ joined.charCodeAt(k), FNV_PRIME);
          const id = this.#wordId(joined, 0, joined.length, joinedHash, fresh);
          if (id < 0) continue;
          if (n === this.#fieldIds.length) this.#fieldIds = grownInt32(this.#fieldIds, n + 1);
          this.#fieldIds[n++] = id;
          continue;
        }
      }
      const id = this.#wordId(text, from, i, hash, fresh);
      if (id < 0) continue;
      if (n === this.#fieldIds.length) this.#fieldIds = grownInt32(this.#fieldIds, n + 1);
      this.#fieldIds[n++] = id;
    }
    return n;
  }

  /** #collect for an already folded text: only a-z and 0-9 make words (folding may leave other characters). */
  #collectFolded(folded: string, fresh: string[] | null, start: number): number {
    let n = start;
    const length = folded.length;
    let i = 0;
    while (i < length) {
      let c = folded.charCodeAt(i);
      if (!isFoldedAlnum(c)) {
        i++;
        continue;
      }
      const from = i;
      let hash = FNV_OFFSET;
      while (i < length) {
        c = folded.charCodeAt(i);
        if (!isFoldedAlnum(c)) break;
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
      }
      const id = this.#wordId(folded, from, i, hash, fresh);
      if (id < 0) continue;
      if (n === this.#fieldIds.length) this.#fieldIds = grownInt32(this.#fieldIds, n + 1);
      this.#fieldIds[n++] = id;
    }
    return n;
  }

  /**
   * Term id of the word text[from, to) (ASCII letters and digits, either case; hash of its lower
   * case given), creating the word and its term when `fresh` is not null.
   */
  #wordId(text: string, from: number, to: number, hash: number, fresh: string[] | null): number {
    const table = this.#wordTable;
    const mask = table.length - 1;
    const size = to - from;
    const starts = this.#wordStarts;
    const pool = this.#wordPool;
    for (let b = hash & mask; ; b = (b + 1) & mask) {
      const k = table[b] as number;
      if (k === -1) break;
      if (this.#wordHashes[k] !== hash) continue;
      const s = starts[k] as number;
      if ((starts[k + 1] as number) - s !== size) continue;
      let j = 0;
      while (j < size && ((text.charCodeAt(from + j) | 32) as number) === pool[s + j]) j++;
      if (j === size) return this.#wordTermIds[k] as number;
    }
    const word = text.slice(from, to).toLowerCase();
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
        this.#postings.push({ slots: NO_SLOTS, impacts: NO_IMPACTS, length: 0 });
        this.#df = grownInt32(this.#df, id + 1);
        this.#queuedPerTerm = grownInt32(this.#queuedPerTerm, id + 1);
        fresh.push(term);
      }
    }
    const k = this.#wordCount++;
    this.#wordHashes = grownInt32(this.#wordHashes, k + 1);
    this.#wordTermIds = grownInt32(this.#wordTermIds, k + 1);
    this.#wordStarts = grownInt32(this.#wordStarts, k + 2);
    const s = this.#wordStarts[k] as number;
    if (s + size > this.#wordPool.length) {
      const grown = new Uint8Array(Math.max(s + size, this.#wordPool.length * 2));
      grown.set(this.#wordPool);
      this.#wordPool = grown;
    }
    for (let j = 0; j < size; j++) this.#wordPool[s + j] = word.charCodeAt(j);
    this.#wordStarts[k + 1] = s + size;
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
    for (let k = 0; k < this.#wordCount; k++) this.#placeWord(k);
  }

  #ensureTermScratch(): void {
    const need = this.#postings.length;
    if (this.#tf.length >= need) return;
    this.#tf = grownFloat64(this.#tf, need);
    this.#tfStamp = grownInt32(this.#tfStamp, need);
  }

  #compact(): void {
    this.flush();
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
