// A notice saved as a web page: its HTML becomes the plain text the other ingest steps read
// (blocks on their own lines, list items as bullets, two-cell table rows as "Label: value"),
// so `parse notice.html` reads the notice instead of its markup.

const BLOCK_TAGS =
  "p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tr|blockquote|pre|form|fieldset|address|figure|figcaption|hr|br";

/** True when the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2_000);
  if (/^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return true;
  const tags = text.match(new RegExp(`</?(?:${BLOCK_TAGS}|li|span|a|td|th|strong|em|b|i)\\b[^>]*>`, "gi"));
  return (tags?.length ?? 0) >= 5 && (tags?.join("").length ?? 0) > text.length * 0.05;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  bull: "\u2022",
  middot: "\u00b7",
  copy: "\u00a9",
  euro: "\u20ac",
  pound: "\u00a3",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** One table row: two cells read as "Label: value", more as "a | b | c". */
function rowText(row: string): string {
  const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const filled = cells.filter(Boolean);
  if (filled.length === 2 && !/:$/.test(filled[0] as string)) return `${filled[0]}: ${filled[1]}`;
  return filled.join(" | ");
}

/** The text of an HTML page, one block per line. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, "\n")
    .replace(
      /<tr\b[^>]*>([\s\S]*?)(?:<\/tr>|(?=<tr\b)|$)/gi,
      (_, row: string) => `\n${rowText(`${row}</tr>`)}\n`,
    )
    .replace(/<li\b[^>]*>/gi, "\n\u2022 ")
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, "gi"), "\n")
    .replace(/<[^>]+>/g, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
