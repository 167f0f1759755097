// Answer -> Slack Block Kit message. Builds within the limits in ./limits.ts (lists split across
// sections, block budget with a "Full details" button when content is cut), then runs the one
// enforcement pass as a safety net. https://docs.slack.dev/block-kit/
import type { Answer, AnswerItem } from "../../answer/model.ts";
import type { CardAction } from "../actions.ts";
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
import { focusSections, type Section, type SectionPart, vacancyFacts } from "../facts.ts";
import { chooseLayout, listTitle } from "../layout.ts";
import type { RenderOptions } from "../options.ts";
import { describeStatus, type StatusTone } from "../status.ts";
import { listIntro, summariseAnswer } from "../summary.ts";
import {
  type Block,
  type BlockKitMessage,
  BUTTON_TEXT_MAX_CHARS,
  type ButtonElement,
  enforceSlackLimits,
  fitBlocks,
  HEADER_TEXT_MAX_CHARS,
  MESSAGE_MAX_BLOCKS,
  MESSAGE_TEXT_BUDGET_CHARS,
  messageTextLength,
  SECTION_MAX_FIELDS,
  SECTION_TEXT_MAX_CHARS,
} from "./limits.ts";
import { bold, escapeMrkdwn, safePlainText } from "./mrkdwn.ts";

/** Every action_id we emit starts with one of these, so an adapter can route with one pattern. */
export const SLACK_ACTION_ID_PATTERN = /^(vacancy|draft|ask):/;

/** Text kept free for the buttons and the "cut" note when content is fitted to the budget. */
const RESERVED_FOR_BUTTONS_CHARS = 1_500;

/** Longest title or place line in a list row. */
const LIST_ROW_PART_MAX_CHARS = 200;

/** Longest single bullet in a Slack section; longer ones are cut with "…". */
export const BULLET_MAX_CHARS = 1000;

const TONE_EMOJI: Record<StatusTone, string> = { good: "🟢", warning: "🟠", attention: "🔴" };

/** Stable action_id for a payload, e.g. "vacancy:show:requirements"; `index` keeps ask buttons unique. */
export function slackActionId(action: CardAction, index = 0): string {
  switch (action.kind) {
    case "show":
      return `vacancy:show:${action.focus}`;
    case "share":
      return "vacancy:share";
    case "close":
      return "vacancy:close";
    case "ask":
      return `ask:${index}`;
    case "draft.confirm":
      return "draft:confirm";
    case "draft.edit":
      return "draft:edit";
    case "draft.cancel":
      return "draft:cancel";
  }
}

function toSlackButton(button: CardButton, index: number): ButtonElement {
  const text = {
    type: "plain_text" as const,
    text: clampText(safePlainText(button.label), BUTTON_TEXT_MAX_CHARS),
    emoji: true,
  };
  switch (button.kind) {
    case "link":
      return { type: "button", text, action_id: "vacancy:open-notice", url: button.url };
    case "action": {
      const out: ButtonElement = {
        type: "button",
        text,
        action_id: slackActionId(button.action, index),
        value: JSON.stringify(button.action),
      };
      if (button.style) out.style = button.style;
      return out;
    }
  }
}

function actionsBlock(buttons: CardButton[]): Block[] {
  return buttons.length > 0 ? [{ type: "actions", elements: buttons.map(toSlackButton) }] : [];
}

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });

/** Packs lines into as few mrkdwn sections as fit SECTION_TEXT_MAX_CHARS. */
function packLines(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let chunk = "";
  for (const raw of lines) {
    const line = clampText(raw, SECTION_TEXT_MAX_CHARS);
    if (chunk && chunk.length + 1 + line.length > SECTION_TEXT_MAX_CHARS) {
      blocks.push({ type: "section", text: mrkdwn(chunk) });
      chunk = "";
    }
    chunk = chunk ? `${chunk}\n${line}` : line;
  }
  if (chunk) blocks.push({ type: "section", text: mrkdwn(chunk) });
  return blocks;
}

function partLines(part: SectionPart): string[] {
  switch (part.kind) {
    case "paragraph":
      return [escapeMrkdwn(part.text)];
    case "bullets":
      return part.items.map((item) => `•  ${escapeMrkdwn(clampText(item, BULLET_MAX_CHARS))}`);
    case "facts":
      return part.facts.map((f) => `${bold(f.label)}: ${escapeMrkdwn(f.value)}`);
  }
}

function sectionBlocks(section: Section): Block[] {
  return packLines([bold(section.title), ...section.parts.flatMap(partLines)]);
}

function contextBlock(item: AnswerItem, answer: Answer): Block {
  const elements = [mrkdwn(`Source: ${escapeMrkdwn(item.vacancy.source)}`)];
  if (item.vacancy.reference) elements.push(mrkdwn(`Ref. ${escapeMrkdwn(item.vacancy.reference)}`));
  elements.push(mrkdwn(`Status as of ${answer.asOf}`));
  return { type: "context", elements };
}

