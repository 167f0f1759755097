// The recruiter flow in Teams: "post vacancy" -> a form with a multi-line input for the notice ->
// the parsed preview with Confirm / Cancel -> Confirm stores it once, announces it, and turns the
// preview card into "Posted" in place so a second click does nothing.
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages
import type { Activity, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Draft } from "../../../src/bot.ts";
import type { AdaptiveCard } from "../../../src/cards/index.ts";
import { LIMITS } from "../../../src/vacancy.ts";
import { describeError, withThrottlingRetry } from "../connectorRetry.ts";
import type { TeamsUser } from "../identity.ts";
import { answerMessage, cardMessage, textMessage } from "../replies.ts";
import type { PreviewLocation, TeamsHandlerDeps } from "./deps.ts";

/** The `data` of the notice form's submit button; Teams merges the input values into it. */
export const NOTICE_FORM_ID = "teams.postVacancy";
export const NoticeFormSchema = z.object({
  form: z.literal(NOTICE_FORM_ID),
  notice: z
    .string()
    .max(LIMITS.longText * 2)
    .optional(),
});
export type NoticeForm = z.infer<typeof NoticeFormSchema>;

/** The form a recruiter pastes a notice into; `notice` pre-fills it (Edit). */
export function noticeFormCard(notice = ""): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    fallbackText: "Post a vacancy: this form needs a Teams client that shows Adaptive Cards.",
    speak: "Paste the vacancy notice to post it.",
    body: [
      { type: "TextBlock", text: "Post a vacancy", weight: "Bolder", size: "Medium", wrap: true },
      {
        type: "TextBlock",
        text: "Paste the full vacancy notice below. You will see a preview before anything is published.",
        wrap: true,
      },
      {
        type: "Input.Text",
        id: "notice",
        isMultiline: true,
        isRequired: true,
        errorMessage: "Paste the notice text first.",
        placeholder: "Paste the notice text here",
        maxLength: LIMITS.longText,
        ...(notice ? { value: notice.slice(0, LIMITS.longText) } : {}),
      },
    ],
    actions: [{ type: "Action.Submit", title: "Preview", data: { form: NOTICE_FORM_ID } }],
  };
}

/** Open previews remembered at once; the oldest are forgotten first (drafts expire after a day anyway). */
export const MAX_REMEMBERED_PREVIEWS = 1_000;

function rememberPreview(deps: TeamsHandlerDeps, draftId: string, location: PreviewLocation): void {
  deps.previews.set(draftId, location);
  while (deps.previews.size > MAX_REMEMBERED_PREVIEWS) {
    const oldest = deps.previews.keys().next().value;
    if (oldest === undefined) break;
    deps.previews.delete(oldest);
  }
}

const send = (context: TurnContext, activity: Partial<Activity>) =>
  withThrottlingRetry(() => context.sendActivity(activity));

function draftCard(deps: TeamsHandlerDeps, draft: Draft, state: "preview" | "posted" | "cancelled") {
  return answerMessage(deps.bot.previewAnswer(draft), { recruiter: true, draft: { id: draft.id, state } });
}

/** "post vacancy": recruiters get the notice form, everyone else a refusal. */
export async function startPost(
  context: TurnContext,
  _deps: TeamsHandlerDeps,
  user: TeamsUser,
): Promise<void> {
  if (!user.recruiter) {
    await send(context, textMessage(refusal("post vacancies")));
    return;
  }
  await send(context, cardMessage(noticeFormCard(), "Paste the vacancy notice to post it."));
}

/** The notice form was submitted: parse it into a draft and show the preview. */
export async function submitNotice(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  user: TeamsUser,
  form: NoticeForm,
): Promise<void> {
  const notice = form.notice?.trim() ?? "";
  if (!notice) {
    await send(context, textMessage("The notice was empty: paste the notice text, then press Preview."));
    return;
  }
  const result = deps.bot.createDraft(notice, user.actor, {
    source: `posted by ${user.actor.name ?? user.actor.id} via Teams`,
  });
  if (!result.ok) {
    await send(context, textMessage(`I could not read that notice: ${result.error.message}`));
    return;
  }
  const { draft } = result;
  const sent = await send(context, draftCard(deps, draft, "preview"));
  if (sent?.id && context.activity.conversation?.id) {
    rememberPreview(deps, draft.id, {
      activityId: sent.id,
      conversationId: context.activity.conversation.id,
      notice,
    });
  }
  if (result.draft.warnings.length > 0) {
    await send(context, textMessage(`Check before confirming:\n- ${draft.warnings.join("\n- ")}`));
  }
}

