// Search index over vacancies, built for 100,000 posts: an inverted BM25F index retrieves
// candidates (typos corrected against the vocabulary), fuse.js re-ranks the few best on their
// short fields, and a deadline-ordered list answers "what's open" without scanning. Updated
// incrementally: upsert and remove touch one vacancy, never rebuild.
import { closingInstant } from "../answer/deadlineStatus.ts";
import type { Vacancy } from "../vacancy.ts";
import type { AcronymDefinition } from "./acronyms.ts";
import { vacancyAcronyms } from "./acronyms.ts";
import {
  AcronymDictionary,
  acronymText,
  FIELDS,
  placePieces,
  placeText,
  requirementsPieces,
  summaryPieces,
  titlePieces,
  titleText,
} from "./fields.ts";
import { IMPACT_SCALE, InvertedIndex, type InvertedIndexState } from "./InvertedIndex.ts";
import { rerankWithFuse } from "./rerank.ts";
import { SpellingIndex } from "./SpellingIndex.ts";
import { ShortFieldSimilarity, type ShortFields } from "./shortFieldSimilarity.ts";
import { TitleVocabulary } from "./TitleAbbreviations.ts";
import { terms } from "./text.ts";

export interface SearchHit {
  vacancy: Vacancy;
  /** 0 = perfect match, 1 = no match (fuse.js convention). */
  score: number;
  /** Share (0..1) of the query's meaning, weighted by word rarity, that this vacancy matches. */
  coverage: number;
  /** Share of the query matched by the post's title, acronyms and unit alone: high when the query names the post. */
  titleCoverage: number;
}

/** How a query word was read: as written, corrected, or not known at all. */
export interface QueryTerm {
  term: string;
  /** Vocabulary words it matched (itself, or corrections); empty when unknown. */
  matched: string[];
  corrected: boolean;
}

export interface SearchOptions {
  /** Hits to return (default 10). */
  limit?: number;
  /** Only vacancies passing this test count (e.g. open at a given time); each is read to test it. */
  filter?: (vacancy: Vacancy) => boolean;
  /** Only these vacancies (by id) count: cheap, no vacancy is read to test it. */
  ids?: ReadonlySet<string>;
  /** Only published vacancies still open at this instant, or without a deadline (cheap: no callback per vacancy). */
  openOrUndatedAt?: Date;
  /** Minimum coverage for a vacancy to match (default MIN_COVERAGE). */
  minCoverage?: number;
  /** "relevance" (default) or "deadline": earliest closing first, for lists. */
  orderBy?: "relevance" | "deadline";
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many vacancies matched in all (hits may be capped). */
  total: number;
  terms: QueryTerm[];
}

/**
 * A vacancy matches when the query words it contains carry at least this share of the query's
 * weight (rare words weigh more, unknown words weigh most). Tuned on the no-match questions in
 * test/search: "lunch", "coffee machine", "helicopter pilot", "data scientist" match nothing.
 */
export const MIN_COVERAGE = 0.55;
/** Candidates handed from the inverted index to the fuse.js re-ranker. */
export const RERANK_CANDIDATES = 12;
/** Query words considered (a pasted essay is cut, not fed whole to the index). */
const MAX_QUERY_TERMS = 24;
/** Query words whose readings are remembered at most (then forgotten together). */
const MAX_REMEMBERED_READINGS = 10_000;
/** Weight of a corrected or same-family word relative to an exact one. */
const CORRECTED_WEIGHT = 0.8;
const FAMILY_WEIGHT = 0.85;
const ABBREVIATION_WEIGHT = 0.7;
/** BM25 term-frequency saturation. */
const K1 = 1.6;

/** Where the index reads a vacancy back by id (it keeps only ids and what ranking needs). */
export type VacancyLookup = (id: string) => Vacancy | undefined;

export interface VacancyIndexOptions {
  /**
   * The owner of the vacancies (the store): hits are read back through it, so the index never holds
   * a second copy of 100,000 vacancies. Without one, the index keeps the vacancies it is given.
   * With one, `upsert` must be given the version it replaces (the store has already moved on).
   */
  lookup?: VacancyLookup;
}

