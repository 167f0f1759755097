// Acronyms a notice defines or implies, read from the notice text itself: "Operations and Security
// Services (OSS)" defines OSS; "BICES Network Operations and Security Centre (BNOSC)" also implies
// NOSC. Search uses them to expand titles both ways (OSS <-> Operations and Security Services).
import type { Vacancy } from "../vacancy.ts";
import { terms } from "./text.ts";

/** One acronym and its long form, as written in a notice. */
export interface AcronymDefinition {
  short: string;
  long: string;
}

/** Little words an acronym usually skips ("Operations and Security Services" = OSS). */
const CONNECTORS = new Set(["and", "of", "for", "the", "&", "on", "in", "to", "de", "du", "des", "la", "le"]);
const MAX_LONG_WORDS = 12;

/**
 * Can `words` spell `letters`? Each significant word gives its first letter and may give more of its
 * letters in order (VTC = Video and TeleConferencing); connectors may be skipped.
 */
function spells(letters: string, words: string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (li: number, wi: number): boolean => {
    if (li === letters.length) return wi === words.length;
    if (wi === words.length) return false;
    const key = `${li}:${wi}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = words[wi] as string;
    let ok = false;
    if (CONNECTORS.has(word) && go(li, wi + 1)) ok = true;
    if (!ok && word[0] === letters[li]) {
      // consume the first letter, then optionally more letters of the same word, in order
      let pos = 1;
      let l = li + 1;
      ok = go(l, wi + 1);
      while (!ok && l < letters.length) {
        const found = word.indexOf(letters[l] as string, pos);
        if (found < 0) break;
        pos = found + 1;
        l++;
        ok = go(l, wi + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/**
 * "Long Name (ABBR)" definitions found in a text. The long form is the shortest span that spells ABBR.
 * `skip(short)` says an acronym is already known, which spares the work of reading its long form.
 */
export function findAcronymDefinitions(
  text: string,
  skip: (short: string) => boolean = () => false,
): AcronymDefinition[] {
  return definitionsInText(text, skip);
}

/**
 * findAcronymDefinitions over pieces.join("\n"), without joining them unless a definition needs
 * its long form read (most notices only repeat acronyms already known) or one "(ABBR)" could run
 * across two pieces.
 */
function definitionsIn(pieces: readonly string[], skip: (short: string) => boolean): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  let joined: string | undefined;
  let offset = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as string;
    // A match running across a joint starts at an unclosed "(" at the end of a piece.
    // (indexOf forward: lastIndexOf is many times slower on long texts.)
    let open = piece.indexOf("(");
    if (open < 0) {
      offset += piece.length + 1;
      continue;
    }
    if (k < pieces.length - 1) {
      for (let close = 0; open >= 0; open = piece.indexOf("(", close)) {
        close = piece.indexOf(")", open);
        if (close < 0) return definitionsInText(joined ?? pieces.join("\n"), skip);
      }
    }
    const pattern = /\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)/g;
    for (let m = pattern.exec(piece); m !== null; m = pattern.exec(piece)) {
      const short = m[1] as string;
      if (isSkipped(short, skip)) continue;
      joined ??= pieces.join("\n");
      const definition = longFormBefore(joined, offset + m.index, short);
      if (definition) found.push(definition);
    }
    offset += piece.length + 1;
  }
  return found;
}

function definitionsInText(text: string, skip: (short: string) => boolean): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  const pattern = /\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const short = m[1] as string;
    if (isSkipped(short, skip)) continue;
    const definition = longFormBefore(text, m.index, short);
    if (definition) found.push(definition);
  }
  return found;
}

/** Too short to be an acronym, not one (fewer than two capitals), or already known. */
function isSkipped(short: string, skip: (short: string) => boolean): boolean {
  return lettersOf(short).length < 2 || !/[A-Z].*[A-Z]/.test(short) || skip(short);
}

function lettersOf(short: string): string {
  return short.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The shortest span of words just before text[at] ("(ABBR)") that spells `short`, if any. */
function longFormBefore(text: string, at: number, short: string): AcronymDefinition | undefined {
  const letters = lettersOf(short);
  const before = text.slice(Math.max(0, at - 200), at);
  const rawWords = before.split(/[^\p{L}\p{N}&'’-]+/u).filter(Boolean);
  // Stop at a sentence or clause break: the long form never spans one.
  const tail = rawWords.slice(-MAX_LONG_WORDS);
  for (let n = 1; n <= tail.length; n++) {
    const span = tail.slice(tail.length - n);
    const lower = span.map((w) => w.toLowerCase());
    if (CONNECTORS.has(lower[0] as string)) continue;
    if (lower[0]?.[0] !== letters[0]) continue;
    if (spells(letters, lower)) return { short, long: span.join(" ") };
  }
  return undefined;
}

/**
 * Acronyms implied by a definition: "BICES Network Operations and Security Centre (BNOSC)" implies
 * "Network Operations and Security Centre (NOSC)" when the first word gives exactly the first letter.
 */
export function impliedAcronyms(definition: AcronymDefinition): AcronymDefinition[] {
  const letters = definition.short.replace(/[^A-Za-z0-9]/g, "");
  const words = definition.long.split(/\s+/);
  if (letters.length < 4 || words.length < 3) return [];
  const rest = words.slice(1);
  while (rest.length > 0 && CONNECTORS.has((rest[0] as string).toLowerCase())) rest.shift();
  const restLetters = letters.slice(1);
  if (
    !spells(
      restLetters.toLowerCase(),
      rest.map((w) => w.toLowerCase()),
    )
  )
    return [];
  return [{ short: restLetters, long: rest.join(" ") }];
}

/** The text fields a notice's acronyms are defined in (their text: the pieces, one per line). */
function definingPieces(vacancy: Vacancy): string[] {
  const pieces = [
    vacancy.title,
    vacancy.unit ?? "",
    vacancy.organisation ?? "",
    vacancy.summary,
    vacancy.reportsTo ?? "",
  ];
  for (const p of vacancy.profiles) pieces.push(`${p.name} ${p.unit ?? ""}`);
  for (const line of vacancy.essential) pieces.push(line);
  for (const line of vacancy.desirable) pieces.push(line);
  return pieces;
}

/**
 * Every acronym a vacancy defines (parsed list plus its own text) and implies, deduplicated by short
 * form; `known(short)` skips re-reading definitions the caller already has (first definition wins).
 */
export function vacancyAcronyms(
  vacancy: Vacancy,
  known: (short: string) => boolean = () => false,
): AcronymDefinition[] {
  const byShort = new Map<string, AcronymDefinition>();
  const add = (d: AcronymDefinition) => {
    const key = d.short.toUpperCase();
    if (!byShort.has(key) && terms(d.long).length > 0) byShort.set(key, d);
  };
  const parsed = new Set(vacancy.acronyms.map((a) => a.short.toUpperCase()));
  const skip = (short: string) => parsed.has(short.toUpperCase()) || known(short);
  const defined = [...vacancy.acronyms, ...definitionsIn(definingPieces(vacancy), skip)];
  for (const d of defined) add(d);
  for (const d of defined) for (const implied of impliedAcronyms(d)) add(implied);
  return [...byShort.values()];
}
