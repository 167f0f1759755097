// Edit on a preview: back to the form with the same notice text and channel. The old draft
// is cancelled so its preview can no longer be confirmed.
import { NOTICE_FIELD_MAX_CHARS, noticeFormView } from "../../blocks/post-vacancy-modal.ts";
import { notice } from "../../blocks/usage.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function editDraft(
  deps: SlackDeps,
  args: ButtonArgs,
  action: ActionOf<"draft.edit">,
): Promise<void> {
  const { body, client } = args;
  const session = deps.drafts.get(action.draftId);
  const draft = deps.bot.getDraft(action.draftId);
  if (!session || !draft || draft.state !== "preview") {
    const text = "This preview can no longer be edited. Run `/post-vacancy` again.";
    if (body.view?.id) await client.views.update({ view_id: body.view.id, view: noticeFormView() });
    else await args.respond?.({ response_type: "ephemeral", replace_original: false, ...notice(text) });
    return;
  }
  deps.bot.cancelDraft(action.draftId, slackActor(body.user.id));
  if (!body.view?.id && session.noticeText.length > NOTICE_FIELD_MAX_CHARS) {
    // Too long for the form's text field: the DM is the way to resend it.
    const text =
      'Preview cancelled. Send me the corrected notice the same way: "post vacancy" followed by the text.';
    await args.respond?.({ response_type: "ephemeral", replace_original: true, ...notice(text) });
    return;
  }
  const form = noticeFormView({ noticeText: session.noticeText, channel: session.channel });
  if (body.view?.id) await client.views.update({ view_id: body.view.id, view: form });
  else await client.views.open({ trigger_id: body.trigger_id, view: form });
}
