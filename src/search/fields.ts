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

// Each field is built from pieces (the vacancy's own strings, read in place): the index tokenises
// them one by one, which spares joining 100,000 notices into fresh strings; the field's text is
// the pieces joined by a line break (no word spans two pieces).

/** Title-like text: the title and the names of the notice's profiles. */
export function titlePieces(vacancy: Vacancy): string[] {
  const pieces = [vacancy.title];
  for (const p of vacancy.profiles) pieces.push(p.name);
  return pieces;
}

/** Where the post sits; a location naming only a city gains its country ("Brussels" -> Belgium). */
export function placePieces(vacancy: Vacancy): string[] {
  const pieces: string[] = [];
  if (vacancy.unit) pieces.push(vacancy.unit);
  if (vacancy.organisation) pieces.push(vacancy.organisation);
  if (vacancy.location) pieces.push(vacancy.location);
  const country = countryOf(vacancy.location);
  if (country && !vacancy.location?.includes(country)) pieces.push(country);
  for (const p of vacancy.profiles) if (p.unit) pieces.push(p.unit);
  if (vacancy.category) pieces.push(vacancy.category);
  return pieces;
}

/** What the post asks of candidates. */
export function requirementsPieces(vacancy: Vacancy): string[] {
  const pieces = [...vacancy.essential, ...vacancy.desirable, ...vacancy.education, ...vacancy.experience];
  for (const l of vacancy.languages) {
    pieces.push(l.language);
    if (l.level) pieces.push(l.level);
    if (l.note) pieces.push(l.note);
  }
  return pieces;
}

/**
 * Only the opening of a long description is indexed: it names the unit and the role, while the
 * rest is mostly organisational boilerplate that costs index time and memory and blurs relevance.
 */
export const SUMMARY_INDEXED_CHARS = 5_000;

/**
 * Everything else worth finding a post by: its prose (the full description when the notice gave
 * one, which contains the summary, else the summary), the units and bodies its acronyms name
 * ("NATO Office of Resources (NOR)"), reporting line, grade, job type, competencies and working
 * conditions.
 */
export function summaryPieces(vacancy: Vacancy): string[] {
  const prose = vacancy.description || vacancy.summary;
  const pieces = [prose.length > SUMMARY_INDEXED_CHARS ? prose.slice(0, SUMMARY_INDEXED_CHARS) : prose];
  for (const a of vacancy.acronyms) pieces.push(`${a.long} ${a.short}`);
  if (vacancy.reportsTo) pieces.push(vacancy.reportsTo);
  if (vacancy.grade) pieces.push(vacancy.grade);
  if (vacancy.jobType) pieces.push(vacancy.jobType);
  for (const c of vacancy.competencies) if (c) pieces.push(c);
  // "jobs that involve travel", "can I telework": stated only among the working conditions.
  for (const c of vacancy.workingConditions) pieces.push(c);
  return pieces;
}

/** A field's text: its pieces, one per line. */
function joined(pieces: readonly string[]): string {
  return pieces.join(" \n ");
}

export function titleText(vacancy: Vacancy): string {
  return joined(titlePieces(vacancy));
}

export function placeText(vacancy: Vacancy): string {
  return joined(placePieces(vacancy));
}

export function requirementsText(vacancy: Vacancy): string {
  return joined(requirementsPieces(vacancy));
}

export function summaryText(vacancy: Vacancy): string {
  return joined(summaryPieces(vacancy));
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
