// Chat spellings ("whats", "dont", "u") and misspelt question words ("dealine", "requirments", "salry") would keep a question from reaching
// its intent rule and would then be searched for as if they named a post. This corrects them
// against the intent vocabulary before the rules run. Only long keywords are targets, a typo must
// keep the first letter, and a word that is itself a keyword or a known near-miss stays as written.
import { editDistance } from "../search/SpellingIndex.ts";

/** Intent words people misspell; each is long enough that one or two edits rarely make another real word. */
const KEYWORDS = [
  "deadline",
  "deadlines",
  "closing",
  "requirement",
  "requirements",
  "qualification",
  "qualifications",
  "salary",
  "language",
  "languages",
  "experience",
  "education",
  "clearance",
  "eligibility",
  "eligible",
  "responsibilities",
  "competencies",
  "application",
  "available",
  "vacancies",
  "vacancy",
  "positions",
  "position",
  "remuneration",
  "contract",
  "reporting",
  "reports",
  "length",
];

/** Real words one edit away from a keyword: never "corrected" into it. */
const NEAR_MISSES = new Set(["clothing", "cloning", "contact", "contracts", "report", "repairs"]);

const KEYWORD_SET = new Set(KEYWORDS);
/** Typos are only corrected in words at least this long (shorter words are too easily other words). */
const MIN_LENGTH = 5;
/** From this length on two edits are allowed ("qualifcatons"). */
const TWO_EDITS_FROM = 9;

/** Words already looked at: chat repeats its words, and each look is an edit-distance scan. */
const corrected = new Map<string, string | null>();
const MAX_REMEMBERED = 10_000;

/** The keyword a folded word misspells, or null when it is fine as written or too far from any keyword. */
export function correctKeyword(word: string): string | null {
  let found = corrected.get(word);
  if (found === undefined) {
    if (corrected.size >= MAX_REMEMBERED) corrected.clear();
    found = nearestKeyword(word);
    corrected.set(word, found);
  }
  return found;
}

function nearestKeyword(word: string): string | null {
  if (word.length < MIN_LENGTH || KEYWORD_SET.has(word) || NEAR_MISSES.has(word) || /\d/.test(word))
    return null;
  // A keyword's plural or singular is the word as meant ("applications", "salaries").
  if (KEYWORD_SET.has(word.replace(/(ies|s)$/, (m) => (m === "ies" ? "y" : "")))) return null;
  const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const keyword of KEYWORDS) {
    if (keyword[0] !== word[0]) continue;
    const d = editDistance(word, keyword, max);
    if (d < bestDistance) {
      best = keyword;
      bestDistance = d;
    }
  }
  return best;
}

/** Chat spellings of question words, written out as folding writes the full forms ("what's" -> "what s"). */
const CHAT_FORMS: Record<string, string> = {
  im: "i m",
  ive: "i ve",
  dont: "don t",
  doesnt: "doesn t",
  didnt: "didn t",
  isnt: "isn t",
  arent: "aren t",
  cant: "can t",
  whats: "what s",
  wats: "what s",
  b4: "before",
  wots: "what s",
  whens: "when s",
  wheres: "where s",
  hows: "how s",
  whos: "who s",
  theres: "there s",
  u: "you",
  ur: "your",
  r: "are",
  // Chat shorthand for question words: too short for spelling correction, never words of a notice.
  wen: "when",
  wat: "what",
  wht: "what",
  hw: "how",
  dos: "does",
  mny: "many",
  abt: "about",
  req: "requirements",
  reqs: "requirements",
  reqts: "requirements",
  reqmts: "requirements",
  quals: "qualifications",
  sal: "salary",
  exp: "experience",
  yrs: "years",
  yr: "years",
};

/** Chat phrases for requirement kinds ("nice-to-haves" are the desirable ones, "must-haves" the essential ones) and school levels. */
const CHAT_PHRASES: readonly [RegExp, string][] = [
  [/\bnice to haves?\b/g, "desirable"],
  // "what's open rn": "right now" at the end of a message ("RN" elsewhere may be a nurse).
  [/ (rn|atm)$/, " right now"],
  [/\bmust haves?\b/g, "essential"],
  // Notices say "secondary education" where people say "high school" or "secondary school".
  [/\b(high|secondary) school( diploma| education| level)?\b/g, "secondary education"],
];

const LIVE_PHRASES: readonly [RegExp, string][] = [
  [/\b(still|currently|now|are|is|jobs|posts|vacancies|roles|positions|openings) live\b/g, "$1 open"],
  [/\blive (jobs|posts|vacancies|roles|positions|openings|adverts|ads)\b/g, "open $1"],
];

/**
 * Short question words too short for edit-distance correction, but whose one-letter-dropped forms
 * ("clse", "whn", "wher") are no English word: a word that is one of these minus one letter (the
 * first kept) is read as meant.
 */
const DROPPED_LETTER_KEYWORDS = ["close", "closes", "when", "where", "which"];
/** English words that are a keyword minus a letter: "when were the jobs posted" means "were". */
const WORDS_AS_WRITTEN = new Set(["were"]);

/** The short keyword a word is with one letter dropped, or null. */
export function droppedLetterKeyword(word: string): string | null {
  if (word.length < 3 || DROPPED_LETTER_KEYWORDS.includes(word) || WORDS_AS_WRITTEN.has(word)) return null;
  for (const keyword of DROPPED_LETTER_KEYWORDS) {
    if (keyword.length !== word.length + 1 || keyword[0] !== word[0]) continue;
    for (let i = 1; i < keyword.length; i++)
      if (keyword.slice(0, i) + keyword.slice(i + 1) === word) return keyword;
  }
  return null;
}

/** A folded question with chat spellings written out and misspelt intent keywords replaced by the keyword. */
export function correctKeywords(folded: string): string {
  let text = folded;
  for (const [phrase, meant] of CHAT_PHRASES) text = text.replace(phrase, meant);
  // A "live" post is an open one: "how many posts are still live", "any live vacancies".
  if (text.includes("live")) for (const [phrase, meant] of LIVE_PHRASES) text = text.replace(phrase, meant);
  return text
    .split(" ")
    .map((w) => CHAT_FORMS[w] ?? correctKeyword(w) ?? droppedLetterKeyword(w) ?? w)
    .join(" ");
}
