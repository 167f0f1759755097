// Language requirements with their levels: "level V (Advanced) of the English language",
// "NATO's official languages (English/French): V ("Advanced") in one and II ("Elementary") in
// the other", "Fluency in English; knowledge of French is desirable", CEFR "C1".
import type { LanguageRequirement } from "../vacancy.ts";

const LANGUAGES = [
  "English",
  "French",
  "German",
  "Spanish",
  "Italian",
  "Dutch",
  "Portuguese",
  "Polish",
  "Russian",
  "Ukrainian",
  "Arabic",
  "Chinese",
  "Mandarin",
  "Japanese",
  "Turkish",
  "Greek",
  "Romanian",
  "Bulgarian",
  "Czech",
  "Slovak",
  "Hungarian",
  "Danish",
  "Norwegian",
  "Swedish",
  "Finnish",
  "Estonian",
  "Latvian",
  "Lithuanian",
  "Croatian",
  "Slovenian",
  "Albanian",
  "Macedonian",
  "Montenegrin",
  "Serbian",
  "Icelandic",
  "Luxembourgish",
  "Farsi",
  "Persian",
  "Dari",
  "Pashto",
  "Hindi",
  "Korean",
  "Swahili",
];
const LANGUAGE_RE = new RegExp(`\\b(${LANGUAGES.join("|")})\\b`, "g");

// Level notations, most specific first: NATO "level V (Advanced)", STANAG "SLP 3333", CEFR "C1",
// then words ("fluent", "excellent").
const LEVEL_NAMES =
  "Elementary|Beginner|Intermediate|Advanced|Proficiency|Proficient|Expert|Native|Functional|Basic";
const NATO_LEVEL = new RegExp(
  String.raw`\b(?:level\s+)?(VI|IV|V|III|II|I)\s*\(\s*"?\s*(${LEVEL_NAMES})\s*"?\s*\)|\blevel\s+(VI|IV|V|III|II|I)\b`,
  "i",
);
const SLP = /\bSLP\s*:?\s*(\d{4})\b/i;
const CEFR = /\b([ABC][12])\b/;
const LEVEL_WORDS =
  /\b(fluen(?:t|cy)|excellent|very good|good|working knowledge|basic knowledge|mother tongue|native|proficien(?:t|cy)|advanced|intermediate|elementary|full professional proficiency)\b/i;
const LEVEL_RE = new RegExp([NATO_LEVEL.source, SLP.source, CEFR.source, LEVEL_WORDS.source].join("|"), "i");

/** Level as written: "V (Advanced)", "SLP 3333", "C1", "fluent"; null when the text gives none. */
function readLevel(text: string): string | null {
  const nato = NATO_LEVEL.exec(text);
  if (nato) {
    const numeral = (nato[1] ?? nato[3] ?? "").toUpperCase();
    return nato[2] ? `${numeral} (${capitalise(nato[2])})` : numeral;
  }
  const slp = SLP.exec(text);
  if (slp) return `SLP ${slp[1]}`;
  const cefr = CEFR.exec(text);
  if (cefr) return cefr[1] as string;
  const word = LEVEL_WORDS.exec(text);
  return word ? (word[1] as string).toLowerCase() : null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** Language requirements stated in `entries` (requirement list entries or sentences). */
export function parseLanguages(entries: { text: string; desirable: boolean }[]): LanguageRequirement[] {
  const found = new Map<string, LanguageRequirement>();
  for (const { text, desirable } of entries) {
    const languages = [...new Set([...text.matchAll(LANGUAGE_RE)].map((m) => m[1] as string))];
    if (languages.length === 0) continue;
    // only statements about language skills, not "English-speaking countries" in a duty
    if (
      !/\blanguages?\b|\blevel\b|fluen|proficien|knowledge of|command of|mother tongue|native|\b[ABC][12]\b|\bSLP\b|speak|written|oral|\bin (one|the other)\b/i.test(
        text,
      )
    ) {
      continue;
    }
    // "English and French are the working languages of the Secretariat" states no requirement
    if (/\b(working|official) languages\b/i.test(text) && !LEVEL_RE.test(text)) continue;
    // "V in one and II in the other": the levels are alternatives across the named languages
    const either = /\bin one\b[^.]*\bin the other\b|\bin one\b[^.]*\bother\b|\beither\b/i.test(text);
    // ("French as mother tongue; excellent command of English": each language with its own
    // level says all there is; "English or French, fluent" needs the statement as a note)
    const eachOwnLevel = languages.every((l) => ownPart(text, l, languages) !== undefined);
    const note =
      either || (languages.length > 1 && !eachOwnLevel) || desirable ? describe(text, desirable) : null;
    for (const language of languages) {
      if (found.has(language)) continue;
      const level = either ? null : readLevel(languages.length === 1 ? text : levelContext(text, language));
      found.set(language, { language, level, note });
    }
  }
  return [...found.values()];
}

/** The part of a statement that belongs to one language ("English: C1, French: B2"). */
function levelContext(text: string, language: string): string {
  const parts = text.split(/[;,]|\band\b/).filter((p) => p.includes(language));
  const own = parts.find((p) => LEVEL_RE.test(p));
  return own ?? text;
}

/** A part of the statement that names this language alone, with a level ("excellent command of English"). */
function ownPart(text: string, language: string, languages: string[]): string | undefined {
  return text
    .split(/[;,]|\band\b/)
    .find(
      (p) =>
        p.includes(language) && LEVEL_RE.test(p) && languages.every((l) => l === language || !p.includes(l)),
    );
}

/** The statement as a short note: from the levels on ("V (Advanced) in one and II (Elementary) in the other"). */
function describe(text: string, desirable: boolean): string {
  const clean = text.replace(/"/g, "").replace(/\s+/g, " ").trim();
  const afterColon = /:\s*(.+)$/.exec(clean)?.[1];
  const note = (afterColon && LEVEL_RE.test(afterColon) ? afterColon : clean).replace(/[.;]$/, "");
  return desirable ? `desirable: ${note}` : note;
}
