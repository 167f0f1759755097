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

/** Lower case, accents stripped; everything that is not a letter or digit becomes a space. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ");
}

/** The words of a text after folding (stop words kept). */
export function words(text: string): string[] {
  const folded = foldText(text).trim();
  return folded === "" ? [] : folded.split(" ");
}

/**
 * A light, conservative English stemmer (plurals, -ing, -ed, final -e), so that "networks",
 * "networking" and "network" meet, without the over-eager conflations of a full Porter stemmer.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Search terms of a text: folded words without stop words, stemmed, in order (duplicates kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}
