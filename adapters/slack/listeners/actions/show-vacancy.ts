// "Requirements" / "Full details" buttons: one vacancy with a focus.
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { notice } from "../../blocks/usage.ts";
import type { SlackDeps } from "../../deps.ts";
import { clickSurface, isPrivateReply, replyToClick } from "./reply.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function showVacancy(
  deps: SlackDeps,
  args: ButtonArgs,
  action: ActionOf<"show">,
): Promise<void> {
  const answer = deps.bot.show(action.vacancyId, action.focus);
  if (!answer) {
    await replyToClick(args, notice("That vacancy is no longer in my list."));
    return;
  }
  const surface = clickSurface(args.body);
  const message = renderSlackMessage(answer, {
    shareable: isPrivateReply(surface),
    recruiter: surface !== "channel" && deps.bot.isRecruiter(args.body.user.id),
  });
  await replyToClick(args, message);
}
