// The /post-vacancy modal: the notice form, the preview of the parsed card (Confirm / Edit /
// Cancel come from the card renderer), and the final posted/cancelled state.
// https://docs.slack.dev/surfaces/modals  https://docs.slack.dev/reference/block-kit/block-elements/conversations-select-element
import type { types } from "@slack/bolt";
import type { SlackMessage } from "../../../src/cards/index.ts";

export const POST_VACANCY_CALLBACK = "post_vacancy";
export const PREVIEW_CALLBACK = "post_vacancy_preview";
/** Input block ids: the keys of `view.state.values` and of `response_action: errors`. */
export const NOTICE_BLOCK = "notice";
export const NOTICE_ACTION = "notice_text";
export const CHANNEL_BLOCK = "announce_channel";
export const CHANNEL_ACTION = "channel";

/** Slack limits a modal to 100 blocks and its title to 24 characters. */
export const MODAL_MAX_BLOCKS = 100;

type View = types.ModalView;

const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });

/** The form: a multi-line notice field and the announcement channel picker. */
export function noticeFormView(options: { noticeText?: string; channel?: string } = {}): View {
  return {
    type: "modal",
    callback_id: POST_VACANCY_CALLBACK,
    title: plain("Post a vacancy"),
    submit: plain("Preview"),
    close: plain("Cancel"),
    blocks: [
      {
        type: "input",
        block_id: NOTICE_BLOCK,
        label: plain("Vacancy notice"),
        hint: plain("Paste the full notice text: title, deadline, duties and requirements."),
        element: {
          type: "plain_text_input",
          action_id: NOTICE_ACTION,
          multiline: true,
          focus_on_load: true,
          placeholder: plain("Paste the notice here"),
          ...(options.noticeText ? { initial_value: options.noticeText } : {}),
        },
      },
      {
        type: "input",
        block_id: CHANNEL_BLOCK,
        label: plain("Announce in"),
        element: {
          type: "conversations_select",
          action_id: CHANNEL_ACTION,
          placeholder: plain("Pick a channel"),
          filter: { include: ["public", "private"], exclude_bot_users: true },
          ...(options.channel
            ? { initial_conversation: options.channel }
            : { default_to_current_conversation: true }),
        },
      },
    ],
  };
}

/** The preview of a parsed notice; the card carries the Confirm / Edit / Cancel buttons. */
export function previewView(
  card: SlackMessage,
  warnings: readonly string[],
  channel: string | undefined,
): View {
  const where = channel
    ? `It will be announced in <#${channel}>.`
    : "Pick a channel with Edit to announce it.";
  const context = [
    `Check the card below, then *Confirm* to store and announce it. ${where}`,
    ...warnings.slice(0, 5).map((w) => `:warning: ${w}`),
  ];
  return {
    type: "modal",
    callback_id: PREVIEW_CALLBACK,
    title: plain("Preview"),
    close: plain("Close"),
    blocks: fitModal([
      { type: "context", elements: context.map((text) => ({ type: "mrkdwn", text: text.slice(0, 3000) })) },
      ...card.blocks,
    ]),
  };
}

/** The final state after Confirm or Cancel, with a sentence on what happened. */
export function resultView(card: SlackMessage, summary: string): View {
  return {
    type: "modal",
    callback_id: PREVIEW_CALLBACK,
    title: plain("Post a vacancy"),
    close: plain("Done"),
    blocks: fitModal([
      { type: "section", text: { type: "mrkdwn", text: summary.slice(0, 3000) } },
      ...card.blocks,
    ]),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: Block Kit blocks.
function fitModal(blocks: any[]): any[] {
  return blocks.slice(0, MODAL_MAX_BLOCKS);
}
