// Suggestion buttons: ask a question as if the user had typed it.
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import type { SlackDeps } from "../../deps.ts";
import { clickSurface, isPrivateReply, replyToClick } from "./reply.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function askQuestion(deps: SlackDeps, args: ButtonArgs, action: ActionOf<"ask">): Promise<void> {
  const answer = deps.bot.ask(action.question);
  const surface = clickSurface(args.body);
  const message = renderSlackMessage(answer, {
    shareable: isPrivateReply(surface) && answer.items.length > 0,
    recruiter: surface !== "channel" && deps.bot.isRecruiter(args.body.user.id),
  });
  await replyToClick(args, message);
}
