// The terms of one post's fields as the answer rules compare them with a question's words (title,
// place, requirements, names). One question checks several posts against several rules, and the
// same posts come up question after question, so each set is derived once per vacancy object, on
// first use, and kept while that object lives. Stored vacancies are frozen: a changed vacancy is a
// new object, so a kept set is never stale.
import { countryOf } from "../geography.ts";
import { placeText, requirementsText, titleInitials, titleText } from "../search/fields.ts";
import { terms } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";

/** Term sets of one vacancy, each computed on first use. */
export class PostTerms {
  readonly #vacancy: Vacancy;
  #title?: readonly string[];
  #place?: ReadonlySet<string>;
  #specific?: readonly string[];
  #names?: readonly (readonly string[])[];
  #naming?: { terms: ReadonlySet<string>; acronyms: readonly string[] };
  #titleAndInitials?: ReadonlySet<string>;

  constructor(vacancy: Vacancy) {
    this.#vacancy = vacancy;
  }

  /** Terms of the title and the profiles' names. */
  get title(): readonly string[] {
    this.#title ??= terms(titleText(this.#vacancy));
    return this.#title;
  }

  /** Where the post sits: unit, organisation, location and the location's country. */
  get place(): ReadonlySet<string> {
    const v = this.#vacancy;
    this.#place ??= new Set(terms(`${placeText(v)} ${countryOf(v.location) ?? ""}`));
    return this.#place;
  }

  /** The short, specific fields: what the post is called, where it reports and what it asks for (no repeats). */
  get specific(): readonly string[] {
    const v = this.#vacancy;
    this.#specific ??= [
      ...new Set([
        ...this.title,
        ...terms(v.reportsTo ?? ""),
        ...titleInitials(v.title),
        ...terms(requirementsText(v)),
        ...v.acronyms.flatMap((a) => terms(`${a.short} ${a.long}`)),
      ]),
    ];
    return this.#specific;
  }

  /**
   * Each name the notice gives the post or where it sits, as a run of terms: the title, reporting
   * line, unit, organisation, the profiles' units and the acronyms' long forms.
   */
  get names(): readonly (readonly string[])[] {
    const v = this.#vacancy;
    this.#names ??= [
      v.title,
      v.reportsTo,
      v.unit,
      v.organisation,
      ...v.profiles.map((p) => p.unit),
      ...v.acronyms.map((a) => a.long),
    ].flatMap((name) => (name ? [terms(name)] : []));
    return this.#names;
  }

  /**
   * The words that name the post rather than a skill: its title, place, initials and the acronyms
   * of its title or place (BNOSC, whose short forms are also returned, lower-case); others (TSCM)
   * may be skills.
   */
  get naming(): { terms: ReadonlySet<string>; acronyms: readonly string[] } {
    if (this.#naming) return this.#naming;
    const v = this.#vacancy;
    const head = new Set([...this.title, ...terms(placeText(v))]);
    const headAcronyms = v.acronyms.filter(
      (a) => terms(a.short).every((t) => head.has(t)) || terms(a.long).every((t) => head.has(t)),
    );
    this.#naming = {
      terms: new Set([
        ...head,
        ...titleInitials(v.title),
        ...headAcronyms.flatMap((a) => terms(`${a.short} ${a.long}`)),
      ]),
      acronyms: headAcronyms.map((a) => a.short.toLowerCase()),
    };
    return this.#naming;
  }

  /** Terms of the title and its initials. */
  get titleAndInitials(): ReadonlySet<string> {
    this.#titleAndInitials ??= new Set([...this.title, ...titleInitials(this.#vacancy.title)]);
    return this.#titleAndInitials;
  }
}

const kept = new WeakMap<Vacancy, PostTerms>();

/** The term sets of `vacancy`, shared by every rule and question that looks at this object. */
export function postTerms(vacancy: Vacancy): PostTerms {
  let found = kept.get(vacancy);
  if (!found) {
    found = new PostTerms(vacancy);
    kept.set(vacancy, found);
  }
  return found;
}
