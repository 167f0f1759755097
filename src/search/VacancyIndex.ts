// Search index over vacancies. (Implementation: issue #4.)
import type { Vacancy } from "../vacancy.ts";

export interface SearchHit {
  vacancy: Vacancy;
  /** 0 = perfect match, 1 = no match (fuse.js convention). */
  score: number;
}

/** Fuzzy index over the vacancy dataset; updated incrementally when the store changes. */
export class VacancyIndex {
  readonly #byId = new Map<string, Vacancy>();

  constructor(vacancies: Iterable<Vacancy> = []) {
    for (const v of vacancies) this.#byId.set(v.id, v);
  }

  upsert(vacancy: Vacancy): void {
    this.#byId.set(vacancy.id, vacancy);
  }

  remove(id: string): void {
    this.#byId.delete(id);
  }

  get(id: string): Vacancy | undefined {
    return this.#byId.get(id);
  }

  all(): Vacancy[] {
    return [...this.#byId.values()];
  }

  search(_query: string, _options: { limit?: number } = {}): SearchHit[] {
    return [];
  }
}