function vacancyBlocks(answer: Answer, item: AnswerItem, options: RenderOptions): Block[] {
  const { vacancy } = item;
  const head: Block[] = [
    { type: "header", text: { type: "plain_text", text: safePlainText(vacancy.title), emoji: true } },
  ];
  // The header cuts at 150 characters; a longer title is shown whole just below it.
  if (vacancy.title.length > HEADER_TEXT_MAX_CHARS)
    head.push({ type: "section", text: mrkdwn(bold(vacancy.title)) });
  if (options.draft) {
    const banner = draftBanner(options.draft.state);
    head.push({
      type: "section",
      text: mrkdwn(`${TONE_EMOJI[banner.tone]}  *${escapeMrkdwn(banner.text)}*`),
    });
  }
  const status = describeStatus(item);
  const fields = vacancyFacts(item)
    .slice(0, SECTION_MAX_FIELDS)
    .map((f) =>
      mrkdwn(
        `${bold(f.label)}\n${f.label === "Deadline" ? `${TONE_EMOJI[status.tone]} ` : ""}${escapeMrkdwn(f.value)}`,
      ),
    );
  head.push({ type: "section", fields }, { type: "divider" });

  const tail = [contextBlock(item, answer)];
  // Kept back for the actions block and a "cut" note: two blocks and their text.
  const fitted = fitBlocks(
    focusSections(item, answer.focus).flatMap(sectionBlocks),
    MESSAGE_MAX_BLOCKS - head.length - tail.length - 2,
    MESSAGE_TEXT_BUDGET_CHARS - messageTextLength([...head, ...tail]) - RESERVED_FOR_BUTTONS_CHARS,
  );
  const content = fitted.blocks;
  if (fitted.cut > 0) {
    content.push({
      type: "context",
      elements: [mrkdwn(`… the rest did not fit in this message: ${moreHint(answer.focus)}`)],
    });
  }
  const buttons = options.draft
    ? options.draft.state === "preview"
      ? draftButtons(options.draft.id)
      : []
    : vacancyButtons(answer, item, options);
  return [...head, ...content, ...tail, ...actionsBlock(buttons)];
}

function listBlocks(answer: Answer, items: AnswerItem[], more: number, options: RenderOptions): Block[] {
  const intro = escapeMrkdwn(listIntro(answer, items.length, more));
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: listTitle(answer.intent), emoji: true } },
    { type: "section", text: mrkdwn(intro) },
    { type: "context", elements: [mrkdwn(`Status as of ${answer.asOf}`)] },
  ];
  for (const item of items) {
    const status = describeStatus(item);
    const where = [item.vacancy.organisation, item.vacancy.location].filter((x): x is string => !!x);
    // Rows stay short so ten of them fit the message budget; the full card is a click away.
    const lines = [bold(clampText(item.vacancy.title, LIST_ROW_PART_MAX_CHARS))];
    if (where.length > 0) lines.push(escapeMrkdwn(clampText(where.join(" · "), LIST_ROW_PART_MAX_CHARS)));
    lines.push(`${TONE_EMOJI[status.tone]} ${escapeMrkdwn(status.text)}`);
    if (item.quote)
      lines.push(`> ${escapeMrkdwn(clampText(squashWhitespace(item.quote), LIST_ROW_PART_MAX_CHARS))}`);
    blocks.push({
      type: "section",
      text: mrkdwn(lines.join("\n")),
      accessory: toSlackButton(listRowButton(item), 0),
    });
  }
  if (more > 0)
    blocks.push({
      type: "context",
      elements: [mrkdwn(`…and ${more} more. Narrow the question to see them.`)],
    });
  return [...blocks, ...actionsBlock(options.shareable ? [shareAnswerButton(answer)] : [])];
}

function messageBlocks(answer: Answer, options: RenderOptions): Block[] {
  const text = textBesideSuggestions(answer.text, answer.suggestions) || summariseAnswer(answer, options);
  const lines = text.split("\n").map(escapeMrkdwn);
  // No "Share" here: a help text or "nothing found" is of no use to the channel.
  const buttons = suggestionButtons(answer.suggestions);
  const actions = actionsBlock(buttons);
  const room = MESSAGE_TEXT_BUDGET_CHARS - messageTextLength(actions);
  return [...fitBlocks(packLines(lines), MESSAGE_MAX_BLOCKS - 1, room).blocks, ...actions];
}

/** Renders an answer as a Slack message whose blocks are within every Block Kit limit. */
export function renderBlockKit(answer: Answer, options: RenderOptions = {}): BlockKitMessage {
  const layout = chooseLayout(answer, options);
  let blocks: Block[];
  switch (layout.kind) {
    case "vacancy":
      blocks = vacancyBlocks(answer, layout.item, options);
      break;
    case "list":
      blocks = listBlocks(answer, layout.items, layout.more, options);
      break;
    case "message":
      blocks = messageBlocks(answer, options);
      break;
  }
  const text = escapeMrkdwn(answer.text.trim() || summariseAnswer(answer, options));
  return enforceSlackLimits({ text, blocks });
}