/**
 * Vacancies to build an index from, read twice (acronyms first, then indexing) and never held: the
 * store hands its records over one decoded vacancy at a time, so 100,000 are never all in memory.
 */
export interface VacancyCollection extends Iterable<Vacancy> {
  readonly size: number;
}

/** A collection that can be read twice: arrays and sized collections as they are, anything else copied. */
function rereadable(vacancies: Iterable<Vacancy> | VacancyCollection): VacancyCollection {
  if (Array.isArray(vacancies))
    return { size: vacancies.length, [Symbol.iterator]: () => vacancies.values() };
  const sized = vacancies as Partial<VacancyCollection> & Iterable<Vacancy>;
  const reusable = typeof sized.size === "number" && sized[Symbol.iterator]() !== (sized as unknown);
  if (reusable) return sized as VacancyCollection;
  const copy = [...vacancies];
  return { size: copy.length, [Symbol.iterator]: () => copy.values() };
}

/**
 * Everything a VacancyIndex whose vacancies are owned by a lookup knows, as plain data: what is
 * persisted so a large dataset's index loads instead of being rebuilt (see indexFile.ts).
 */
export interface VacancyIndexSnapshot {
  /** Per slot: the vacancy id, null once removed. */
  ids: (string | null)[];
  /** Per slot: 1 when published. */
  published: Uint8Array<ArrayBuffer>;
  /** Per slot: closing instant (epoch ms), Infinity without a deadline. */
  closesAt: Float64Array<ArrayBuffer>;
  /** Per slot: the acronym-field text as indexed. */
  acronymFields: (string | null)[];
  acronyms: AcronymDefinition[];
  /** The words of titles (TitleVocabulary). */
  titleTerms: string[];
  index: InvertedIndexState;
}

interface Alternative {
  id: number;
  weight: number;
}

/** Fuzzy index over the vacancy dataset; updated incrementally when the store changes. */
export class VacancyIndex {
  /** The vacancy id in each slot (undefined once removed); slots only grow. */
  readonly #slotIds: (string | undefined)[] = [];
  readonly #slotById = new Map<string, number>();
  /** 1 per slot whose vacancy is published (open to applications unless its deadline passed). */
  #published = new Uint8Array(1024);
  /** The vacancies themselves, when no lookup owns them. */
  readonly #own: Map<string, Vacancy> | undefined;
  readonly #lookup: VacancyLookup;
  #index = new InvertedIndex();
  readonly #spelling = new SpellingIndex();
  readonly #acronyms = new AcronymDictionary();
  /** Words of titles, for chat shorthand ("dep dir", "mgr"). */
  readonly #titleWords = new TitleVocabulary();
  /**
   * How each query word was last read (#resolve). Chat questions repeat their words, and a
   * misspelt one costs a spelling search; any change to the indexed vacancies forgets them all.
   */
  readonly #readings = new Map<string, readonly Alternative[]>();
  /** Per slot: its acronym-field text as indexed (the dictionary grows; removal must use the same words). */
  readonly #acronymField: (string | undefined)[] = [];
  /** fuse.js on the re-rank candidates' short fields (it remembers word matches between queries). */
  readonly #shortFieldSimilarity = new ShortFieldSimilarity();
  /** Slots with a deadline, ordered by closing instant; slots without one. */
  #byClosing: number[] = [];
  #closesAt = new Float64Array(1024);
  readonly #noDeadline = new Set<number>();
  // Query scratch space, reused: an epoch stamp marks which slots this query touched.
  #epoch = 0;
  #stamp = new Int32Array(1024);
  #score = new Float64Array(1024);
  #cover = new Float64Array(1024);
  #lastTerm = new Int32Array(1024);
  /** The slots this query touched, in order (allocation-free: a query may touch 100,000). */
  #touched = new Int32Array(1024);

