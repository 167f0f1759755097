// Chat shorthand for the words of job titles: "dep dir" (Deputy Director), "tech sec op" (Technical
// Security Operator), "mgr", "dept", "asst", "ops". Too short for spelling correction and not
// prefixes long enough for the index's abbreviation rule, so they are read against the words that
// occur in titles only: a few hundred words in real data, where shorthand is unambiguous enough.

/** Query words this long or shorter are read as shorthand when the vocabulary does not know them. */
export const MAX_SHORTHAND_LENGTH = 4;
/** Readings kept per shorthand word (the most common title words first, see VacancyIndex). */
export const MAX_READINGS = 4;

/**
 * Is `short` shorthand for `word`? Same first letter, and its letters appear in `word` in order:
 * a prefix ("dep" deputy, "op" operator) or a contraction ("mgr" manager, "dept" department).
 * Two-letter shorthand is a prefix, or the initials of a compound's parts ("nw" network, "hq"
 * headquarters: the second letter opens a syllable after a consonant); "ot" in "operator" is not
 * how anyone shortens it.
 */
export function isShorthandFor(short: string, word: string): boolean {
  if (short.length < 2 || word.length <= short.length || short[0] !== word[0]) return false;
  if (short.length === 2) return word.startsWith(short) || opensInnerSyllable(word, short[1] as string);
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = word.indexOf(short[i] as string, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const VOWEL = /[aeiouy]/;

/** Does `letter` (a consonant) occur in `word` after a consonant and before a vowel, as "w" in "net|work"? */
function opensInnerSyllable(word: string, letter: string): boolean {
  if (VOWEL.test(letter)) return false;
  for (let i = 2; i < word.length - 1; i++) {
    if (word[i] !== letter) continue;
    const before = word[i - 1] as string;
    if (!VOWEL.test(before) && before !== letter && VOWEL.test(word[i + 1] as string)) return true;
  }
  return false;
}

/** The words of vacancy titles (index terms), by first letter. Only added: a stale word stops matching. */
export class TitleVocabulary {
  readonly #byInitial = new Map<string, Set<string>>();

  add(term: string): void {
    if (term.length <= 2 || /\d/.test(term)) return;
    const initial = term[0] as string;
    let words = this.#byInitial.get(initial);
    if (!words) {
      words = new Set();
      this.#byInitial.set(initial, words);
    }
    words.add(term);
  }

  /** Title words `short` may stand for ("ops" also as the plural of "op"). */
  readings(short: string): string[] {
    if (short.length < 2 || short.length > MAX_SHORTHAND_LENGTH || /\d/.test(short)) return [];
    const words = this.#byInitial.get(short[0] as string);
    if (!words) return [];
    const singular = short.length > 2 && short.endsWith("s") ? short.slice(0, -1) : undefined;
    const out: string[] = [];
    for (const word of words) {
      if (isShorthandFor(short, word) || (singular && isShorthandFor(singular, word))) out.push(word);
    }
    return out;
  }

  /** Every word, for persisting with the index. */
  terms(): string[] {
    const out: string[] = [];
    for (const words of this.#byInitial.values()) out.push(...words);
    return out;
  }
}
