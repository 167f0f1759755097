// Usage help for the slash commands: shown for an empty, "help" or unmatched query.
import type { SlackMessage } from "../../../src/cards/index.ts";

type Block = SlackMessage["blocks"][number];

const mrkdwnSection = (text: string): Block => ({
  type: "section",
  text: { type: "mrkdwn", text: text.slice(0, 3000) },
});

import { SLASH_COMMANDS } from "../config.ts";

const LINES = [
  `\`${SLASH_COMMANDS.deadline} <post>\`: the deadline and whether the post is still open, e.g. \`${SLASH_COMMANDS.deadline} network technician\``,
  `\`${SLASH_COMMANDS.vacancies} [filter]\`: open posts, optionally filtered, e.g. \`${SLASH_COMMANDS.vacancies} Brussels\``,
  `\`${SLASH_COMMANDS.vacancy} <post>\`: the full card of a post`,
  `\`${SLASH_COMMANDS.vacancy} close <id>\`: close a vacancy (recruiters)`,
  `\`${SLASH_COMMANDS.postVacancy}\`: paste a vacancy notice and announce it (recruiters)`,
];

/** The usage text, optionally after a sentence explaining why it is shown. */
export function usageHelp(lead?: string): SlackMessage {
  const intro = "You can also mention me in a channel or send me a direct message with a question.";
  const list = LINES.map((l) => `• ${l}`).join("\n");
  const text = [lead, "Here is what I can do:", list, intro].filter(Boolean).join("\n");
  return {
    text,
    blocks: [
      ...(lead ? [mrkdwnSection(lead)] : []),
      mrkdwnSection(`*Here is what I can do:*\n${list}`),
      { type: "context", elements: [{ type: "mrkdwn", text: intro }] },
    ],
  };
}

/** A short message with no card: refusals, confirmations, problems. */
export function notice(text: string): SlackMessage {
  return { text, blocks: [mrkdwnSection(text)] };
}

/** The polite refusal for recruiter-only actions. */
export function recruiterOnly(action: string): SlackMessage {
  return notice(
    `Sorry, only recruiters can ${action}. If you should be one, ask an administrator to add your Slack user ID to RECRUITERS.`,
  );
}
