// Answer -> platform messages: Slack Block Kit, Teams Adaptive Card 1.5, plain text.
// Each renderer is a pure function of the Answer and the adapter's RenderOptions.
import type { Answer } from "../answer/model.ts";
import type { RenderOptions } from "./options.ts";
import { renderText } from "./plainText.ts";
import { renderBlockKit } from "./slack/blockKit.ts";
import type { Block } from "./slack/limits.ts";
import { type AdaptiveCardJson, renderTeamsCard } from "./teams/adaptiveCard.ts";

export type { RenderOptions } from "./options.ts";
export { SLACK_ACTION_ID_PATTERN, slackActionId } from "./slack/blockKit.ts";
export { summariseAnswer } from "./summary.ts";

/** A Slack message: `text` is the notification fallback, `blocks` the Block Kit layout. */
export interface SlackMessage {
  /** Notification fallback, always meaningful on its own. */
  text: string;
  blocks: Block[];
}

/** An Adaptive Card 1.5 with a fallback text and a short spoken summary. */
export type AdaptiveCard = AdaptiveCardJson;

/** Slack Block Kit message within every Block Kit limit; mentions in notice text are neutralised. */
export function renderSlackMessage(answer: Answer, options: RenderOptions = {}): SlackMessage {
  return renderBlockKit(answer, options);
}

/** Adaptive Card 1.5 for Teams, valid against the official schema and under CARD_MAX_BYTES. */
export function renderAdaptiveCard(answer: Answer, options: RenderOptions = {}): AdaptiveCard {
  return renderTeamsCard(answer, options);
}

/** Plain-text layout for the terminal and screen readers. */
export function renderPlainText(answer: Answer, options: RenderOptions = {}): string {
  return renderText(answer, options);
}
