// A compact BM25F inverted index over document slots: one postings list per term, stored in
// growable typed arrays (slot + quantised field-weighted term frequency), so 100,000 long
// vacancies fit in a few hundred MB and a query touches only the postings of its own terms.
import { FIELDS } from "./fields.ts";

/** Quantisation of the pseudo term frequency stored per posting. */
const IMPACT_SCALE = 256;
const MAX_IMPACT = 65_535;

/** Per-term postings: slots and quantised pseudo frequencies, `length` entries used. */
export interface Postings {
  slots: Int32Array;
  impacts: Uint16Array;
  length: number;
}

/** BM25F postings with live document frequencies; removal tombstones a slot until compaction. */
export class InvertedIndex {
  readonly #termIds = new Map<string, number>();
  readonly #termTexts: string[] = [];
  readonly #postings: Postings[] = [];
  readonly #df: number[] = [];
  #alive = new Uint8Array(1024);
  #live = 0;
  #deadPostings = 0;
  #totalPostings = 0;
  readonly #lengthSums = new Float64Array(FIELDS.length);
  /** Average field lengths used for normalisation (running, or primed from a sample). */
  readonly #averages = new Float64Array(FIELDS.length).fill(1);
  #primed = false;

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

  isAlive(slot: number): boolean {
    return this.#alive[slot] === 1;
  }

  /** Indexes one document (its terms per field, in FIELDS order) under `slot`; returns its new vocabulary. */
  add(slot: number, fieldTerms: readonly (readonly string[])[]): string[] {
    this.#live++;
    if (slot >= this.#alive.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.#alive.length * 2));
      grown.set(this.#alive);
      this.#alive = grown;
    }
    this.#alive[slot] = 1;
    for (let f = 0; f < FIELDS.length; f++) this.#lengthSums[f] += fieldTerms[f]?.length ?? 0;
    if (!this.#primed) {
      for (let f = 0; f < FIELDS.length; f++)
        this.#averages[f] = Math.max(1, this.#lengthSums[f] / this.#live);
    }
    const pseudo = new Map<string, number>();
    for (let f = 0; f < FIELDS.length; f++) {
      const list = fieldTerms[f] ?? [];
      const spec = FIELDS[f] as (typeof FIELDS)[number];
      const norm = 1 - spec.b + (spec.b * list.length) / (this.#averages[f] as number);
      const unit = spec.weight / norm;
      for (const term of list) pseudo.set(term, (pseudo.get(term) ?? 0) + unit);
    }
    const fresh: string[] = [];
    for (const [term, tf] of pseudo) {
      let id = this.#termIds.get(term);
      if (id === undefined) {
        id = this.#postings.length;
        this.#termIds.set(term, id);
        this.#termTexts.push(term);
        this.#postings.push({ slots: new Int32Array(2), impacts: new Uint16Array(2), length: 0 });
        this.#df.push(0);
        fresh.push(term);
      }
      const p = this.#postings[id] as Postings;
      if (p.length === p.slots.length) {
        const slots = new Int32Array(p.slots.length * 2);
        slots.set(p.slots);
        const impacts = new Uint16Array(p.impacts.length * 2);
        impacts.set(p.impacts);
        p.slots = slots;
        p.impacts = impacts;
      }
      p.slots[p.length] = slot;
      p.impacts[p.length] = Math.min(MAX_IMPACT, Math.max(1, Math.round(tf * IMPACT_SCALE)));
      p.length++;
      this.#df[id] = (this.#df[id] as number) + 1;
      this.#totalPostings++;
    }
    return fresh;
  }

  /** Forgets the document in `slot` (the same terms it was added with); true when this compacted the postings. */
  remove(slot: number, fieldTerms: readonly (readonly string[])[]): boolean {
    if (this.#alive[slot] !== 1) return false;
    this.#alive[slot] = 0;
    this.#live--;
    const seen = new Set<string>();
    for (let f = 0; f < FIELDS.length; f++) {
      const list = fieldTerms[f] ?? [];
      this.#lengthSums[f] -= list.length;
      for (const term of list) seen.add(term);
    }
    for (const term of seen) {
      const id = this.#termIds.get(term);
      if (id !== undefined) this.#df[id] = Math.max(0, (this.#df[id] as number) - 1);
    }
    this.#deadPostings += seen.size;
    // Dead postings cost time at query; drop them once they are a quarter of the index.
    if (this.#deadPostings > 10_000 && this.#deadPostings * 4 > this.#totalPostings) {
      this.#compact();
      return true;
    }
    return false;
  }

  /** Pseudo frequency back from a stored impact. */
  static impactToTf(impact: number): number {
    return impact / IMPACT_SCALE;
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
