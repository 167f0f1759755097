// Submit of the /post-vacancy form: read the notice (pasted text, or the uploaded file's text),
// parse it. Problems go back inline on the right field (response_action: errors); a parsed
// notice replaces the form with its preview card.
// https://docs.slack.dev/surfaces/modals#displaying_errors
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import {
  CHANNEL_ACTION,
  CHANNEL_BLOCK,
  FILE_ACTION,
  FILE_BLOCK,
  NOTICE_ACTION,
  NOTICE_BLOCK,
  previewView,
} from "../../blocks/post-vacancy-modal.ts";
import { recruiterOnly } from "../../blocks/usage.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import { startDraft } from "../../draft-preview.ts";
import { readNoticeFile } from "../../notice-file.ts";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Slack shows field errors under the input; keep them to a readable length. */
const FIELD_ERROR_MAX_CHARS = 300;

export function postVacancySubmission(deps: SlackDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const userId = body.user.id;
    const fieldError = (block: string, message: string) =>
      ack({ response_action: "errors", errors: { [block]: clip(message) } });
    if (!deps.bot.isRecruiter(userId)) {
      await fieldError(NOTICE_BLOCK, recruiterOnly("post vacancies").text);
      return;
    }
    const values = view.state.values;
    const pasted = values[NOTICE_BLOCK]?.[NOTICE_ACTION]?.value ?? "";
    const files = values[FILE_BLOCK]?.[FILE_ACTION]?.files ?? [];
    const channel =
      values[CHANNEL_BLOCK]?.[CHANNEL_ACTION]?.selected_conversation ?? deps.settings.announceChannel;

    // The upload wins when both are given: it is the only way to bring a full-length notice.
    let noticeText = pasted;
    let errorBlock = NOTICE_BLOCK;
    const file = files[0];
    if (file) {
      errorBlock = FILE_BLOCK;
      const read = await readNoticeFile(client, file.id, {
        botToken: deps.settings.botToken,
        apiUrl: deps.settings.apiUrl,
      });
      if (!read.ok) {
        deps.logger.info(
          { kind: "post_vacancy", user: userId, file: file.id, error: read.error },
          "slack: file refused",
        );
        await fieldError(FILE_BLOCK, read.error);
        return;
      }
      noticeText = read.text;
    } else if (pasted.trim() === "") {
      await fieldError(
        NOTICE_BLOCK,
        'Paste the notice here or upload it as a .txt file below (longer notices: upload, or DM me "post vacancy" with the text).',
      );
      return;
    }

    const result = startDraft(deps, {
      noticeText,
      actor: slackActor(userId, body.user.name),
      channel: channel ?? undefined,
    });
    if (!result.ok) {
      await fieldError(errorBlock, result.error);
      return;
    }
    await ack({
      response_action: "update",
      view: previewView(result.card, result.draft.warnings, channel ?? undefined),
    });
  };
}

function clip(text: string): string {
  return text.length <= FIELD_ERROR_MAX_CHARS ? text : `${text.slice(0, FIELD_ERROR_MAX_CHARS - 1)}…`;
}
