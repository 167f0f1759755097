// Validators every rendered card goes through in tests: the Block Kit limits, our strict Adaptive
// Card 1.5 model (adaptiveCardSchema.ts), the adaptivecards renderer's own parse verdict, Teams'
// rules, and mention safety.
import { createRequire } from "node:module";
import { readCardAction } from "../../src/cards/actions.ts";
import type { AdaptiveCard, SlackMessage } from "../../src/cards/index.ts";
import { SLACK_ACTION_ID_PATTERN } from "../../src/cards/index.ts";
import { findSlackLimitViolations } from "../../src/cards/slack/limits.ts";
import { CARD_MAX_ACTIONS, CARD_MAX_BYTES, cardBytes } from "../../src/cards/teams/adaptiveCard.ts";
import { adaptiveCardSchemaProblems } from "./adaptiveCardSchema.ts";

const require = createRequire(import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: the adaptivecards bundle ships no types usable from here.
const AC: any = require("adaptivecards/dist/adaptivecards.js");

/** Raw mention syntax that would ping people if it reached Slack unescaped. */
const RAW_MENTION =
  /<!(channel|here|everyone)>|<!subteam\^|<@[UW][A-Z0-9]+>|(?<!\u2060)@(here|channel|everyone)\b/i;

function slackTexts(message: SlackMessage): string[] {
  const out = [message.text];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === "text" && typeof v === "string") out.push(v);
        else walk(v);
      }
    }
  };
  walk(message.blocks);
  return out;
}

/** Every problem with a Slack message; empty when it may be posted. */
export function slackProblems(message: SlackMessage): string[] {
  const problems = findSlackLimitViolations(message);
  for (const text of slackTexts(message)) {
    if (RAW_MENTION.test(text)) problems.push(`unsafe mention in: ${text.slice(0, 80)}`);
  }
  message.blocks.forEach((block, i) => {
    const buttons =
      block.type === "actions"
        ? block.elements
        : block.type === "section" && block.accessory
          ? [block.accessory]
          : [];
    for (const b of buttons) {
      if (!SLACK_ACTION_ID_PATTERN.test(b.action_id))
        problems.push(`blocks[${i}]: action_id ${b.action_id} not routable`);
      if (b.url === undefined && readCardAction(b.value) === null)
        problems.push(`blocks[${i}]: value is not a CardAction: ${b.value}`);
    }
  });
  return problems;
}

// biome-ignore lint/suspicious/noExplicitAny: walks arbitrary card JSON.
function cardActions(card: any): any[] {
  const out: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const type = (value as { type?: unknown }).type;
      if (typeof type === "string" && type.startsWith("Action.")) out.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every problem with an Adaptive Card for Teams; empty when it may be sent. */
export function adaptiveCardProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  for (const problem of adaptiveCardSchemaProblems(card)) problems.push(`schema: ${problem}`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++)
    problems.push(`adaptivecards parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`adaptivecards validate: ${event.message}`);
  if (card.version !== "1.5") problems.push(`version ${card.version}`);
  if (!card.fallbackText?.trim()) problems.push("no fallbackText");
  if (!card.speak?.trim()) problems.push("no speak summary");
  const bytes = cardBytes(card);
  if (bytes > CARD_MAX_BYTES) problems.push(`card is ${bytes} bytes > ${CARD_MAX_BYTES}`);
  if ((card.actions?.length ?? 0) > CARD_MAX_ACTIONS) problems.push(`${card.actions?.length} actions`);
  for (const action of cardActions(card)) {
    if (action.type === "Action.Submit") {
      if (typeof action.data !== "object" || action.data === null)
        problems.push(`Action.Submit data is not an object: ${action.title}`);
      else if (readCardAction(action.data) === null)
        problems.push(`Action.Submit data is not a CardAction: ${JSON.stringify(action.data)}`);
    } else if (action.type !== "Action.OpenUrl") problems.push(`unexpected action ${action.type}`);
  }
  return problems;
}
