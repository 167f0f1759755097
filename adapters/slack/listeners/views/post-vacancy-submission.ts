// Submit of the /post-vacancy form: parse the notice. Problems go back inline on the notice
// field (response_action: errors); a parsed notice replaces the form with its preview card.
// https://docs.slack.dev/surfaces/modals#displaying_errors
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import {
  CHANNEL_ACTION,
  CHANNEL_BLOCK,
  NOTICE_ACTION,
  NOTICE_BLOCK,
  previewView,
} from "../../blocks/post-vacancy-modal.ts";
import { recruiterOnly } from "../../blocks/usage.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Slack shows field errors under the input; keep them to a readable length. */
const FIELD_ERROR_MAX_CHARS = 300;

export function postVacancySubmission(deps: SlackDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const userId = body.user.id;
    if (!deps.bot.isRecruiter(userId)) {
      await ack({
        response_action: "errors",
        errors: { [NOTICE_BLOCK]: clip(recruiterOnly("post vacancies").text) },
      });
      return;
    }
    const values = view.state.values;
    const noticeText = values[NOTICE_BLOCK]?.[NOTICE_ACTION]?.value ?? "";
    const channel =
      values[CHANNEL_BLOCK]?.[CHANNEL_ACTION]?.selected_conversation ?? deps.settings.announceChannel;

    const result = deps.bot.createDraft(noticeText, slackActor(userId, body.user.name));
    if (!result.ok) {
      deps.logger.info(
        { kind: "post_vacancy", user: userId, error: result.error.message },
        "slack: notice refused",
      );
      await ack({ response_action: "errors", errors: { [NOTICE_BLOCK]: clip(result.error.message) } });
      return;
    }
    const { draft, answer } = result;
    deps.drafts.save({ draftId: draft.id, noticeText, channel: channel ?? undefined, userId });
    deps.logger.info(
      { kind: "post_vacancy", user: userId, draftId: draft.id, vacancyId: draft.vacancy.id },
      "slack: draft preview",
    );
    const card = renderSlackMessage(answer, { draft: { id: draft.id, state: "preview" } });
    await ack({ response_action: "update", view: previewView(card, draft.warnings, channel ?? undefined) });
  };
}

function clip(text: string): string {
  return text.length <= FIELD_ERROR_MAX_CHARS ? text : `${text.slice(0, FIELD_ERROR_MAX_CHARS - 1)}…`;
}
