// Answer -> plain text for the terminal and for screen readers: a title, aligned facts, the
// focused sections with bullets, wrapped at a readable width. No colour, no emoji: status is
// always said in words.
import type { Answer, AnswerItem } from "../answer/model.ts";
import { squashWhitespace } from "./clampText.ts";
import { draftBanner } from "./draft.ts";
import { type Fact, focusSections, type SectionPart, vacancyFacts } from "./facts.ts";
import { chooseLayout } from "./layout.ts";
import type { RenderOptions } from "./options.ts";
import { describeStatus } from "./status.ts";
import { listIntro } from "./summary.ts";

/** Lines are wrapped to this many characters. */
export const PLAIN_TEXT_WIDTH = 80;

/** Wraps one paragraph; continuation lines get `indent`. A word longer than the width is kept whole. */
export function wrapText(text: string, width = PLAIN_TEXT_WIDTH, firstPrefix = "", indent = ""): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  if (!empty || firstPrefix.trim()) lines.push(line);
  return lines;
}

function factLines(facts: Fact[], indent = ""): string[] {
  const pad = Math.max(...facts.map((f) => f.label.length)) + 2;
  return facts.flatMap((f) =>
    wrapText(
      f.value,
      PLAIN_TEXT_WIDTH,
      `${indent}${`${f.label}:`.padEnd(pad)}`,
      " ".repeat(indent.length + pad),
    ),
  );
}

function partLines(part: SectionPart): string[] {
  switch (part.kind) {
    case "paragraph":
      return part.text
        .split(/\n\s*\n/)
        .flatMap((p, i) => [...(i > 0 ? [""] : []), ...wrapText(p, PLAIN_TEXT_WIDTH, "  ", "  ")]);
    case "bullets":
      return part.items.flatMap((item) => wrapText(item, PLAIN_TEXT_WIDTH, "  - ", "    "));
    case "facts":
      return factLines(part.facts, "  ");
  }
}

function vacancyText(answer: Answer, item: AnswerItem, options: RenderOptions): string[] {
  const lines: string[] = [];
  if (options.draft) lines.push(draftBanner(options.draft.state).text, "");
  lines.push(
    ...wrapText(item.vacancy.title),
    "=".repeat(Math.min(PLAIN_TEXT_WIDTH, item.vacancy.title.length)),
  );
  lines.push(...factLines(vacancyFacts(item)));
  for (const section of focusSections(item, answer.focus)) {
    lines.push("", `${section.title}:`, ...section.parts.flatMap(partLines));
  }
  lines.push("", `Source: ${item.vacancy.source}`);
  if (item.vacancy.url) lines.push(`Notice: ${item.vacancy.url}`);
  lines.push(`Status as of ${answer.asOf}.`);
  return lines;
}

function listText(answer: Answer, items: AnswerItem[], more: number): string[] {
  const lines = [...wrapText(listIntro(answer, items.length, more)), `Status as of ${answer.asOf}.`, ""];
  items.forEach((item, i) => {
    const prefix = `${i + 1}. `;
    const indent = " ".repeat(prefix.length);
    lines.push(...wrapText(item.vacancy.title, PLAIN_TEXT_WIDTH, prefix, indent));
    const where = [item.vacancy.organisation, item.vacancy.location]
      .filter((x): x is string => !!x)
      .join(", ");
    if (where) lines.push(...wrapText(where, PLAIN_TEXT_WIDTH, indent, indent));
    lines.push(...wrapText(describeStatus(item).text, PLAIN_TEXT_WIDTH, indent, indent));
    if (item.quote)
      lines.push(...wrapText(`"${squashWhitespace(item.quote)}"`, PLAIN_TEXT_WIDTH, indent, indent));
  });
  if (more > 0) lines.push("", `...and ${more} more. Narrow the question to see them.`);
  return lines;
}

function messageText(answer: Answer): string[] {
  const lines = answer.text.split("\n").flatMap((l) => (l.trim() ? wrapText(l) : [""]));
  // The core often lists its suggestions in the text already; say them once.
  const unsaid = answer.suggestions.filter((s) => !answer.text.includes(s));
  if (unsaid.length > 0) {
    lines.push("", "You could ask:", ...unsaid.flatMap((s) => wrapText(s, PLAIN_TEXT_WIDTH, "  - ", "    ")));
  }
  return lines;
}

/** Renders an answer as readable plain text (terminal, accessibility). */
export function renderText(answer: Answer, options: RenderOptions = {}): string {
  const layout = chooseLayout(answer, options);
  let lines: string[];
  switch (layout.kind) {
    case "vacancy":
      lines = vacancyText(answer, layout.item, options);
      break;
    case "list":
      lines = listText(answer, layout.items, layout.more);
      break;
    case "message":
      lines = messageText(answer);
      break;
  }
  return `${lines.join("\n").trim()}\n`;
}
