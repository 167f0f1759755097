// The daily digest as a Slack message and an Adaptive Card: one titled list per section,
// each rendered by the ordinary list renderers (so rows, buttons and limits stay the same).
import type { Digest } from "../lifecycle/digest.ts";
import { type AdaptiveCard, renderAdaptiveCard, renderSlackMessage, type SlackMessage } from "./index.ts";
import type { Block } from "./slack/limits.ts";

/** A line shown above a card (DM notifications and reminders), as a Slack section block. */
export function slackLeadBlock(lead: string): Block {
  return { type: "section", text: { type: "mrkdwn", text: lead.slice(0, 2900) } } as Block;
}

/** Slack: a header for the day, then each section's list with the section title as its header. */
export function renderDigestSlack(digest: Digest): SlackMessage {
  const blocks: Block[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `Vacancy digest for ${digest.day}`, emoji: true },
    } as Block,
  ];
  for (const section of digest.sections) {
    const list = renderSlackMessage(section.answer, {}).blocks.map((b) => {
      const block = b as { type: string; text?: { type: string; text: string } };
      return block.type === "header"
        ? ({ ...block, text: { type: "plain_text", text: section.title } } as Block)
        : b;
    });
    blocks.push(...list);
  }
  // Block Kit allows 50 blocks per message: keep the first 50 (each section lists at most 10 rows).
  return { text: digest.text.slice(0, 39_000), blocks: blocks.slice(0, 50) };
}

/** Teams: one Adaptive Card with a title and each section's list body under its own heading. */
export function renderDigestAdaptiveCard(digest: Digest): AdaptiveCard {
  const body: unknown[] = [
    {
      type: "TextBlock",
      text: `Vacancy digest for ${digest.day}`,
      weight: "Bolder",
      size: "Large",
      wrap: true,
    },
  ];
  const actions: unknown[] = [];
  for (const section of digest.sections) {
    const card = renderAdaptiveCard(section.answer, {}) as { body?: unknown[]; actions?: unknown[] };
    body.push({
      type: "TextBlock",
      text: section.title,
      weight: "Bolder",
      size: "Medium",
      wrap: true,
      separator: true,
    });
    // The list card's own title ("Vacancies") is replaced by the section heading.
    body.push(...(card.body ?? []).slice(1));
  }
  const base = renderAdaptiveCard(
    digest.sections[0]?.answer ?? { ...emptyAnswer(digest) },
    {},
  ) as unknown as Record<string, unknown>;
  return {
    ...base,
    body,
    actions,
    fallbackText: digest.text,
    speak: `Vacancy digest for ${digest.day}`,
  } as unknown as AdaptiveCard;
}

function emptyAnswer(digest: Digest) {
  return {
    intent: "help" as const,
    focus: "overview" as const,
    question: "",
    asOf: digest.day,
    items: [],
    totalMatches: 0,
    text: digest.text,
    suggestions: [],
  };
}
