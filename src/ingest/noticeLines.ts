// Raw notice text -> normalised lines: one representation every ingest step reads, so
// bullets, quotes and spacing are handled once instead of in every parser.
import { readLabel } from "./fields.ts";

/** One non-empty line of a notice, bullets already stripped. */
export interface NoticeLine {
  /** Position among the notice's non-empty lines. */
  index: number;
  /** The text, trimmed, bullet marker removed, quotes and spaces normalised. */
  text: string;
  /** True when the line started with a bullet or a list number ("•", "-", "1)", "a.") */
  bullet: boolean;
  /** The kind of list marker ("•", "-", "o", "number", "letter"), to tell sub-items from items. */
  marker?: string;
  /** Spaces before the line's text as written, to tell sub-items from items. */
  indent?: number;
  /** True when a blank line precedes it (paragraph break). */
  blankBefore: boolean;
  /** 2 for a line numbered "2." or "2)", to tell a numbered list from numbered headings. */
  listNumber?: number;
}

// "•", "-", "*", "o ", "", "▪", "–" ... and list numbers "1)", "(a)", "a." (but not "1. SUMMARY":
// a numbered line is only a bullet when it reads as a sentence; sections.ts decides headings).
const BULLET = /^(?:[•·▪■●◦○◆◇►▸➢➤✓✔√\u2022\u2023\u2043\uf0b7\uf0a7\uf0d8]|[-–—*](?=\s)|o(?=\s))\s*/u;
const LIST_NUMBER = /^(?:\(?[a-zA-Z]\)|\(?\d{1,2}\)|[a-z]\.|\(?[ivx]{1,4}\))\s+/;

/** Canonical characters: NBSP and other spaces to " ", curly quotes to ASCII, no control chars. */
export function normaliseCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\u2026/g, "...")
    .split("")
    .filter((c) => !isControlCharacter(c))
    .join("");
}

/** C0 controls (except tab, newline, carriage return) and DEL. */
export function isControlCharacter(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 32 && c !== "\n" && c !== "\r" && c !== "\t") || code === 127;
}

/**
 * Removes Markdown / Slack emphasis and heading marks from a pasted line ("**Deadline:** 1 May",
 * "*Essential*", "## Desirable") so labels and headings read as in a plain page.
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s:.,;)]|$)/g, "$1$2")
    .trim();
}

// "1. A university degree in ...;": a list number before a sentence. "1. SUMMARY" and
// "2. Main functions" stay headings: the text must end as a list entry does, or run long.
// A lower-case start also marks an entry ("3. knowledge of auditing tools"): headings are capitalised.
const NUMBERED_ENTRY = /^(\d{1,2})\.\s+(?=\S)/;
function readsAsEntry(text: string): boolean {
  const words = text.split(/\s+/);
  // a sentence, not a title-case heading: most of 8+ words start in lower case (also when wrapped)
  const sentenceCase = words.length >= 8 && words.filter((w) => /^[a-z]/.test(w)).length * 2 >= words.length;
  return /[.;,]$/.test(text) || /^[a-z]/.test(text) || sentenceCase;
}

/** "•" -> "•", "1)" / "2." -> "number", "(a)" / "b." -> "letter". */
function markerKind(marker: string): string {
  const m = marker.trim().replace(/[().]/g, "");
  if (/^\d+$/.test(m)) return "number";
  // ("(i)" under "a)": a roman numeral; a list of bracketed letters rarely runs to its ninth)
  if (/^\(i\)$/i.test(marker.trim())) return "roman";
  if (/^[a-z]$/i.test(m)) return "letter";
  if (/^[ivx]+$/i.test(m)) return "roman";
  return m;
}

/** Strips a leading bullet or list marker; returns the rest and whether one was found. */
export function stripBullet(text: string): { text: string; bullet: boolean; marker?: string } {
  const trimmed = text.trim();
  const numbered = NUMBERED_ENTRY.exec(trimmed);
  const bullet =
    BULLET.exec(trimmed) ??
    LIST_NUMBER.exec(trimmed) ??
    (numbered && readsAsEntry(trimmed.slice(numbered[0].length)) ? numbered : null);
  if (!bullet) return { text: trimmed, bullet: false };
  const rest = trimmed.slice(bullet[0].length).trim();
  return { text: rest, bullet: true, marker: markerKind(bullet[0]) };
}

// Emoji and other pictographs ("🚀", "✅", "📍"), with their modifiers; the marks that are
// characters of their own ("©", "®", "™") and the bullets above are not among them.
// Slack and Teams write them as short codes (":white_check_mark:", ":rocket:").
const PICTOGRAPH =
  /(?![©®™✓✔►➢➤◆◇■●▪])\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|\p{Extended_Pictographic})*|\u{FE0F}|(?<![\w:]):[a-z][a-z0-9_+-]{1,40}:(?![\w:])/gu;
