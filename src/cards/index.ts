// Answer -> platform messages: Slack Block Kit, Teams Adaptive Card 1.5, plain text. (Implementation: issue #5.)
import type { Answer } from "../answer/model.ts";

/** What the adapter can offer on a card; renderers add buttons accordingly. */
export interface RenderOptions {
  /** The reply is private (Slack ephemeral): offer "Share in channel". */
  shareable?: boolean;
  /** The viewer is a recruiter: offer "Close vacancy". */
  recruiter?: boolean;
  /** Recruiter preview of a parsed notice: Confirm / Edit / Cancel, or its final state. */
  draft?: { id: string; state: "preview" | "posted" | "cancelled" };
}

export interface SlackMessage {
  /** Notification fallback, always meaningful on its own. */
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is validated by the limits module, not typed here.
  blocks: any[];
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: "1.5";
  $schema?: string;
  // biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON is validated against the schema in tests.
  body: any[];
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  actions?: any[];
  fallbackText?: string;
  speak?: string;
}

export function renderSlackMessage(answer: Answer, _options: RenderOptions = {}): SlackMessage {
  return { text: answer.text, blocks: [] };
}

export function renderAdaptiveCard(answer: Answer, _options: RenderOptions = {}): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    body: [{ type: "TextBlock", text: answer.text, wrap: true }],
  };
}

export function renderPlainText(answer: Answer): string {
  return answer.text;
}
