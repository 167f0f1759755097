// Text -> search terms: the one tokenizer shared by the index and the query side, so both
// always agree (lower case, accents stripped, stop words dropped, a light English stemmer).

/** Function words that carry no meaning for matching a post. */
const STOP_WORDS = new Set(
  (
    "a an the and or of for to in on at by with from into onto about as is are was were be been being " +
    "do does did doing have has had having i me my we our you your he she it its they them their s t " +
    "this that these those there here what which who whom whose when where why how any all some each " +
    "can could should would will shall may might must not no nor so than then too very just also only " +
    "if but up down out over under again further once both such own same other per via e g eg etc ie " +
    "her his him hers"
  ).split(" "),
);

/** True for words the index ignores. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case, accents stripped; everything that is not a letter or digit becomes a space. */
export function foldText(text: string): string {
  return foldCase(text).replace(/[^a-z0-9]+/g, " ");
}

/** Lower case with accents stripped (the NFKD pass only runs on non-ASCII text: most notices are ASCII). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : lower;
}

/** ASCII letter or digit (either case). */
export function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * Calls `visit` with each folded word of a text, in order: the words of foldCase(text) matching
 * [a-z0-9]+. Reads the text in place: an ASCII run is lower-cased on its own, and a run holding
 * non-ASCII characters is folded on its own, which gives the same words because folding never
 * changes an ASCII character nor lets one affect its neighbours (no copy of the whole text).
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetterOrDigit(c)) {
      i++;
      continue;
    }
    const from = i;
    let ascii = true;
    let upper = false;
    while (i < length) {
      c = text.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (!isAsciiLetterOrDigit(c)) break;
      else if (c <= 90 && c >= 65) upper = true;
      i++;
    }
    if (!ascii) {
      for (const m of foldCase(text.slice(from, i)).matchAll(/[a-z0-9]+/g)) visit(m[0]);
      continue;
    }
    const word = upper ? text.slice(from, i).toLowerCase() : text.slice(from, i);
    // Only a short word before a hyphen can be a particle ("on-call"): most words skip the look.
    const joined = c === 45 && i - from <= 3 ? joinedCompoundEnd(text, word, i) : i;
    if (joined === i) {
      visit(word);
      continue;
    }
    visit(word + text.slice(i + 1, joined).toLowerCase());
    i = joined;
  }
}

/**
 * Particles that lose their meaning once split from the word they are hyphenated to: "on-call"
 * is no "call", "in-house" no "house", "e-mail" is "email". Such a compound is read as one word.
 */
const JOINED_PARTICLES = new Set(["on", "in", "off", "e"]);

/**
 * How a joined compound term is written in a notice: "oncall" (one word to the index) as
 * "on-call"; null for a term that is no such compound. For finding the term again in its text.
 */
export function hyphenatedForm(term: string): string | null {
  for (const particle of JOINED_PARTICLES)
    if (term.length > particle.length + 1 && term.startsWith(particle))
      return `${particle}-${term.slice(particle.length)}`;
  return null;
}

/** Where a "particle-word" compound starting with `word` (ending at `end`) ends; `end` when it is none. */
export function joinedCompoundEnd(text: string, word: string, end: number): number {
  if (text.charCodeAt(end) !== 45 || !JOINED_PARTICLES.has(word)) return end;
  let j = end + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!((c | 32) >= 97 && (c | 32) <= 122)) break;
    j++;
  }
  return j - end >= 3 ? j : end;
}

/** The words of a text after folding (stop words kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => {
    out.push(w);
  });
  return out;
}

/**
 * A light, conservative English stemmer (plurals, -ing, -ed, final -e), so that "networks",
 * "networking" and "network" meet, without the over-eager conflations of a full Porter stemmer.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

const termCache = new Map<string, string | null>();
const TERM_CACHE_SIZE = 50_000;

/** The search term of one folded word, or null for a stop word or a lone letter (memoised). */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = word.length < 2 && !/\d/.test(word) ? null : STOP_WORDS.has(word) ? null : stem(word);
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(word, term);
  return term;
}

/** Search terms of a text: folded words without stop words, stemmed, in order (duplicates kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const term = termOf(word);
    if (term !== null) out.push(term);
  });
  return out;
}
