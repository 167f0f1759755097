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
export const FILE_BLOCK = "notice_file";
export const FILE_ACTION = "file";
export const CHANNEL_BLOCK = "announce_channel";
export const CHANNEL_ACTION = "channel";

/** Slack's largest max_length for a plain_text_input (block-kit plain-text-input-element). */
export const NOTICE_FIELD_MAX_CHARS = 3000;

/** Slack limits a modal to 100 blocks and its title to 24 characters. */
export const MODAL_MAX_BLOCKS = 100;

type View = types.ModalView;

const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });

/**
 * The form: a pasted-text field for short notices, a file upload for real ones (a text input
 * takes at most 3,000 characters; notices run to 16k), and the announcement channel picker.
 * Both notice inputs are optional; the submission handler asks for one of them.
 */
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
        label: plain("Vacancy notice (short)"),
        optional: true,
        hint: plain(noticeHint(options.noticeText)),
        element: {
          type: "plain_text_input",
          action_id: NOTICE_ACTION,
          multiline: true,
          max_length: NOTICE_FIELD_MAX_CHARS,
          focus_on_load: true,
          placeholder: plain("Paste the notice here"),
          ...(options.noticeText && options.noticeText.length <= NOTICE_FIELD_MAX_CHARS
            ? { initial_value: options.noticeText }
            : {}),
        },
      },
      {
        type: "input",
        block_id: FILE_BLOCK,
        label: plain("Or upload the notice"),
        optional: true,
        hint: plain("A plain-text (.txt or .md) file with the full notice."),
        element: { type: "file_input", action_id: FILE_ACTION, filetypes: ["txt", "md"], max_files: 1 },
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

/** The text field's hint; after Edit of a notice too long to refill the field, what to do instead. */
function noticeHint(noticeText: string | undefined): string {
  const ways = 'upload it as a .txt file below, or DM me "post vacancy" followed by the notice';
  if (noticeText && noticeText.length > NOTICE_FIELD_MAX_CHARS) {
    return `Your notice (${noticeText.length.toLocaleString("en")} characters) is longer than this field takes: ${ways}.`;
  }
  return `Paste a short notice here (up to 3,000 characters). Longer notices: ${ways}.`;
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
