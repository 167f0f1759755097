// Cancel on a preview: nothing is stored; the preview says so.
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { resultView } from "../../blocks/post-vacancy-modal.ts";
import { notice } from "../../blocks/usage.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function cancelDraft(
  deps: SlackDeps,
  args: ButtonArgs,
  action: ActionOf<"draft.cancel">,
): Promise<void> {
  const { body, client } = args;
  const draft = deps.bot.cancelDraft(action.draftId, slackActor(body.user.id));
  const summary =
    draft?.state === "cancelled"
      ? "Cancelled. Nothing was stored or announced."
      : draft?.state === "posted"
        ? "This vacancy was already posted; close it with `/vacancy close <id>` if needed."
        : "This preview has expired; nothing was stored.";
  deps.logger.info(
    { kind: "draft.cancel", draftId: action.draftId, user: body.user.id, state: draft?.state ?? null },
    "slack: draft cancel",
  );
  const card =
    draft?.state === "cancelled"
      ? renderSlackMessage(deps.bot.previewAnswer(draft), { draft: { id: draft.id, state: "cancelled" } })
      : { text: "", blocks: [] };
  if (body.view?.id) await client.views.update({ view_id: body.view.id, view: resultView(card, summary) });
  else await args.respond?.({ response_type: "ephemeral", replace_original: true, ...notice(summary) });
}