/** Confirm: store once, announce, and mark the preview "Posted". Later clicks do nothing. */
export async function confirmDraft(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  user: TeamsUser,
  draftId: string,
): Promise<void> {
  const result = await deps.bot.confirmDraft(draftId, user.actor);
  switch (result.status) {
    case "posted": {
      await updatePreview(context, deps, result.draft, "posted");
      deps.previews.delete(draftId);
      await announce(context, deps, result.vacancy.id);
      return;
    }
    case "already-posted":
      // A double click or a retried request: the first one already did everything.
      deps.logger.info({ draftId }, "teams: draft already posted; ignoring repeat confirm");
      return;
    case "cancelled":
      await send(context, textMessage('That draft was cancelled. Send "post vacancy" to start again.'));
      return;
    case "not-found":
      await send(
        context,
        textMessage('That draft has expired. Send "post vacancy" and paste the notice again.'),
      );
      return;
    case "forbidden":
      await send(context, textMessage(refusal("post vacancies")));
      return;
  }
}

/** Cancel (or Edit, which starts over with a fresh form): nothing is stored. */
export async function cancelDraft(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  user: TeamsUser,
  draftId: string,
  options: { restart: boolean },
): Promise<void> {
  if (!user.recruiter) {
    await send(context, textMessage(refusal("change drafts")));
    return;
  }
  const draft = deps.bot.cancelDraft(draftId, user.actor);
  if (!draft) {
    await send(
      context,
      textMessage('That draft has expired. Send "post vacancy" and paste the notice again.'),
    );
    return;
  }
  if (draft.state === "cancelled") await updatePreview(context, deps, draft, "cancelled");
  if (options.restart && draft.state === "cancelled") {
    const notice = deps.previews.get(draft.id)?.notice ?? "";
    deps.previews.delete(draft.id);
    await send(
      context,
      cardMessage(noticeFormCard(notice), "Correct the vacancy notice and preview it again."),
    );
  }
}

/** A recruiter closes a vacancy from its card. */
export async function closeVacancy(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  user: TeamsUser,
  vacancyId: string,
): Promise<void> {
  if (!user.recruiter) {
    await send(context, textMessage(refusal("close vacancies")));
    return;
  }
  if (!deps.bot.store.get(vacancyId)) {
    await send(context, textMessage("That vacancy no longer exists."));
    return;
  }
  await deps.bot.closeVacancy(vacancyId, user.actor, "closed from Teams");
  const answer = deps.bot.show(vacancyId, "status");
  await send(context, answer ? answerMessage(answer, { recruiter: true }) : textMessage("Vacancy closed."));
}

/** Replaces the draft's preview card (found by the id it was sent with, or the clicked message). */
async function updatePreview(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  draft: Draft,
  state: "posted" | "cancelled",
): Promise<void> {
  const known = deps.previews.get(draft.id);
  const activityId = known?.activityId ?? context.activity.replyToId;
  if (!activityId) return;
  const update: Partial<Activity> = { ...draftCard(deps, draft, state), id: activityId };
  if (known) update.conversation = { ...context.activity.conversation, id: known.conversationId };
  try {
    await withThrottlingRetry(() => context.updateActivity(update));
  } catch (error) {
    // The vacancy is stored either way; a stale card is cosmetic and the core ignores a second click.
    deps.logger.warn(
      { draftId: draft.id, ...describeError(error) },
      "teams: could not update the preview card",
    );
  }
}

/** Announces a new vacancy in the configured conversation, or the current one. */
async function announce(context: TurnContext, deps: TeamsHandlerDeps, vacancyId: string): Promise<void> {
  const answer = deps.bot.show(vacancyId, "overview");
  if (!answer) return;
  const message = answerMessage(answer, {});
  message.summary = `New vacancy: ${message.summary ?? answer.text}`.slice(0, 300);
  const target = deps.announceConversationId;
  const here = context.activity.conversation?.id;
  try {
    if (!target || target === here || target === here?.split(";messageid=")[0]) {
      await send(context, message);
      return;
    }
    const reference = deps.references.get(target);
    if (!reference) {
      await send(context, message);
      await send(
        context,
        textMessage(
          "Posted here: I have not been added to the announcement conversation yet. Mention me there once so I can post announcements.",
        ),
      );
      return;
    }
    await deps.adapter.continueConversationAsync(deps.appId, reference, async (proactive) => {
      await withThrottlingRetry(() => proactive.sendActivity(message));
    });
    await send(context, textMessage("Posted and announced."));
  } catch (error) {
    deps.logger.error({ vacancyId, ...describeError(error) }, "teams: announcement failed");
    await send(
      context,
      textMessage("The vacancy is saved, but the announcement could not be sent. Share its card by hand."),
    );
  }
}

function refusal(action: string): string {
  return `Only recruiters can ${action}. Ask an administrator to add your Teams user ID or Azure AD object ID to RECRUITERS.`;
}
