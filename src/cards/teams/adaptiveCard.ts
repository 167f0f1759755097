// Answer -> Adaptive Card 1.5 for Microsoft Teams: FactSet for facts, wrapped TextBlocks, status
// colour, Action.Submit (data always an object: Teams mobile drops string data) and
// Action.OpenUrl. The card is kept well under Teams' 28 KB message limit by shrinking long lists.
// https://adaptivecards.io/explorer/
import type { Answer, AnswerItem } from "../../answer/model.ts";
import {
  type CardButton,
  draftButtons,
  listRowButton,
  moreHint,
  shareAnswerButton,
  suggestionButtons,
  textBesideSuggestions,
  vacancyButtons,
} from "../buttons.ts";
import { clampText, squashWhitespace } from "../clampText.ts";
import { draftBanner } from "../draft.ts";
import { type Fact, focusSections, type Section, type SectionPart, vacancyFacts } from "../facts.ts";
import { chooseLayout, listTitle } from "../layout.ts";
import type { RenderOptions } from "../options.ts";
import { describeStatus } from "../status.ts";
import { listIntro, summariseAnswer } from "../summary.ts";
import { escapeCardMarkdown } from "./markdown.ts";

/** The card JSON stays below this many bytes; Teams rejects messages over about 28 KB. */
export const CARD_MAX_BYTES = 20_000;
/** The fallback text travels inside the card, so it is capped too. */
export const CARD_FALLBACK_MAX_CHARS = 1_500;
/** Longest fact value; contract terms can run long, and the full text is a button away. */
export const FACT_VALUE_MAX_CHARS = 600;
/** Button titles longer than this wrap or get cut by Teams clients; keep them short. */
export const ACTION_TITLE_MAX_CHARS = 60;
/** Teams shows at most six buttons in a card's action bar. */
export const CARD_MAX_ACTIONS = 6;

// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card elements are plain JSON, checked by the schema in tests.
type Element = Record<string, any>;

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  version: "1.5";
  $schema: string;
  body: Element[];
  actions?: Element[];
  fallbackText: string;
  speak: string;
}

/** How much of each list and paragraph fits; tightened step by step until the card fits. */
interface Budget {
  listItems: number;
  itemChars: number;
  paragraphChars: number;
}
const BUDGETS: Budget[] = [
  { listItems: 60, itemChars: 600, paragraphChars: 2_000 },
  { listItems: 25, itemChars: 400, paragraphChars: 1_200 },
  { listItems: 12, itemChars: 300, paragraphChars: 800 },
  { listItems: 6, itemChars: 200, paragraphChars: 400 },
  { listItems: 3, itemChars: 120, paragraphChars: 200 },
];

const text = (value: string, extra: Element = {}): Element => ({
  type: "TextBlock",
  text: value,
  wrap: true,
  ...extra,
});

function toAction(button: CardButton): Element {
  const title = clampText(button.label, ACTION_TITLE_MAX_CHARS);
  switch (button.kind) {
    case "link":
      return { type: "Action.OpenUrl", title, url: button.url };
    case "action": {
      const action: Element = { type: "Action.Submit", title, data: { ...button.action } };
      if (button.style === "primary") action.style = "positive";
      if (button.style === "danger") action.style = "destructive";
      return action;
    }
  }
}

const factSet = (facts: Fact[], valueChars = FACT_VALUE_MAX_CHARS): Element => ({
  type: "FactSet",
  facts: facts.map((f) => ({
    title: escapeCardMarkdown(f.label),
    value: escapeCardMarkdown(clampText(f.value, valueChars)),
  })),
});

/** Renders a section; `hint` tells where to read list items left out. */
function sectionElements(section: Section, budget: Budget, hint: string): Element[] {
  const out: Element[] = [
    text(escapeCardMarkdown(section.title), { weight: "bolder", separator: true, spacing: "medium" }),
  ];
  for (const part of section.parts) out.push(...partElements(part, budget, hint));
  return out;
}

function partElements(part: SectionPart, budget: Budget, hint: string): Element[] {
  switch (part.kind) {
    case "paragraph":
      return [text(escapeCardMarkdown(clampText(part.text, budget.paragraphChars)))];
    case "facts":
      return [factSet(part.facts, Math.min(FACT_VALUE_MAX_CHARS, budget.itemChars))];
    case "bullets": {
      const shown = part.items.slice(0, budget.listItems);
      const left = part.items.length - shown.length;
      const lines = shown.map((item) => `- ${escapeCardMarkdown(clampText(item, budget.itemChars))}`);
      const out = [text(lines.join("\n"), { spacing: "small" })];
      if (left > 0) out.push(text(`…and ${left} more: ${hint}`, { isSubtle: true, spacing: "small" }));
      return out;
    }
  }
}

