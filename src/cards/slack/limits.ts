// Slack Block Kit limits as named constants, with the one pass that enforces them on a finished
// message and the checker tests use to prove it. https://docs.slack.dev/reference/block-kit/blocks
import { clampText, ELLIPSIS } from "../clampText.ts";

export const MESSAGE_MAX_BLOCKS = 50;
export const HEADER_TEXT_MAX_CHARS = 150;
export const SECTION_TEXT_MAX_CHARS = 3000;
export const SECTION_MAX_FIELDS = 10;
export const FIELD_TEXT_MAX_CHARS = 2000;
export const CONTEXT_MAX_ELEMENTS = 10;
/** Context text objects have no separate documented cap; stay at the field size. */
export const CONTEXT_TEXT_MAX_CHARS = 2000;
export const ACTIONS_MAX_ELEMENTS = 25;
export const BUTTON_TEXT_MAX_CHARS = 75;
export const ACTION_ID_MAX_CHARS = 255;
export const BUTTON_VALUE_MAX_CHARS = 2000;
export const BUTTON_URL_MAX_CHARS = 3000;
export const BLOCK_ID_MAX_CHARS = 255;
/**
 * All text in a message's blocks together. Slack rejects long messages with msg_blocks_too_long at
 * an undocumented total (about 12,000 characters; rejections reported from 11,341, see
 * slackapi/bolt-js#2509 and #2867), so stay well below it. Button values and URLs are counted too.
 */
export const MESSAGE_TEXT_BUDGET_CHARS = 10_000;
/** The top-level `text` is only the notification fallback: Slack's cap is 40,000, a notification needs far less. */
export const FALLBACK_TEXT_MAX_CHARS = 3000;

export interface TextObject {
  type: "plain_text" | "mrkdwn";
  text: string;
  emoji?: boolean;
}
export interface ButtonElement {
  type: "button";
  text: TextObject;
  action_id: string;
  value?: string;
  url?: string;
  style?: "primary" | "danger";
}
export type Block =
  | { type: "header"; text: TextObject; block_id?: string }
  | {
      type: "section";
      text?: TextObject;
      fields?: TextObject[];
      accessory?: ButtonElement;
      block_id?: string;
    }
  | { type: "divider"; block_id?: string }
  | { type: "context"; elements: TextObject[]; block_id?: string }
  | { type: "actions"; elements: ButtonElement[]; block_id?: string };

export interface BlockKitMessage {
  text: string;
  blocks: Block[];
}

/** Cuts mrkdwn without leaving half an entity such as "&am…" behind. */
export function clampMrkdwn(text: string, max: number): string {
  const clamped = clampText(text, max);
  return clamped === text ? text : clamped.replace(/&[a-z]{0,4}…$/, ELLIPSIS);
}

function clampTextObject(object: TextObject, max: number): TextObject {
  const text = object.type === "mrkdwn" ? clampMrkdwn(object.text, max) : clampText(object.text, max);
  return { ...object, text: text.length > 0 ? text : " " };
}

/** A button that cannot be made valid (an oversize payload must not be cut: it is JSON) is dropped. */
function enforceButton(button: ButtonElement): ButtonElement | null {
  if (button.action_id.length > ACTION_ID_MAX_CHARS) return null;
  if (button.value !== undefined && button.value.length > BUTTON_VALUE_MAX_CHARS) return null;
  if (button.url !== undefined && button.url.length > BUTTON_URL_MAX_CHARS) return null;
  return { ...button, text: clampTextObject(button.text, BUTTON_TEXT_MAX_CHARS) };
}

