// The markdown subset Adaptive Cards support in TextBlocks (as Teams renders it): **bold**,
// _italic_ / *italic*, [links](url), "- " and "1. " lists, paragraphs and line breaks.
// https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features
import { escapeHtml, linkHtml } from "./html.ts";

/** Inline markdown of one line. */
function inlineMarkdown(line: string): string {
  const held: string[] = [];
  const hold = (html: string) => `\uE000${held.push(html) - 1}\uE000`;
  let text = line.replace(
    /\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g,
    (_all, label: string, url: string) => hold(linkHtml(url, inlineMarkdown(label))),
  );
  text = escapeHtml(text)
    .replace(/\*\*(?=\S)(.+?\S)\*\*/g, "<b>$1</b>")
    .replace(/__(?=\S)(.+?\S)__/g, "<b>$1</b>")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1<i>$2</i>")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1<i>$2</i>");
  return text.replace(/\uE000(\d+)\uE000/g, (_all, n: string) => held[Number(n)] ?? "");
}

const BULLET = /^\s*[-*+•]\s+/;
const NUMBERED = /^\s*(\d{1,3})\.\s+/;

/** Converts TextBlock markdown to HTML; the Adaptive Cards renderer puts it in the card. */
export function teamsMarkdownToHtml(markdown: string): string {
  const paragraphs = markdown.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  return paragraphs.map(paragraphToHtml).join("");
}

function paragraphToHtml(paragraph: string): string {
  const lines = paragraph.split("\n");
  const html: string[] = [];
  let list = null as { kind: "ul" | "ol"; start: number; items: string[] } | null;
  let textLines: string[] = [];
  const flushText = () => {
    if (textLines.length) html.push(`<p>${textLines.join("<br>")}</p>`);
    textLines = [];
  };
  const flushList = () => {
    if (list) {
      const start = list.kind === "ol" && list.start !== 1 ? ` start="${list.start}"` : "";
      html.push(`<${list.kind}${start}>${list.items.map((i) => `<li>${i}</li>`).join("")}</${list.kind}>`);
    }
    list = null;
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    if (bullet || numbered) {
      flushText();
      const kind = bullet ? "ul" : "ol";
      if (list?.kind !== kind) flushList();
      list ??= { kind, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push(inlineMarkdown(line.slice((bullet ?? numbered)?.[0].length ?? 0)));
    } else {
      flushList();
      textLines.push(inlineMarkdown(line));
    }
  }
  flushText();
  flushList();
  return html.join("");
}
