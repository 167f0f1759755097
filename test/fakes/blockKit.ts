// Block Kit limits, checked the way Slack rejects a message (invalid_blocks) or a view.
// https://docs.slack.dev/reference/block-kit/blocks  Returns the problems; empty means valid.

/** Slack's documented limits used below. */
export const BLOCK_KIT_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  inputLabel: 2000,
  modalTitle: 24,
} as const;

const KNOWN_BLOCKS = new Set([
  "section",
  "divider",
  "header",
  "context",
  "actions",
  "image",
  "input",
  "rich_text",
  "markdown",
  "file",
  "video",
]);

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is checked structurally here.
type Json = any;

/** Problems with a list of blocks on a surface; `[]` when Slack would accept them. */
export function blockKitProblems(blocks: Json[], surface: "message" | "modal" = "message"): string[] {
  const problems: string[] = [];
  const max = surface === "modal" ? BLOCK_KIT_LIMITS.modalBlocks : BLOCK_KIT_LIMITS.messageBlocks;
  if (!Array.isArray(blocks)) return ["blocks is not an array"];
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  blocks.forEach((block, i) => {
    // An action_id must be unique within its block (not across the message).
    const actionIds = new Set<string>();
    const at = `blocks[${i}] (${block?.type})`;
    if (!KNOWN_BLOCKS.has(block?.type)) problems.push(`${at}: unknown block type`);
    if (block.block_id !== undefined) {
      if (String(block.block_id).length > BLOCK_KIT_LIMITS.blockId) problems.push(`${at}: block_id too long`);
      if (blockIds.has(block.block_id)) problems.push(`${at}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case "section":
        if (!block.text && !block.fields) problems.push(`${at}: needs text or fields`);
        if (block.text) checkText(block.text, BLOCK_KIT_LIMITS.sectionText, `${at}.text`, problems);
        if (block.fields) {
          if (block.fields.length > BLOCK_KIT_LIMITS.sectionFields) problems.push(`${at}: too many fields`);
          for (const [j, f] of (block.fields as Json[]).entries()) {
            checkText(f, BLOCK_KIT_LIMITS.fieldText, `${at}.fields[${j}]`, problems);
          }
        }
        if (block.accessory) checkElement(block.accessory, `${at}.accessory`, actionIds, problems);
        break;
      case "header":
        checkText(block.text, BLOCK_KIT_LIMITS.headerText, `${at}.text`, problems, "plain_text");
        break;
      case "context":
        if (!Array.isArray(block.elements) || block.elements.length === 0)
          problems.push(`${at}: no elements`);
        else if (block.elements.length > BLOCK_KIT_LIMITS.contextElements)
          problems.push(`${at}: too many elements`);
        for (const [j, el] of (block.elements ?? []).entries()) {
          if (el.type !== "image")
            checkText(el, BLOCK_KIT_LIMITS.sectionText, `${at}.elements[${j}]`, problems);
        }
        break;
      case "actions":
        if (!Array.isArray(block.elements) || block.elements.length === 0)
          problems.push(`${at}: no elements`);
        else if (block.elements.length > BLOCK_KIT_LIMITS.actionsElements)
          problems.push(`${at}: too many elements`);
        for (const [j, el] of (block.elements ?? []).entries()) {
          checkElement(el, `${at}.elements[${j}]`, actionIds, problems);
        }
        break;
      case "input":
        if (surface !== "modal") problems.push(`${at}: input blocks belong in modals`);
        checkText(block.label, BLOCK_KIT_LIMITS.inputLabel, `${at}.label`, problems, "plain_text");
        if (!block.element?.type) problems.push(`${at}: no element`);
        break;
    }
  });
  return problems;
}

/** Problems with a modal view (title, buttons, blocks). */
export function modalProblems(view: Json): string[] {
  const problems: string[] = [];
  if (view?.type !== "modal") problems.push("view.type is not modal");
  checkText(view?.title, BLOCK_KIT_LIMITS.modalTitle, "view.title", problems, "plain_text");
  if (view?.submit) checkText(view.submit, 24, "view.submit", problems, "plain_text");
  if (view?.close) checkText(view.close, 24, "view.close", problems, "plain_text");
  if (view?.private_metadata && String(view.private_metadata).length > 3000)
    problems.push("private_metadata > 3000");
  return [...problems, ...blockKitProblems(view?.blocks ?? [], "modal")];
}

function checkText(text: Json, max: number, at: string, problems: string[], only?: "plain_text"): void {
  if (!text || typeof text !== "object") {
    problems.push(`${at}: missing text object`);
    return;
  }
  if (text.type !== "plain_text" && text.type !== "mrkdwn")
    problems.push(`${at}: bad text type ${text.type}`);
  if (only && text.type !== only) problems.push(`${at}: must be ${only}`);
  if (typeof text.text !== "string" || text.text.length === 0) problems.push(`${at}: empty text`);
  else if (text.text.length > max) problems.push(`${at}: ${text.text.length} chars > ${max}`);
}

function checkElement(el: Json, at: string, actionIds: Set<string>, problems: string[]): void {
  if (el.action_id !== undefined) {
    if (String(el.action_id).length > BLOCK_KIT_LIMITS.actionId) problems.push(`${at}: action_id too long`);
    if (actionIds.has(el.action_id)) problems.push(`${at}: duplicate action_id ${el.action_id}`);
    actionIds.add(el.action_id);
  }
  if (el.type === "button") {
    checkText(el.text, BLOCK_KIT_LIMITS.buttonText, `${at}.text`, problems, "plain_text");
    if (el.value !== undefined && String(el.value).length > BLOCK_KIT_LIMITS.buttonValue) {
      problems.push(`${at}: value too long`);
    }
  }
}