function enforceBlock(block: Block): Block | null {
  switch (block.type) {
    case "header":
      return { ...block, text: clampTextObject(block.text, HEADER_TEXT_MAX_CHARS) };
    case "section": {
      const out: Block = { ...block };
      if (block.text) out.text = clampTextObject(block.text, SECTION_TEXT_MAX_CHARS);
      if (block.fields) {
        out.fields = block.fields
          .slice(0, SECTION_MAX_FIELDS)
          .map((f) => clampTextObject(f, FIELD_TEXT_MAX_CHARS));
      }
      if (block.accessory) {
        const accessory = enforceButton(block.accessory);
        if (accessory) out.accessory = accessory;
        else delete out.accessory;
      }
      return out.text || out.fields?.length ? out : null;
    }
    case "divider":
      return block;
    case "context": {
      const elements = block.elements
        .slice(0, CONTEXT_MAX_ELEMENTS)
        .map((e) => clampTextObject(e, CONTEXT_TEXT_MAX_CHARS));
      return elements.length > 0 ? { ...block, elements } : null;
    }
    case "actions": {
      const elements = block.elements
        .map(enforceButton)
        .filter((b): b is ButtonElement => b !== null)
        .slice(0, ACTIONS_MAX_ELEMENTS);
      return elements.length > 0 ? { ...block, elements } : null;
    }
  }
}

/** Characters a block contributes to the message total (texts, fields, elements, button payloads). */
export function blockTextLength(block: Block): number {
  const buttonLength = (b: ButtonElement) =>
    b.text.text.length + (b.value?.length ?? 0) + (b.url?.length ?? 0);
  switch (block.type) {
    case "header":
      return block.text.text.length;
    case "section":
      return (
        (block.text?.text.length ?? 0) +
        (block.fields ?? []).reduce((n, f) => n + f.text.length, 0) +
        (block.accessory ? buttonLength(block.accessory) : 0)
      );
    case "divider":
      return 0;
    case "context":
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    case "actions":
      return block.elements.reduce((n, b) => n + buttonLength(b), 0);
  }
}

/** Text length of a whole message's blocks, as measured against MESSAGE_TEXT_BUDGET_CHARS. */
export function messageTextLength(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + blockTextLength(b), 0);
}

/** Below this many characters left, a cut section is dropped rather than shown as a stub. */
const MIN_USEFUL_CUT_CHARS = 200;

/**
 * Keeps as many leading blocks as fit both budgets; the first section that does not fit is cut
 * with "…" when enough room is left. `cut` counts the blocks left out or shortened.
 */
export function fitBlocks(
  blocks: readonly Block[],
  maxBlocks: number,
  maxChars: number,
): { blocks: Block[]; cut: number } {
  const kept: Block[] = [];
  let used = 0;
  for (const [i, block] of blocks.entries()) {
    const length = blockTextLength(block);
    if (kept.length < maxBlocks && used + length <= maxChars) {
      kept.push(block);
      used += length;
      continue;
    }
    const room = maxChars - used;
    if (kept.length < maxBlocks && block.type === "section" && block.text && room >= MIN_USEFUL_CUT_CHARS) {
      kept.push({ type: "section", text: { ...block.text, text: clampMrkdwn(block.text.text, room) } });
    }
    return { blocks: kept, cut: blocks.length - i };
  }
  return { blocks: kept, cut: 0 };
}

/** A section saying content was cut, used when a message would exceed the block limit. */
export const OVERFLOW_NOTICE: Block = {
  type: "context",
  elements: [{ type: "mrkdwn", text: `${ELLIPSIS} Some content did not fit in this message.` }],
};

/**
 * Makes any message valid: clamps every text, field, element list and the block count. Trailing
 * context and actions blocks (source line, buttons) are kept when blocks must go.
 */
export function enforceSlackLimits(message: BlockKitMessage): BlockKitMessage {
  let blocks = message.blocks.map(enforceBlock).filter((b): b is Block => b !== null);
  if (blocks.length > MESSAGE_MAX_BLOCKS || messageTextLength(blocks) > MESSAGE_TEXT_BUDGET_CHARS) {
    let tailStart = blocks.length;
    while (tailStart > 0 && ["context", "actions"].includes(blocks[tailStart - 1]?.type ?? ""))
      tailStart -= 1;
    let tail = blocks.slice(tailStart).slice(-(MESSAGE_MAX_BLOCKS - 2));
    // A tail that alone takes half the text budget is not worth keeping whole.
    if (messageTextLength(tail) > MESSAGE_TEXT_BUDGET_CHARS / 2) tail = [];
    const room = MESSAGE_TEXT_BUDGET_CHARS - messageTextLength(tail) - blockTextLength(OVERFLOW_NOTICE);
    const head = fitBlocks(blocks.slice(0, tailStart), MESSAGE_MAX_BLOCKS - tail.length - 1, room).blocks;
    blocks = [...head, OVERFLOW_NOTICE, ...tail];
  }
  return { text: clampText(message.text, FALLBACK_TEXT_MAX_CHARS) || " ", blocks };
}

