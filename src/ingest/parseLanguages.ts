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

// NATO levels I-VI (with their names), CEFR A1-C2, and plain words.
const LEVEL_NAMES =
  "Elementary|Beginner|Intermediate|Advanced|Proficiency|Proficient|Expert|Native|Functional|Basic";
const LEVEL_RE = new RegExp(
  String.raw`\b(?:level\s+)?(VI|IV|V|III|II|I)\b\s*(?:\(\s*"?\s*(${LEVEL_NAMES})\s*"?\s*\))?|\b([ABC][12])\b|\b(fluen(?:t|cy)|excellent|very good|good|working knowledge|basic knowledge|mother tongue|native|proficien(?:t|cy)|advanced|intermediate|elementary|full professional proficiency)\b`,
  "i",
);

/** Level as written: "V (Advanced)", "C1", "fluent"; null when the text gives none. */
function readLevel(text: string): string | null {
  const m = LEVEL_RE.exec(text);
  if (!m) return null;
  if (m[1]) return m[2] ? `${m[1].toUpperCase()} (${capitalise(m[2])})` : m[1].toUpperCase();
  if (m[3]) return m[3].toUpperCase();
  return m[4] ? m[4].toLowerCase() : null;
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
      !/\blanguages?\b|\blevel\b|fluen|proficien|knowledge of|command of|mother tongue|native|\b[ABC][12]\b|speak|written|oral|\bin (one|the other)\b/i.test(
        text,
      )
    ) {
      continue;
    }
    // "V in one and II in the other": the levels are alternatives across the named languages
    const either = /\bin one\b[^.]*\bin the other\b|\bin one\b[^.]*\bother\b|\beither\b/i.test(text);
    const note = either || languages.length > 1 || desirable ? describe(text, desirable) : null;
    for (const language of languages) {
      if (found.has(language)) continue;
      const level = either ? null : readLevel(levelContext(text, language));
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

/** The statement as a short note: from the levels on ("V (Advanced) in one and II (Elementary) in the other"). */
function describe(text: string, desirable: boolean): string {
  const clean = text.replace(/"/g, "").replace(/\s+/g, " ").trim();
  const afterColon = /:\s*(.+)$/.exec(clean)?.[1];
  const note = (afterColon && LEVEL_RE.test(afterColon) ? afterColon : clean).replace(/[.;]$/, "");
  return desirable ? `desirable: ${note}` : note;
}