const LEADING_PICTOGRAPH = new RegExp(`^\\s*(${PICTOGRAPH.source})`, "u");
const HAS_PICTOGRAPH = new RegExp(PICTOGRAPH.source, "u");

/**
 * Social posts decorate lines with emoji: a pictograph that opens several lines ("✅ Degree in
 * law") is their list marker and becomes a bullet; every other pictograph ("🚀 We're hiring! 🚀",
 * "📍 Mons") is decoration and goes.
 */
function replacePictographs(lines: string[]): string[] {
  const openers = new Map<string, number>();
  for (const l of lines) {
    const m = LEADING_PICTOGRAPH.exec(l);
    if (m?.[1]) openers.set(m[1], (openers.get(m[1]) ?? 0) + 1);
  }
  return lines.map((l) => {
    if (!HAS_PICTOGRAPH.test(l)) return l;
    const opener = LEADING_PICTOGRAPH.exec(l)?.[1];
    const rest = l.replace(PICTOGRAPH, "").replace(/ {2,}/g, " ").trim();
    return opener && (openers.get(opener) ?? 0) >= 2 && rest ? `• ${rest}` : rest;
  });
}

/** Splits normalised text into non-empty lines; a bullet alone on its line joins the next line. */
export function toNoticeLines(text: string): NoticeLine[] {
  const lines: NoticeLine[] = [];
  let blank = true;
  let pending: { marker?: string; indent: number } | null = null;
  for (const raw of replacePictographs(normaliseCharacters(text).split("\n"))) {
    const collapsed = stripMarkdown(raw.replace(/ {2,}/g, " ").trim());
    if (!collapsed) {
      blank = true;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const { text: body, bullet, marker } = stripBullet(collapsed);
    if (!body) {
      pending = { marker, indent };
      continue;
    }
    const line: NoticeLine = {
      index: lines.length,
      text: body,
      bullet: bullet || pending !== null,
      blankBefore: blank,
    };
    if (line.bullet) {
      line.marker = marker ?? pending?.marker;
      line.indent = pending?.indent ?? indent;
    }
    const listNumber = /^\(?(\d{1,2})[.)]\s/.exec(collapsed)?.[1];
    if (listNumber) line.listNumber = Number(listNumber);
    lines.push(line);
    blank = false;
    pending = null;
  }
  return joinWrappedLines(markNumberedRuns(lines));
}

/**
 * "1. University degree in finance" / "2. Five years of experience" / "3. Excellent English": lines
 * numbered one after another with nothing between them are a list's entries, not numbered
 * headings (a heading has its text under it). Not a run of labelled fields ("1. Grade: A-2") or
 * of headings in capitals (a table of contents).
 */
function markNumberedRuns(lines: NoticeLine[]): NoticeLine[] {
  const numberOf = (l: NoticeLine | undefined) => l?.listNumber ?? null;
  // (a line already read as an entry has lost its number)
  const entryOf = (l: NoticeLine) => (l.bullet ? l.text : l.text.replace(NUMBERED_ENTRY, ""));
  const isEntry = (text: string) => !readLabel(text) && (/[a-z]/.test(text) || text.split(/\s+/).length >= 4);
  let marked = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (
      j + 1 < lines.length &&
      numberOf(lines[j]) !== null &&
      numberOf(lines[j + 1]) === (numberOf(lines[j]) as number) + 1
    )
      j++;
    const run = lines.slice(i, j + 1);
    const entries = run.map(entryOf);
    if (run.length >= 2 && entries.every(isEntry)) {
      for (const [k, l] of run.entries())
        Object.assign(l, { text: entries[k], bullet: true, marker: "number" });
      marked = true;
    }
    i = j + 1;
  }
  // ("Desirable" / "1. Knowledge of French": a list of one, numbered like the others; "1." under
  // each of several headings: lists of one. Never when a "2." follows, as numbered headings do.)
  const numbered = lines.filter((l) => numberOf(l) !== null && !l.bullet);
  if ((marked || numbered.length >= 2) && numbered.every((l) => numberOf(l) === 1))
    for (const l of numbered) {
      const entry = entryOf(l);
      if (isEntry(entry)) Object.assign(l, { text: entry, bullet: true, marker: "number" });
    }
  return lines;
}

/**
 * The width a text was wrapped at (text from a PDF or an e-mail), or null when its lines are not
 * cut at one: the length most long lines reach, when several lines were cut there.
 */
function wrapWidth(lines: NoticeLine[]): number | null {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 30);
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] as number;
  if (width > 110) return null;
  const cut = lines.filter((l, i) => {
    const next = lines[i + 1];
    return next && !next.blankBefore && !next.bullet && wasCut(l.text, next.text, width);
  }).length;
  return cut >= 3 ? width : null;
}