function checkText(where: string, object: TextObject | undefined, max: number, out: string[]): void {
  if (!object) return;
  if (object.text.length === 0) out.push(`${where}: empty text`);
  if (object.text.length > max) out.push(`${where}: text ${object.text.length} > ${max} chars`);
}

function checkButton(where: string, b: ButtonElement, out: string[]): void {
  checkText(`${where} button`, b.text, BUTTON_TEXT_MAX_CHARS, out);
  if (b.text.type !== "plain_text") out.push(`${where}: button text must be plain_text`);
  if (!b.action_id || b.action_id.length > ACTION_ID_MAX_CHARS) out.push(`${where}: bad action_id`);
  if ((b.value?.length ?? 0) > BUTTON_VALUE_MAX_CHARS)
    out.push(`${where}: value over ${BUTTON_VALUE_MAX_CHARS}`);
  if ((b.url?.length ?? 0) > BUTTON_URL_MAX_CHARS) out.push(`${where}: url over ${BUTTON_URL_MAX_CHARS}`);
}

/** Every way a message breaks a Block Kit limit, as readable strings; empty when valid. */
export function findSlackLimitViolations(message: BlockKitMessage): string[] {
  const out: string[] = [];
  if (!message.text.trim()) out.push("text: fallback is empty");
  if (message.text.length > FALLBACK_TEXT_MAX_CHARS) out.push(`text: ${message.text.length} chars`);
  if (message.blocks.length > MESSAGE_MAX_BLOCKS)
    out.push(`${message.blocks.length} blocks > ${MESSAGE_MAX_BLOCKS}`);
  const total = messageTextLength(message.blocks);
  if (total > MESSAGE_TEXT_BUDGET_CHARS)
    out.push(`blocks hold ${total} characters > ${MESSAGE_TEXT_BUDGET_CHARS}`);
  const blockIds = new Set<string>();
  message.blocks.forEach((block, i) => {
    const where = `blocks[${i}] ${block.type}`;
    if (block.block_id !== undefined) {
      if (block.block_id.length > BLOCK_ID_MAX_CHARS) out.push(`${where}: block_id too long`);
      if (blockIds.has(block.block_id)) out.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case "header":
        checkText(where, block.text, HEADER_TEXT_MAX_CHARS, out);
        if (block.text.type !== "plain_text") out.push(`${where}: header must be plain_text`);
        break;
      case "section":
        if (!block.text && !block.fields?.length) out.push(`${where}: needs text or fields`);
        checkText(where, block.text, SECTION_TEXT_MAX_CHARS, out);
        if ((block.fields?.length ?? 0) > SECTION_MAX_FIELDS)
          out.push(`${where}: more than ${SECTION_MAX_FIELDS} fields`);
        block.fields?.forEach((f, j) => {
          checkText(`${where} field ${j}`, f, FIELD_TEXT_MAX_CHARS, out);
        });
        if (block.accessory) checkButton(where, block.accessory, out);
        break;
      case "divider":
        break;
      case "context":
        if (block.elements.length === 0 || block.elements.length > CONTEXT_MAX_ELEMENTS)
          out.push(`${where}: ${block.elements.length} elements`);
        block.elements.forEach((e, j) => {
          checkText(`${where} element ${j}`, e, CONTEXT_TEXT_MAX_CHARS, out);
        });
        break;
      case "actions": {
        if (block.elements.length === 0 || block.elements.length > ACTIONS_MAX_ELEMENTS)
          out.push(`${where}: ${block.elements.length} elements`);
        const ids = new Set<string>();
        for (const b of block.elements) {
          checkButton(where, b, out);
          if (ids.has(b.action_id)) out.push(`${where}: duplicate action_id ${b.action_id}`);
          ids.add(b.action_id);
        }
        break;
      }
    }
  });
  return out;
}
