// Posting and updating messages through the Web API, with the failure handling Slack asks for:
// rate limits are retried by the Web API client after Retry-After (see config.ts); a message
// Slack rejects as malformed is resent as plain text; a channel the bot cannot post in is
// reported back so the user can be told to invite the bot. Other errors propagate.
// https://docs.slack.dev/reference/methods/chat.postMessage#errors
import type { webApi } from "@slack/bolt";
import type { SlackMessage } from "../../src/cards/index.ts";
import type { Logger } from "../../src/logger.ts";

type WebClient = webApi.WebClient;

/** Slack's limit on `text` is 40,000 characters; it truncates beyond that, we stay under it. */
export const MESSAGE_TEXT_MAX_CHARS = 39_000;

/** Errors meaning "these blocks are not acceptable": resend as plain text. */
const BLOCK_ERRORS = new Set(["invalid_blocks", "invalid_blocks_format", "too_many_blocks", "msg_too_long"]);
/** Errors meaning "the bot cannot post here": the user has to invite it (or pick another channel). */
const CHANNEL_ERRORS = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

export type ChannelProblem = "not_in_channel" | "channel_not_found" | "is_archived";

export type DeliveryResult =
  | { ok: true; channel: string; ts: string; plainTextFallback: boolean }
  | { ok: false; channel: string; problem: ChannelProblem };

export interface OutgoingMessage {
  channel: string;
  /** Reply in this thread. */
  threadTs?: string;
  message: SlackMessage;
  /** The complete plain-text answer, sent alone if Slack rejects the blocks. */
  plainText: string;
}

/** The Web API error code (e.g. "not_in_channel") of a failed call, or null for other failures. */
export function slackErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === "string" ? data.error : null;
}

/** chat.postMessage with the fallbacks described above. */
export async function postMessage(
  client: WebClient,
  outgoing: OutgoingMessage,
  logger: Logger,
): Promise<DeliveryResult> {
  const base = { channel: outgoing.channel, thread_ts: outgoing.threadTs, unfurl_links: false };
  return send(outgoing, logger, "chat.postMessage", async (message) => {
    const result = await client.chat.postMessage({ ...base, ...message });
    return { channel: String(result.channel ?? outgoing.channel), ts: String(result.ts ?? "") };
  });
}

/** chat.update of an earlier message, with the same fallbacks. */
export async function updateMessage(
  client: WebClient,
  outgoing: OutgoingMessage & { ts: string },
  logger: Logger,
): Promise<DeliveryResult> {
  return send(outgoing, logger, "chat.update", async (message) => {
    // An update without blocks must say so explicitly, or the old blocks stay.
    const result = await client.chat.update({
      channel: outgoing.channel,
      ts: outgoing.ts,
      text: message.text,
      blocks: message.blocks ?? [],
    });
    return { channel: String(result.channel ?? outgoing.channel), ts: String(result.ts ?? outgoing.ts) };
  });
}

/** The sentence shown to a user when the bot cannot post in a channel. */
export function channelProblemText(problem: ChannelProblem, channel: string, botUserId?: string): string {
  const bot = botUserId ? `<@${botUserId}>` : "the bot";
  switch (problem) {
    case "not_in_channel":
      return `I'm not a member of <#${channel}>, so I can't post there. Invite me with \`/invite ${bot}\` in that channel, then try again.`;
    case "channel_not_found":
      return `I can't see <#${channel}>: it is private or I'm not in it. Invite me with \`/invite ${bot}\` in that channel, then try again.`;
    case "is_archived":
      return `<#${channel}> is archived, so nothing can be posted there. Pick another channel.`;
  }
}

type Sender = (message: {
  text: string;
  blocks?: SlackMessage["blocks"];
}) => Promise<{ channel: string; ts: string }>;

async function send(
  outgoing: OutgoingMessage,
  logger: Logger,
  method: string,
  sender: Sender,
): Promise<DeliveryResult> {
  const { message } = outgoing;
  const rich =
    message.blocks.length > 0
      ? { text: clip(message.text), blocks: message.blocks }
      : { text: clip(message.text) };
  try {
    return { ok: true, plainTextFallback: false, ...(await sender(rich)) };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && CHANNEL_ERRORS.has(code)) {
      logger.warn({ method, channel: outgoing.channel, error: code }, "slack: cannot post in channel");
      return { ok: false, channel: outgoing.channel, problem: code as ChannelProblem };
    }
    if (!code || !BLOCK_ERRORS.has(code)) throw error;
    logger.warn(
      { method, channel: outgoing.channel, error: code, blocks: message.blocks.length },
      "slack: message rejected, resending as plain text",
    );
    return { ok: true, plainTextFallback: true, ...(await sender({ text: clip(outgoing.plainText) })) };
  }
}

function clip(text: string): string {
  return text.length <= MESSAGE_TEXT_MAX_CHARS ? text : `${text.slice(0, MESSAGE_TEXT_MAX_CHARS - 1)}…`;
}
