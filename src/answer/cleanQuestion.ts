// Input hygiene: a question arrives from Slack, Teams, a terminal or HTTP with markup, mentions,
// HTML or a pasted essay; this turns it into plain words, bounded in length, before anything else runs.

/** Only this much of a question is read; the rest of a pasted essay is ignored. */
export const MAX_QUESTION_CHARS = 1_000;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

/**
 * Plain text of a chat question: Slack mentions (`<@U123>`, `<#C1|x>`, `<!here>`) and Teams
 * `<at>` mentions removed, links reduced to their label, HTML tags and bold, italic, strike and code
 * markers dropped, entities decoded, whitespace collapsed, length capped at a word boundary.
 */
export function cleanQuestion(raw: unknown): string {
  if (typeof raw !== "string") return "";
  let text = raw.length > MAX_QUESTION_CHARS * 4 ? raw.slice(0, MAX_QUESTION_CHARS * 4) : raw;
  text = text
    .replace(/<at>[^<]{0,200}<\/at>/gi, " ")
    .replace(/<[@#!][^>\s]{0,100}>/g, " ")
    .replace(/<(?:https?|mailto):[^|>\s]{0,2000}\|([^>]{0,200})>/gi, " $1 ")
    .replace(/<(?:https?|mailto):[^>\s]{0,2000}>/gi, " ")
    .replace(/<\/?[a-z][^<>]{0,500}>/gi, " ")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name] ?? " ")
    .replace(/:[a-z0-9_+-]{1,40}:/g, " ")
    .replace(/[*_~`]+/g, " ")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length > MAX_QUESTION_CHARS) {
    const cut = text.slice(0, MAX_QUESTION_CHARS);
    const space = cut.lastIndexOf(" ");
    text = space > MAX_QUESTION_CHARS / 2 ? cut.slice(0, space) : cut;
  }
  return text;
}
