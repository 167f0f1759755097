// Stable vacancy ids: the title's slug, and for a second notice with the same title a suffix
// derived from its source file name, so the same notice gets the same id on every run
// whatever order the files are imported in.
import { createHash } from "node:crypto";
import type { Vacancy } from "../vacancy.ts";

/** Short stable hash of a source name (its last path segment, so moving the folder keeps ids). */
export function sourceTag(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  return createHash("sha256").update(name).digest("hex").slice(0, 6);
}

/**
 * Gives each vacancy a unique id. The first notice (by source name) with a title keeps the plain
 * slug; later ones with the same slug get "-<hash of source>". An id already in `existing` keeps
 * belonging to the vacancy from the same source.
 */
export function assignIds(vacancies: Vacancy[], existing: readonly Vacancy[] = []): Vacancy[] {
  const owner = new Map<string, string>(existing.map((v) => [v.id, v.source]));
  const sameName = (a: string, b: string) => (a.split(/[\\/]/).pop() ?? a) === (b.split(/[\\/]/).pop() ?? b);
  const ordered = [...vacancies].sort((a, b) => a.source.localeCompare(b.source));
  const result = new Map<Vacancy, Vacancy>();
  for (const v of ordered) {
    let id = v.id;
    const taken = owner.get(id);
    if (taken !== undefined && !sameName(taken, v.source))
      id = `${v.id}-${sourceTag(v.source)}`.slice(0, 120);
    owner.set(id, v.source);
    result.set(v, { ...v, id });
  }
  return vacancies.map((v) => result.get(v) as Vacancy);
}