  constructor(vacancies: Iterable<Vacancy> | VacancyCollection = [], options: VacancyIndexOptions = {}) {
    if (options.lookup) {
      this.#own = undefined;
      this.#lookup = options.lookup;
    } else {
      const own = new Map<string, Vacancy>();
      this.#own = own;
      this.#lookup = (id) => own.get(id);
    }
    const source = rereadable(vacancies);
    const known = (short: string) => this.#acronyms.byShort(short) !== undefined;
    // First read: the acronym dictionary (every vacancy's title is expanded with all of it), and an
    // even sample of about 500 vacancies for the average field lengths.
    const step = Math.max(1, Math.floor(source.size / 500));
    const sample: Vacancy[] = [];
    let i = 0;
    for (const v of source) {
      for (const d of vacancyAcronyms(v, known)) this.#acronyms.add(d);
      if (i++ % step === 0) sample.push(v);
    }
    this.#primeAverages(sample);
    // Second read: index every vacancy (postings are queued and written into their lists once).
    for (const v of source) this.#insert(v, false);
    this.#index.trim();
    this.#byClosing = [...this.#slotById.values()].filter((s) => !this.#noDeadline.has(s));
    this.#byClosing.sort((a, b) => (this.#closesAt[a] as number) - (this.#closesAt[b] as number));
  }