/**
 * Was `line` cut at `width` before `next`? It does not end a sentence, and the next word would
 * not have fitted on it (a short line, such as a heading or a name, was ended on purpose). The
 * slack allows for a bullet stripped from the line.
 */
function wasCut(line: string, next: string, width: number): boolean {
  const nextWord = next.split(" ")[0] ?? "";
  return !/[.:;!?)]$/.test(line) && line.length + 1 + nextWord.length > width - 5;
}

/**
 * Joins hard-wrapped lines: a line that does not end a sentence, followed directly (no blank
 * line) by a non-bullet line starting in lower case, continues onto that line. In a text wrapped
 * at a fixed width (several cut lines), a cut line also continues onto a capitalised word
 * ("... reports to the Head, Network" / "Engineering."), unless that line is a heading or a label.
 */
function joinWrappedLines(lines: NoticeLine[]): NoticeLine[] {
  const width = wrapWidth(lines);
  const out: NoticeLine[] = [];
  // The line as it was cut (the joined text grows; the width test is on the physical line).
  let lastPhysical = "";
  for (const line of lines) {
    const previous = out[out.length - 1];
    const continues =
      /^[a-z]/.test(line.text) ||
      // a sentence cut before a capitalised word, both lines prose ("... looking for a Supply
      // Chain" / "Analyst to join our team in Capellen.")
      (isProse(lastPhysical, 8) &&
        CUT_NAME.test(lastPhysical) &&
        isProse(line.text, 5) &&
        !/^[^:]{1,40}:/.test(line.text)) ||
      (width !== null &&
        wasCut(lastPhysical, line.text, width) &&
        /^[A-Z0-9(]/.test(line.text) &&
        /[a-z]/.test(line.text) &&
        !/^[^:]{1,40}:/.test(line.text) &&
        // two names in a row ("NATO Communications and Information Agency" / "Network Engineer")
        !(isTitleCase(lastPhysical) && isTitleCase(line.text)));
    // A run-in list cut after a semicolon ("...; at least" / "6 years of ...; experience of")
    const cutAfterSeparator =
      width !== null &&
      /[;,]$/.test(lastPhysical) &&
      /^[a-z]/.test(line.text) &&
      wasCut(lastPhysical.slice(0, -1), line.text, width - 1);
    lastPhysical = line.text;
    const ended = /[.:;!?]$/.test(previous?.text ?? "") && !cutAfterSeparator;
    if (previous && !line.blankBefore && !line.bullet && continues && !ended) {
      // "infor-" / "mation": a word hyphenated across the break is one word again
      previous.text =
        /\p{Ll}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)
          ? `${previous.text.slice(0, -1)}${line.text}`
          : `${previous.text} ${line.text}`;
      // "1. A university degree in mechanical," / "engineering.": whole, it reads as a list entry
      const entry = previous.bullet ? null : stripBullet(previous.text);
      if (entry?.bullet) Object.assign(previous, entry);
      continue;
    }
    out.push({ ...line, index: out.length });
  }
  return out;
}

// A line ending inside a name after a small word ("... looking for a Supply Chain"): cut, not ended.
const CUT_NAME = /\b(a|an|the|of|for|to|and|in|with|as)\s+(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*$/;

/** Running text: `min` words or more, at least three of them in lower case. */
function isProse(text: string, min: number): boolean {
  const words = text.split(" ");
  return words.length >= min && words.filter((w) => /^[a-z]/.test(w)).length >= 3;
}

/** Every word capitalised but the small ones: a name or a heading, not a cut sentence. */
function isTitleCase(text: string): boolean {
  const words = text.split(" ");
  return (
    words.length <= 10 &&
    words.every(
      (w) => /^[A-Z0-9(&]/.test(w) || /^(of|for|and|the|on|in|to|at|de|du|des|la|le|&|-|–)$/.test(w),
    )
  );
}

/** Removes a trailing list separator ("; and", ";", ",") and closing period from a list entry. */
export function cleanListEntry(text: string): string {
  return (
    text
      // ("3.1 Experience with ArcGIS Pro": a numbered paragraph's number is no part of the entry)
      .replace(/^\d{1,2}\.\d{1,2}[.)]?\s+(?=\S)/, "")
      .replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, "")
      .replace(/(?<!\b(?:etc|e\.g|i\.e))\.\s*$/i, "")
      .trim()
  );
}

/** Sentences of a paragraph (abbreviations such as "e.g." and "i.e." do not end one). */
export function splitSentences(paragraph: string): string[] {
  const protectedText = paragraph.replace(/\b(e\.g|i\.e|etc|vs|approx|incl|no|nr|st|mr|ms|dr)\./gi, (m) =>
    m.replace(/\./g, "\ue000"),
  );
  return protectedText
    .split(/(?<=[.!?])\s+(?=[A-Z(“"'])/)
    .map((s) => s.replace(/\ue000/g, ".").trim())
    .filter(Boolean);
}
