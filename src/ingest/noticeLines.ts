// Raw notice text -> normalised lines: one representation every ingest step reads, so
// bullets, quotes and spacing are handled once instead of in every parser.

/** One non-empty line of a notice, bullets already stripped. */
export interface NoticeLine {
  /** Position among the notice's non-empty lines. */
  index: number;
  /** The text, trimmed, bullet marker removed, quotes and spaces normalised. */
  text: string;
  /** True when the line started with a bullet or a list number ("•", "-", "1)", "a.") */
  bullet: boolean;
  /** True when a blank line precedes it (paragraph break). */
  blankBefore: boolean;
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
  return /[.;,]$/.test(text) || /^[a-z]/.test(text) || (text.split(/\s+/).length > 10 && /[a-z]/.test(text));
}

/** Strips a leading bullet or list marker; returns the rest and whether one was found. */
export function stripBullet(text: string): { text: string; bullet: boolean } {
  const trimmed = text.trim();
  const numbered = NUMBERED_ENTRY.exec(trimmed);
  const bullet =
    BULLET.exec(trimmed) ??
    LIST_NUMBER.exec(trimmed) ??
    (numbered && readsAsEntry(trimmed.slice(numbered[0].length)) ? numbered : null);
  if (!bullet) return { text: trimmed, bullet: false };
  const rest = trimmed.slice(bullet[0].length).trim();
  return rest ? { text: rest, bullet: true } : { text: "", bullet: true };
}

/** Splits normalised text into non-empty lines; a bullet alone on its line joins the next line. */
export function toNoticeLines(text: string): NoticeLine[] {
  const lines: NoticeLine[] = [];
  let blank = true;
  let pendingBullet = false;
  for (const raw of normaliseCharacters(text).split("\n")) {
    const collapsed = stripMarkdown(raw.replace(/ {2,}/g, " ").trim());
    if (!collapsed) {
      blank = true;
      continue;
    }
    const { text: body, bullet } = stripBullet(collapsed);
    if (!body) {
      pendingBullet = true;
      continue;
    }
    lines.push({ index: lines.length, text: body, bullet: bullet || pendingBullet, blankBefore: blank });
    blank = false;
    pendingBullet = false;
  }
  return joinWrappedLines(lines);
}

/**
 * Joins hard-wrapped lines: a line that does not end a sentence, followed directly (no blank
 * line) by a non-bullet line starting in lower case, continues onto that line.
 */
function joinWrappedLines(lines: NoticeLine[]): NoticeLine[] {
  const out: NoticeLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (
      previous &&
      !line.blankBefore &&
      !line.bullet &&
      /^[a-z]/.test(line.text) &&
      !/[.:;!?]$/.test(previous.text)
    ) {
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    out.push({ ...line, index: out.length });
  }
  return out;
}

/** Removes a trailing list separator ("; and", ";", ",") and closing period from a list entry. */
export function cleanListEntry(text: string): string {
  return text
    .replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, "")
    .replace(/(?<!\b(?:etc|e\.g|i\.e))\.\s*$/i, "")
    .trim();
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