  /** The index as plain data, for persisting; only an index whose vacancies a lookup owns has one. */
  toSnapshot(): VacancyIndexSnapshot {
    if (this.#own) throw new Error("VacancyIndex: only an index over a lookup (the store) can be persisted");
    const slots = this.#slotIds.length;
    return {
      ids: this.#slotIds.map((id) => id ?? null),
      published: this.#published.slice(0, slots),
      closesAt: this.#closesAt.slice(0, slots),
      acronymFields: Array.from({ length: slots }, (_, s) => this.#acronymField[s] ?? null),
      acronyms: this.#acronyms.definitions(),
      titleTerms: this.#titleWords.terms(),
      index: this.#index.exportState(),
    };
  }

  /** An index from a snapshot (see toSnapshot), reading its vacancies through `lookup`. */
  static fromSnapshot(snapshot: VacancyIndexSnapshot, options: { lookup: VacancyLookup }): VacancyIndex {
    const index = new VacancyIndex([], options);
    index.#index = InvertedIndex.fromState(snapshot.index);
    for (const term of snapshot.index.terms) index.#spelling.add(term);
    for (const def of snapshot.acronyms) index.#acronyms.add(def);
    for (const term of snapshot.titleTerms) index.#titleWords.add(term);
    index.#published = snapshot.published;
    index.#closesAt = snapshot.closesAt;
    snapshot.ids.forEach((id, slot) => {
      index.#slotIds.push(id ?? undefined);
      index.#acronymField.push(snapshot.acronymFields[slot] ?? undefined);
      if (id === null) return;
      index.#slotById.set(id, slot);
      if (snapshot.closesAt[slot] === Number.POSITIVE_INFINITY) index.#noDeadline.add(slot);
      else index.#byClosing.push(slot);
    });
    index.#byClosing.sort((a, b) => (snapshot.closesAt[a] as number) - (snapshot.closesAt[b] as number));
    return index;
  }

  /**
   * Adds or replaces one vacancy. `before` is the version being replaced, as indexed: required when
   * a lookup owns the vacancies (it already returns the new version), else read from the index.
   */
  upsert(vacancy: Vacancy, before?: Vacancy | null): void {
    this.#removeSlot(vacancy.id, before ?? undefined);
    this.#readings.clear();
    for (const d of vacancyAcronyms(vacancy, (short) => this.#acronyms.byShort(short) !== undefined)) {
      this.#acronyms.add(d);
    }
    this.#insert(vacancy, true);
  }

  /** Removes one vacancy (`before`: as indexed, required with a lookup, see upsert); unknown ids are ignored. */
  remove(id: string, before?: Vacancy): void {
    this.#removeSlot(id, before);
  }

  #removeSlot(id: string, before: Vacancy | undefined): void {
    const slot = this.#slotById.get(id);
    if (slot === undefined) return;
    const old = before ?? this.#own?.get(id);
    if (old === undefined) {
      throw new Error(`VacancyIndex: replacing "${id}" needs the version it replaces (pass \`before\`)`);
    }
    this.#slotById.delete(id);
    this.#own?.delete(id);
    this.#readings.clear();
    this.#index.remove(slot, this.#fieldTextsOf(old, this.#acronymField[slot] ?? ""));
    this.#slotIds[slot] = undefined;
    this.#published[slot] = 0;
    this.#acronymField[slot] = undefined;
    if (this.#noDeadline.delete(slot) === false) {
      const at = this.#closesAt[slot] as number;
      let i = this.#lowerBound(at);
      while (i < this.#byClosing.length && this.#byClosing[i] !== slot) i++;
      if (i < this.#byClosing.length) this.#byClosing.splice(i, 1);
    }
    // Slots are never reused: new documents always take the highest slot, which keeps postings sorted.
  }

  get(id: string): Vacancy | undefined {
    return this.#slotById.has(id) ? this.#lookup(id) : undefined;
  }

  all(): Vacancy[] {
    return [...this.#slotById.keys()].map((id) => this.#vacancyById(id));
  }

  get size(): number {
    return this.#slotById.size;
  }

  /** The instant (epoch ms) applications close, or null without a deadline. */
  closesAt(vacancy: Vacancy): number | null {
    return vacancy.deadline ? closingInstant(vacancy.deadline, vacancy.timeZone) : null;
  }

  /** Best matches for a free-text query, most relevant first. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.query(query, options).hits;
  }

  /** Matches with their total count and how each query word was read. */
  query(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 10;
    const minCoverage = options.minCoverage ?? MIN_COVERAGE;
    const orderBy = options.orderBy ?? "relevance";
    const n = Math.max(1, this.#index.size);
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const unknownIdf = idf(0);

    const queryTerms = [...new Set(terms(query))].slice(0, MAX_QUERY_TERMS);
    const read: QueryTerm[] = [];
    const resolved: { alternatives: readonly Alternative[]; weight: number }[] = [];
    let totalWeight = 0;
    for (const term of queryTerms) {
      const alternatives = this.#resolve(term);
      const weight =
        alternatives.length === 0
          ? unknownIdf
          : Math.max(...alternatives.map((a) => idf(this.#index.df(a.id)) * a.weight));
      totalWeight += weight;
      resolved.push({ alternatives, weight });
      read.push({
        term,
        matched: alternatives.map((a) => this.#termOf(a.id)),
        corrected: alternatives.length > 0 && alternatives[0]?.weight !== 1,
      });
    }
    if (totalWeight === 0) return { hits: [], total: 0, terms: read };

    this.#ensureScratch();
    const epoch = ++this.#epoch;
    const touched = this.#touched;
    let touchedCount = 0;
    // Heaviest (rarest) words first. Once the words still to come cannot lift a new vacancy to the
    // coverage threshold on their own, they only add to vacancies already found: a common word
    // ("experience") then costs a binary search per candidate, not a walk over 100,000 postings.
    const order = resolved
      .map((_, i) => i)
      .sort((a, b) => (resolved[b]?.weight ?? 0) - (resolved[a]?.weight ?? 0));
    let remaining = totalWeight;
    // Hot loop: typed arrays in locals, no closures (this runs over up to 100,000 postings).
    const stamp = this.#stamp;
    const score = this.#score;
    const cover = this.#cover;
    const lastTerm = this.#lastTerm;
    const alive = this.#index.aliveFlags;
    for (const termIndex of order) {
      const { alternatives, weight } = resolved[termIndex] as (typeof resolved)[number];
      const canAdd = remaining / totalWeight >= minCoverage - 1e-9;
      remaining -= weight;
      for (const alt of alternatives) {
        const p = this.#index.postings(alt.id);
        const slots = p.slots;
        const impacts = p.impacts;
        const termIdf = idf(this.#index.df(alt.id)) * alt.weight;
        const gain = weight * alt.weight;
        const probe = !canAdd && touchedCount * Math.log2(p.length + 2) < p.length;
        const count = probe ? touchedCount : p.length;
        for (let k = 0; k < count; k++) {
          let r = k;
          if (probe) {
            r = InvertedIndex.find(p, touched[k] as number);
            if (r < 0) continue;
          }
          const slot = slots[r] as number;
          if (alive[slot] !== 1) continue;
          if (stamp[slot] !== epoch) {
            if (!canAdd) continue;
            stamp[slot] = epoch;
            score[slot] = 0;
            cover[slot] = 0;
            lastTerm[slot] = -1;
            touched[touchedCount++] = slot;
          }
          if (lastTerm[slot] !== termIndex) {
            lastTerm[slot] = termIndex;
            cover[slot] = (cover[slot] as number) + gain;
          }
          const tf = (impacts[r] as number) / IMPACT_SCALE;
          score[slot] = (score[slot] as number) + (termIdf * (tf * (K1 + 1))) / (tf + K1);
        }
      }
    }

    // Keep matching slots, then select the best few (linear, no full sort of a large match set).
    const keep = Math.max(limit, orderBy === "relevance" ? RERANK_CANDIDATES : limit);
    const best: number[] = [];
    const closesAt = this.#closesAt;
    const key =
      orderBy === "deadline"
        ? (slot: number) => -(closesAt[slot] as number)
        : (slot: number) => score[slot] as number;
    let total = 0;
    const openAt = options.openOrUndatedAt?.getTime();
    const ids = options.ids;
    const needed = minCoverage * totalWeight - 1e-9;
    for (let t = 0; t < touchedCount; t++) {
      const slot = touched[t] as number;
      if ((cover[slot] as number) < needed) continue;
      if (
        openAt !== undefined &&
        (this.#published[slot] !== 1 || (this.#closesAt[slot] as number) <= openAt)
      ) {
        continue;
      }
      if (ids !== undefined && !ids.has(this.#slotIds[slot] as string)) continue;
      if (options.filter && !options.filter(this.#vacancyAt(slot))) continue;
      total++;
      insertTopK(best, slot, keep, key);
    }

    let hits: SearchHit[] = best.map((slot) => ({
      vacancy: this.#vacancyAt(slot),
      score: 0,
      coverage: Math.min(1, (this.#cover[slot] as number) / totalWeight),
      titleCoverage: 0,
    }));
    // Each hit's short fields, built once: the re-ranker and the title coverage below both read them.
    let fields: ShortFields[] = best.map((slot, i) => {
      const vacancy = (hits[i] as SearchHit).vacancy;
      return {
        title: titleText(vacancy),
        acronyms: this.#acronymField[slot] ?? "",
        place: placeText(vacancy),
      };
    });
    if (orderBy === "relevance" && hits.length > 0) {
      const top = this.#score[best[0] as number] as number;
      const relevance = best.map((slot) => (this.#score[slot] as number) / top);
      const ranked = rerankWithFuse(query, hits, relevance, fields, this.#shortFieldSimilarity);
      hits = ranked.map(({ candidate, score }) => ({ ...(hits[candidate] as SearchHit), score }));
      fields = ranked.map(({ candidate }) => fields[candidate] as ShortFields);
    }
    hits = hits.slice(0, limit);
    hits.forEach((hit, i) => {
      const { title, acronyms, place } = fields[i] as ShortFields;
      const head = new Set([...terms(title), ...terms(acronyms), ...terms(place)]);
      let covered = 0;
      resolved.forEach(({ alternatives, weight }) => {
        if (alternatives.some((a) => head.has(this.#termOf(a.id)))) covered += weight;
      });
      hit.titleCoverage = covered / totalWeight;
    });
    return { hits, total, terms: read };
  }

  /**
   * Published vacancies whose deadline is after `now`, earliest closing first, plus how many there
   * are; walks the deadline-ordered list from `now` on instead of scanning every vacancy.
   */
  openByDeadline(now: Date, limit: number): { vacancies: Vacancy[]; total: number } {
    const at = now.getTime();
    const vacancies: Vacancy[] = [];
    let total = 0;
    for (let i = this.#upperBound(at); i < this.#byClosing.length; i++) {
      const slot = this.#byClosing[i] as number;
      if (this.#published[slot] !== 1) continue;
      total++;
      if (vacancies.length < limit) vacancies.push(this.#vacancyAt(slot));
    }
    return { vacancies, total };
  }

  /** Published vacancies whose deadline is after `now`, latest closing first; walks the deadline order from its end. */
  openLatestFirst(now: Date, limit: number): Vacancy[] {
    const out: Vacancy[] = [];
    const from = this.#upperBound(now.getTime());
    for (let i = this.#byClosing.length - 1; i >= from && out.length < limit; i--) {
      const slot = this.#byClosing[i] as number;
      if (this.#published[slot] === 1) out.push(this.#vacancyAt(slot));
    }
    return out;
  }

  /** Vacancies whose deadline passed before `now`, most recently closed first. */
  recentlyClosed(now: Date, limit: number): Vacancy[] {
    const out: Vacancy[] = [];
    for (let i = this.#upperBound(now.getTime()) - 1; i >= 0 && out.length < limit; i--) {
      out.push(this.#vacancyAt(this.#byClosing[i] as number));
    }
    return out;
  }

  /** Published vacancies whose notice gives no deadline (their status is unknown). */
  withoutDeadline(limit: number): { vacancies: Vacancy[]; total: number } {
    const vacancies: Vacancy[] = [];
    let total = 0;
    for (const slot of this.#noDeadline) {
      if (this.#published[slot] !== 1) continue;
      total++;
      if (vacancies.length < limit) vacancies.push(this.#vacancyAt(slot));
    }
    return { vacancies, total };
  }

  #insert(vacancy: Vacancy, keepOrder: boolean): void {
    const slot = this.#slotIds.length;
    this.#slotIds[slot] = vacancy.id;
    this.#slotById.set(vacancy.id, slot);
    this.#own?.set(vacancy.id, vacancy);
    if (slot >= this.#published.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.#published.length * 2));
      grown.set(this.#published);
      this.#published = grown;
    }
    this.#published[slot] = vacancy.state === "published" ? 1 : 0;
    const acronymField = acronymText(vacancy, this.#acronyms);
    this.#acronymField[slot] = acronymField;
    for (const term of this.#index.add(slot, this.#fieldTextsOf(vacancy, acronymField))) {
      this.#spelling.add(term);
    }
    for (const piece of titlePieces(vacancy)) for (const term of terms(piece)) this.#titleWords.add(term);
    if (slot >= this.#closesAt.length) {
      const grown = new Float64Array(Math.max(slot + 1, this.#closesAt.length * 2));
      grown.set(this.#closesAt);
      this.#closesAt = grown;
    }
    const at = this.closesAt(vacancy);
    if (at === null) {
      // No deadline sorts after every deadline in "earliest closing first" lists.
      this.#closesAt[slot] = Number.POSITIVE_INFINITY;
      this.#noDeadline.add(slot);
      return;
    }
    this.#closesAt[slot] = at;
    if (keepOrder) this.#byClosing.splice(this.#upperBound(at), 0, slot);
  }

  /** Vocabulary alternatives for a query word (see #read), remembered until the vacancies change. */
  #resolve(term: string): readonly Alternative[] {
    let found = this.#readings.get(term);
    if (found === undefined) {
      // Bounded: question words are anyone's input.
      if (this.#readings.size >= MAX_REMEMBERED_READINGS) this.#readings.clear();
      found = this.#read(term);
      this.#readings.set(term, found);
    }
    return found;
  }

  /** Vocabulary alternatives for a query word: itself, else its word family, else spelling corrections. */
  #read(term: string): Alternative[] {
    const exact = this.#index.termId(term);
    if (exact !== undefined && this.#index.df(exact) > 0) return [{ id: exact, weight: 1 }];
    const out: Alternative[] = [];
    const push = (word: string, weight: number) => {
      const id = this.#index.termId(word);
      if (id !== undefined && this.#index.df(id) > 0 && !out.some((a) => a.id === id))
        out.push({ id, weight });
    };
    for (const word of this.#spelling.prefixFamily(term)) push(word, FAMILY_WEIGHT);
    for (const word of this.#spelling.expansions(term)) push(word, ABBREVIATION_WEIGHT);
    const corrections = this.#spelling.corrections(term);
    const closest = corrections[0]?.distance;
    for (const c of corrections) if (c.distance === closest) push(c.term, CORRECTED_WEIGHT / c.distance);
    if (out.length === 0) for (const word of this.#titleWords.readings(term)) push(word, ABBREVIATION_WEIGHT);
    // The most common readings first; a handful is enough.
    return out.sort((a, b) => b.weight - a.weight || this.#index.df(b.id) - this.#index.df(a.id)).slice(0, 4);
  }

  /** A vacancy's text per field (as pieces), in FIELDS order. */
  #fieldTextsOf(vacancy: Vacancy, acronymField: string): string[][] {
    return [
      titlePieces(vacancy),
      [acronymField],
      placePieces(vacancy),
      requirementsPieces(vacancy),
      summaryPieces(vacancy),
    ];
  }

  #vacancyAt(slot: number): Vacancy {
    return this.#vacancyById(this.#slotIds[slot] as string);
  }

  #vacancyById(id: string): Vacancy {
    const vacancy = this.#lookup(id);
    // The owner dropped a vacancy without telling the index: a wiring bug, not a user error.
    if (vacancy === undefined)
      throw new Error(`VacancyIndex: "${id}" is indexed but its owner no longer has it`);
    return vacancy;
  }

  #termOf(id: number): string {
    return this.#index.termText(id);
  }

  /** First position in #byClosing whose closing instant is > at. */
  #upperBound(at: number): number {
    let lo = 0;
    let hi = this.#byClosing.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#closesAt[this.#byClosing[mid] as number] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position in #byClosing whose closing instant is >= at. */
  #lowerBound(at: number): number {
    let lo = 0;
    let hi = this.#byClosing.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#closesAt[this.#byClosing[mid] as number] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Primes the index's average field lengths from a sample. */
  #primeAverages(sample: readonly Vacancy[]): void {
    if (sample.length === 0) return;
    const sums = new Array<number>(FIELDS.length).fill(0);
    let count = 0;
    for (const v of sample) {
      const lengths = this.#fieldTextsOf(v, acronymText(v, this.#acronyms)).map((pieces) =>
        this.#index.countTerms(pieces),
      );
      lengths.forEach((l, f) => {
        sums[f] = (sums[f] as number) + l;
      });
      count++;
    }
    this.#index.primeAverages(sums.map((s) => s / count));
  }

  #ensureScratch(): void {
    const need = this.#slotIds.length;
    if (this.#stamp.length >= need) return;
    const size = Math.max(need, this.#stamp.length * 2);
    this.#stamp = new Int32Array(size);
    this.#score = new Float64Array(size);
    this.#cover = new Float64Array(size);
    this.#lastTerm = new Int32Array(size);
    this.#touched = new Int32Array(size);
    this.#epoch = 0;
  }
}

/** Keeps `best` as the top `k` slots by `key`, descending (insertion into a small sorted array). */
function insertTopK(best: number[], slot: number, k: number, key: (slot: number) => number): void {
  const value = key(slot);
  if (best.length === k && value <= key(best[best.length - 1] as number)) return;
  let i = best.length;
  while (i > 0 && key(best[i - 1] as number) < value) i--;
  best.splice(i, 0, slot);
  if (best.length > k) best.pop();
}
