// Card buttons: Action.Submit data (a CardAction from src/cards/actions.ts, or the notice form)
// arrives as activity.value on a message; Action.Execute arrives as an adaptiveCard/action invoke
// with the same data. Both come here.
// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions#actionsubmit
import type { TurnContext } from "botbuilder";
import { readCardAction } from "../../../src/cards/actions.ts";
import { withThrottlingRetry } from "../connectorRetry.ts";
import { teamsUser } from "../identity.ts";
import { answerMessage, textMessage } from "../replies.ts";
import type { TeamsHandlerDeps } from "./deps.ts";
import { cancelDraft, closeVacancy, confirmDraft, NoticeFormSchema, submitNotice } from "./recruiter.ts";

/** Runs the button whose payload is `value`; unknown payloads get a polite reply. */
export async function handleCardAction(
  context: TurnContext,
  deps: TeamsHandlerDeps,
  value: unknown,
): Promise<void> {
  const user = teamsUser(context.activity, deps.bot);
  const reply = (text: string) => withThrottlingRetry(() => context.sendActivity(textMessage(text)));
  const form = NoticeFormSchema.safeParse(value);
  if (form.success) return submitNotice(context, deps, user, form.data);

  const action = readCardAction(value);
  if (!action) {
    deps.logger.info({ conversation: context.activity.conversation?.id }, "teams: unrecognised card payload");
    await reply("That button is from an older card I no longer understand. Ask me again to get a fresh one.");
    return;
  }
  switch (action.kind) {
    case "show":
    case "share": {
      // Teams replies are already visible to the conversation, so "share" shows the same card.
      const answer =
        action.kind === "show"
          ? deps.bot.show(action.vacancyId, action.focus)
          : action.vacancyId
            ? deps.bot.show(action.vacancyId, "overview")
            : deps.bot.ask(action.question);
      if (!answer) return void (await reply("That vacancy is no longer available."));
      await withThrottlingRetry(() =>
        context.sendActivity(answerMessage(answer, { recruiter: user.recruiter })),
      );
      return;
    }
    case "ask": {
      const answer = deps.bot.ask(action.question);
      await withThrottlingRetry(() =>
        context.sendActivity(answerMessage(answer, { recruiter: user.recruiter })),
      );
      return;
    }
    case "draft.confirm":
      return confirmDraft(context, deps, user, action.draftId);
    case "draft.cancel":
      return cancelDraft(context, deps, user, action.draftId, { restart: false });
    case "draft.edit":
      return cancelDraft(context, deps, user, action.draftId, { restart: true });
    case "close":
      return closeVacancy(context, deps, user, action.vacancyId);
  }
}
