// Validators every rendered card goes through in tests: the Block Kit limits, the official
// Adaptive Card 1.5 JSON schema (vendored, see test/fixtures/adaptive-card/README.md), the
// adaptivecards renderer's own parse verdict, Teams' rules, and mention safety.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { readCardAction } from "../../src/cards/actions.ts";
import type { AdaptiveCard, SlackMessage } from "../../src/cards/index.ts";
import { SLACK_ACTION_ID_PATTERN } from "../../src/cards/index.ts";
import { findSlackLimitViolations } from "../../src/cards/slack/limits.ts";
import { CARD_MAX_ACTIONS, CARD_MAX_BYTES, cardBytes } from "../../src/cards/teams/adaptiveCard.ts";

const require = createRequire(import.meta.url);

// ajv-formats is CommonJS with a `default` export; require() avoids NodeNext's interop wrapping.
const addFormats: (ajv: Ajv) => Ajv = require("ajv-formats").default;

let schemaValidator: ValidateFunction | undefined;
function adaptiveCardSchema(): ValidateFunction {
  if (schemaValidator) return schemaValidator;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  addFormats(ajv);
  const { id, ...schema } = JSON.parse(
    readFileSync(new URL("../fixtures/adaptive-card/adaptive-card-1.5.schema.json", import.meta.url), "utf8"),
  );
  // The file names itself with draft-04's "id"; ajv 8 only knows "$id".
  schema.$id = id;
  schemaValidator = ajv.compile(schema);
  return schemaValidator;
}

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
  const validate = adaptiveCardSchema();
  if (!validate(card)) {
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath} ${e.message}`);
  }
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
