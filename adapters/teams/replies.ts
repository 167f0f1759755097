// Builds the reply activities the Teams adapter sends: an Adaptive Card from the cards module with a
// plain-text fallback, and small text replies. Teams shows `summary` in notifications and chat lists.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card
import { type Activity, CardFactory } from "botbuilder";
import type { Answer } from "../../src/answer/model.ts";
import {
  type AdaptiveCard,
  type RenderOptions,
  renderAdaptiveCard,
  summariseAnswer,
} from "../../src/cards/index.ts";

/** Teams rejects messages over about 28 KB; past this a card is replaced by its text. */
export const MAX_CARD_JSON_BYTES = 24_000;
/** Notification previews are short; Teams truncates long summaries anyway. */
export const MAX_SUMMARY_CHARS = 300;
/** Text-only replies longer than this are cut (Teams' message limit is about 28 KB). */
export const MAX_TEXT_CHARS = 20_000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * A message activity carrying `card`. The card's fallbackText stands in where cards cannot be shown;
 * `summary` is the one-line notification preview. A card too large for Teams is sent as `fallback` text.
 */
export function cardMessage(
  card: AdaptiveCard,
  summary: string,
  fallback = card.fallbackText,
): Partial<Activity> {
  if (Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_JSON_BYTES) return textMessage(fallback);
  return {
    type: "message",
    summary: clip(summary, MAX_SUMMARY_CHARS),
    attachments: [CardFactory.adaptiveCard(card)],
  };
}

/** The reply for a core Answer: its Adaptive Card, with the answer's text as fallback. */
export function answerMessage(answer: Answer, options: RenderOptions = {}): Partial<Activity> {
  return cardMessage(renderAdaptiveCard(answer, options), summariseAnswer(answer, options), answer.text);
}

/** A plain text reply (refusals, errors a user can act on). */
export function textMessage(text: string): Partial<Activity> {
  return { type: "message", text: clip(text, MAX_TEXT_CHARS), textFormat: "plain" };
}
