// The weighted search fields of a vacancy (BM25F): title and acronyms weigh most, then where the
// post sits (unit, organisation, location), then requirements, then the summary.
import { countryOf } from "../geography.ts";
import type { Vacancy } from "../vacancy.ts";
import type { AcronymDefinition } from "./acronyms.ts";
import { terms, words } from "./text.ts";

/** One weighted field: its BM25F weight and length-normalisation strength. */
export interface FieldSpec {
  name: "title" | "acronyms" | "place" | "requirements" | "summary";
  weight: number;
  /** BM25 b: how much a long field is penalised. */
  b: number;
}

export const FIELDS: readonly FieldSpec[] = [
  { name: "title", weight: 10, b: 0.3 },
  { name: "acronyms", weight: 8, b: 0.2 },
  { name: "place", weight: 3, b: 0.5 },
  { name: "requirements", weight: 1.5, b: 0.75 },
  { name: "summary", weight: 1, b: 0.75 },
];

/** Title-like text: the title and the names of the notice's profiles. */
export function titleText(vacancy: Vacancy): string {
  return [vacancy.title, ...vacancy.profiles.map((p) => p.name)].join(" \n ");
}

/** Where the post sits; a location naming only a city gains its country ("Brussels" -> Belgium). */
export function placeText(vacancy: Vacancy): string {
  const country = countryOf(vacancy.location);
  return [
    vacancy.unit,
    vacancy.organisation,
    vacancy.location,
    country && !vacancy.location?.includes(country) ? country : null,
    ...vacancy.profiles.map((p) => p.unit),
    vacancy.category,
  ]
    .filter((s): s is string => Boolean(s))
    .join(" \n ");
}

/** What the post asks of candidates. */
export function requirementsText(vacancy: Vacancy): string {
  return [
    ...vacancy.essential,
    ...vacancy.desirable,
    ...vacancy.education,
    ...vacancy.experience,
    ...vacancy.languages.map((l) => `${l.language} ${l.level ?? ""} ${l.note ?? ""}`),
  ].join(" \n ");
}

/**
 * Only the opening of a long description is indexed: it names the unit and the role, while the
 * rest is mostly organisational boilerplate that costs index time and memory and blurs relevance.
 */
export const SUMMARY_INDEXED_CHARS = 5_000;

/**
 * Everything else worth finding a post by: its prose (the full description when the notice gave
 * one, which contains the summary, else the summary), the units and bodies its acronyms name
 * ("NATO Office of Resources (NOR)"), reporting line, grade, job type and competencies.
 */
export function summaryText(vacancy: Vacancy): string {
  const prose = vacancy.description || vacancy.summary;
  const summary = prose.length > SUMMARY_INDEXED_CHARS ? prose.slice(0, SUMMARY_INDEXED_CHARS) : prose;
  return [
    summary,
    ...vacancy.acronyms.map((a) => `${a.long} ${a.short}`),
    vacancy.reportsTo,
    vacancy.grade,
    vacancy.jobType,
    ...vacancy.competencies,
  ]
    .filter((s): s is string => Boolean(s))
    .join(" \n ");
}

/**
 * Acronym expansions for the title and place: an acronym written there gains its long form
 * ("Deputy Director OSS" -> operations security services), a long form written there gains its
 * acronym ("... Network Operations and Security Centre Chief" -> NOSC, BNOSC).
 */
export function acronymText(vacancy: Vacancy, dictionary: AcronymDictionary): string {
  const head = `${titleText(vacancy)} \n ${placeText(vacancy)}`;
  const out: string[] = titleInitials(vacancy.title);
  for (const m of head.matchAll(/\b[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*\b/g)) {
    const def = dictionary.byShort(m[0]);
    if (def) out.push(def.long);
  }
  const headTerms = terms(head);
  for (let i = 0; i < headTerms.length; i++) {
    for (const def of dictionary.startingWith(headTerms[i] as string)) {
      const longTerms = dictionary.longTerms(def);
      let ok = true;
      for (let k = 0; k < longTerms.length && ok; k++) ok = headTerms[i + k] === longTerms[k];
      if (ok) out.push(def.short);
    }
  }
  return out.join(" \n ");
}

/** Little words initials skip ("Network and Communications Technician" = NCT). */
const INITIALS_SKIP = new Set(["and", "of", "for", "the", "in", "to", "on", "at", "a", "an"]);

/**
 * The initials people shorten a title to: "Network and Communications Technician" -> NCT, and for
 * a "Role, Field" title also the spoken order: "Operator, Technical Security" -> OTS and TSO.
 */
export function titleInitials(title: string): string[] {
  const initials = (text: string) =>
    words(text)
      .filter((w) => !INITIALS_SKIP.has(w))
      .map((w) => w[0])
      .join("");
  const comma = title.indexOf(",");
  const orders = [title];
  if (comma > 0) orders.push(`${title.slice(comma + 1)} ${title.slice(0, comma)}`);
  // Acronyms already in the title are often written apart: "DD OSS" for "Deputy Director OSS".
  const spelledOut = title.replace(/\b[A-Z][A-Z0-9&]+\b/g, " ");
  if (spelledOut !== title) orders.push(spelledOut);
  const out = new Set<string>();
  for (const order of orders) {
    const i = initials(order);
    if (i.length >= 2 && i.length <= 6) out.add(i);
  }
  return [...out];
}

/** All acronyms known across the dataset, looked up by short form or by the first word of the long form. */
export class AcronymDictionary {
  readonly #byShort = new Map<string, AcronymDefinition>();
  readonly #byFirstTerm = new Map<string, AcronymDefinition[]>();
  readonly #longTerms = new Map<AcronymDefinition, string[]>();

  add(def: AcronymDefinition): void {
    const key = def.short.toUpperCase();
    if (this.#byShort.has(key)) return;
    const longTerms = terms(def.long);
    if (longTerms.length === 0) return;
    this.#byShort.set(key, def);
    this.#longTerms.set(def, longTerms);
    const first = longTerms[0] as string;
    const list = this.#byFirstTerm.get(first);
    if (list) list.push(def);
    else this.#byFirstTerm.set(first, [def]);
  }

  byShort(short: string): AcronymDefinition | undefined {
    return this.#byShort.get(short.toUpperCase());
  }

  startingWith(term: string): readonly AcronymDefinition[] {
    return this.#byFirstTerm.get(term) ?? [];
  }

  longTerms(def: AcronymDefinition): readonly string[] {
    return this.#longTerms.get(def) ?? [];
  }

  get size(): number {
    return this.#byShort.size;
  }

  /** Every definition, in the order added (adding them again in this order rebuilds the dictionary). */
  definitions(): AcronymDefinition[] {
    return [...this.#byShort.values()];
  }
}
