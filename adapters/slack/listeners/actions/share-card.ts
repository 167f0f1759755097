// "Share in channel": post the same card publicly in the channel of the private answer, then
// remove the private copy. If the bot is not in that channel, tell the user how to invite it.
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { notice } from "../../blocks/usage.ts";
import { channelProblemText, postMessage } from "../../deliver.ts";
import type { SlackDeps } from "../../deps.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function shareCard(deps: SlackDeps, args: ButtonArgs, action: ActionOf<"share">): Promise<void> {
  const { body, client, respond, context } = args;
  const answer = action.question
    ? deps.bot.ask(action.question)
    : action.vacancyId
      ? deps.bot.show(action.vacancyId, "overview")
      : null;
  const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
  if (!answer || !channel) {
    await respond?.({
      response_type: "ephemeral",
      replace_original: false,
      ...notice("There is nothing to share here any more."),
    });
    return;
  }
  const result = await postMessage(
    client,
    { channel, message: renderSlackMessage(answer, {}), plainText: answer.text },
    deps.logger,
  );
  deps.logger.info(
    { kind: "share", channel, user: body.user.id, delivered: result.ok },
    "slack: shared a card",
  );
  if (!result.ok) {
    await respond?.({
      response_type: "ephemeral",
      replace_original: false,
      ...notice(channelProblemText(result.problem, channel, context.botUserId)),
    });
    return;
  }
  if (body.container?.is_ephemeral === true) await respond?.({ delete_original: true });
}