function vacancyCard(
  answer: Answer,
  item: AnswerItem,
  options: RenderOptions,
  budget: Budget,
): { body: Element[]; actions: Element[] } {
  const { vacancy } = item;
  const status = describeStatus(item);
  const body: Element[] = [];
  if (options.draft) {
    const banner = draftBanner(options.draft.state);
    body.push({
      type: "Container",
      style: banner.tone,
      bleed: true,
      items: [text(escapeCardMarkdown(banner.text), { weight: "bolder" })],
    });
  }
  body.push(
    text(escapeCardMarkdown(vacancy.title), { size: "large", weight: "bolder", style: "heading" }),
    text(escapeCardMarkdown(status.text), { color: status.tone, weight: "bolder", spacing: "small" }),
    // The deadline is the coloured line above; the facts would only repeat it without colour.
    factSet(vacancyFacts(item).filter((f) => f.label !== "Deadline")),
  );
  const hint = moreHint(answer.focus);
  for (const section of focusSections(item, answer.focus))
    body.push(...sectionElements(section, budget, hint));
  const context = [
    `Source: ${vacancy.source}`,
    vacancy.reference ? `Ref. ${vacancy.reference}` : null,
    `Status as of ${answer.asOf}`,
  ]
    .filter((x): x is string => x !== null)
    .join(" · ");
  body.push(text(escapeCardMarkdown(context), { isSubtle: true, size: "small", separator: true }));
  const buttons = options.draft
    ? options.draft.state === "preview"
      ? draftButtons(options.draft.id)
      : []
    : vacancyButtons(answer, item, options);
  return { body, actions: buttons.map(toAction) };
}

/** Longest quoted notice line under a post in a list. */
const LIST_QUOTE_MAX_CHARS = 200;

function listCard(
  answer: Answer,
  items: AnswerItem[],
  more: number,
  options: RenderOptions,
): { body: Element[]; actions: Element[] } {
  const body: Element[] = [
    text(listTitle(answer.intent), { size: "medium", weight: "bolder", style: "heading" }),
    text(escapeCardMarkdown(listIntro(answer, items.length, more)), { spacing: "small" }),
    text(`Status as of ${answer.asOf}.`, { isSubtle: true, size: "small", spacing: "none" }),
  ];
  for (const item of items) {
    const status = describeStatus(item);
    const where = [item.vacancy.organisation, item.vacancy.location]
      .filter((x): x is string => !!x)
      .join(" · ");
    const rows: Element[] = [text(escapeCardMarkdown(item.vacancy.title), { weight: "bolder" })];
    if (where) rows.push(text(escapeCardMarkdown(where), { isSubtle: true, spacing: "none" }));
    rows.push(text(escapeCardMarkdown(status.text), { color: status.tone, spacing: "none" }));
    if (item.quote)
      rows.push(
        text(escapeCardMarkdown(`“${clampText(squashWhitespace(item.quote), LIST_QUOTE_MAX_CHARS)}”`), {
          isSubtle: true,
          spacing: "small",
        }),
      );
    rows.push({ type: "ActionSet", actions: [toAction(listRowButton(item))] });
    body.push({ type: "Container", separator: true, items: rows });
  }
  if (more > 0) body.push(text(`…and ${more} more. Narrow the question to see them.`, { isSubtle: true }));
  const actions = options.shareable ? [toAction(shareAnswerButton(answer))] : [];
  return { body, actions };
}

function messageCard(
  answer: Answer,
  options: RenderOptions,
  budget: Budget,
): { body: Element[]; actions: Element[] } {
  const message = textBesideSuggestions(answer.text, answer.suggestions) || summariseAnswer(answer, options);
  // One suggestion per row: questions are long, and side by side Teams cuts them to a word.
  const suggestions = suggestionButtons(answer.suggestions).map((b) => ({
    type: "ActionSet",
    spacing: "small",
    actions: [toAction(b)],
  }));
  return {
    body: [text(escapeCardMarkdown(clampText(message, budget.paragraphChars * 4))), ...suggestions],
    actions: [],
  };
}

function buildCard(answer: Answer, options: RenderOptions, budget: Budget): AdaptiveCardJson {
  const layout = chooseLayout(answer, options);
  let parts: { body: Element[]; actions: Element[] };
  switch (layout.kind) {
    case "vacancy":
      parts = vacancyCard(answer, layout.item, options, budget);
      break;
    case "list":
      parts = listCard(answer, layout.items, layout.more, options);
      break;
    case "message":
      parts = messageCard(answer, options, budget);
      break;
  }
  const summary = summariseAnswer(answer, options);
  const card: AdaptiveCardJson = {
    type: "AdaptiveCard",
    version: "1.5",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    body: parts.body,
    fallbackText: clampText(answer.text.trim() || summary, CARD_FALLBACK_MAX_CHARS),
    speak: summary,
  };
  const actions = parts.actions.slice(0, CARD_MAX_ACTIONS);
  if (actions.length > 0) card.actions = actions;
  return card;
}

/** Size of a card as sent (UTF-8 JSON). */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

const CUT_NOTICE = text("…some content did not fit in this card: see Full details or the notice.", {
  isSubtle: true,
});

/** Renders an answer as an Adaptive Card 1.5, shrinking long content until it is under CARD_MAX_BYTES. */
export function renderTeamsCard(answer: Answer, options: RenderOptions = {}): AdaptiveCardJson {
  let card = buildCard(answer, options, BUDGETS[0] as Budget);
  let bytes = cardBytes(card); // measured once per candidate: serialising is a good part of the cost
  for (const budget of BUDGETS.slice(1)) {
    if (bytes <= CARD_MAX_BYTES) break;
    card = buildCard(answer, options, budget);
    bytes = cardBytes(card);
  }
  // Last resort for pathological input: drop body elements before the closing context line.
  if (bytes > CARD_MAX_BYTES) {
    const body = [...card.body];
    const last = body.pop();
    while (body.length > 1 && cardBytes({ ...card, body: [...body, CUT_NOTICE, last] }) > CARD_MAX_BYTES)
      body.pop();
    card = { ...card, body: last ? [...body, CUT_NOTICE, last] : [...body, CUT_NOTICE] };
  }
  return card;
}
