// Builds the reply activities the Teams adapter sends: an Adaptive Card from the cards module with a
// plain-text fallback, and small text replies. Teams shows `summary` in notifications and chat lists.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card
import { type Activity, CardFactory } from "botbuilder";
import type { Answer } from "../../src/answer/model.ts";
import { type AdaptiveCard, type RenderOptions, renderAdaptiveCard } from "../../src/cards/index.ts";

/** Teams rejects messages over about 28 KB; past this a card is replaced by its text. */
export const MAX_CARD_JSON_BYTES = 24_000;
/** Notification previews are short; Teams truncates long summaries anyway. */
export const MAX_SUMMARY_CHARS = 300;
/** Text-only replies longer than this are cut (Teams' message limit is about 28 KB). */
export const MAX_TEXT_CHARS = 20_000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A message activity carrying `card`, with `fallback` as its text-only stand-in. */
export function cardMessage(card: AdaptiveCard, fallback: string): Partial<Activity> {
  const withFallback: AdaptiveCard = {
    ...card,
    fallbackText: card.fallbackText ?? clip(fallback, MAX_TEXT_CHARS),
  };
  if (Buffer.byteLength(JSON.stringify(withFallback)) > MAX_CARD_JSON_BYTES) return textMessage(fallback);
  return {
    type: "message",
    summary: clip(fallback, MAX_SUMMARY_CHARS),
    attachments: [CardFactory.adaptiveCard(withFallback)],
  };
}

/** The reply for a core Answer: its Adaptive Card, with the answer's text as fallback. */
export function answerMessage(answer: Answer, options: RenderOptions = {}): Partial<Activity> {
  return cardMessage(renderAdaptiveCard(answer, options), answer.text);
}

/** A plain text reply (refusals, errors a user can act on). */
export function textMessage(text: string): Partial<Activity> {
  return { type: "message", text: clip(text, MAX_TEXT_CHARS), textFormat: "plain" };
}
