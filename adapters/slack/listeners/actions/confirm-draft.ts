// Confirm on a /post-vacancy preview: store the vacancy and announce it, exactly once.
// VacancyBot.confirmDraft flips the draft's state before its first await, so a double click
// (two requests in flight) or a repeated payload finds it already taken and does nothing here.
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { resultView } from "../../blocks/post-vacancy-modal.ts";
import { notice, recruiterOnly } from "../../blocks/usage.ts";
import { channelProblemText, postMessage } from "../../deliver.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function confirmDraft(
  deps: SlackDeps,
  args: ButtonArgs,
  action: ActionOf<"draft.confirm">,
): Promise<void> {
  const { body, client, context } = args;
  const { bot, logger } = deps;
  const result = await bot.confirmDraft(action.draftId, slackActor(body.user.id, body.user.username));
  logger.info(
    { kind: "draft.confirm", draftId: action.draftId, user: body.user.id, status: result.status },
    "slack: draft confirm",
  );

  switch (result.status) {
    case "already-posted":
      return; // the first click did the work and updated the preview
    case "forbidden":
      return showOutcome(args, recruiterOnly("post vacancies").text, null);
    case "not-found":
      return showOutcome(
        args,
        "This preview has expired. Run `/post-vacancy` again to post the notice.",
        null,
      );
    case "cancelled":
      return showOutcome(args, "This draft was cancelled, so nothing was posted.", null);
    case "posted":
      break;
  }

  const { draft, vacancy } = result;
  const channel = deps.drafts.get(draft.id)?.channel ?? deps.settings.announceChannel;
  const answer = bot.show(vacancy.id, "overview") ?? bot.previewAnswer(draft);
  let summary = `Stored *${vacancy.title}* (id \`${vacancy.id}\`).`;
  if (!channel) {
    summary +=
      " No announcement channel was picked, so it was not announced: set SLACK_ANNOUNCE_CHANNEL, or use `/post-vacancy` to pick a channel." +
      ` Share it meanwhile with \`/vacancy ${vacancy.id}\`.`;
  } else {
    const delivery = await postMessage(
      client,
      { channel, message: renderSlackMessage(answer, {}), plainText: answer.text },
      logger,
    );
    if (delivery.ok) {
      await deps.announcements.record(vacancy.id, { channel: delivery.channel, ts: delivery.ts });
      summary = `Posted *${vacancy.title}* (id \`${vacancy.id}\`) and announced it in <#${channel}>.`;
    } else {
      summary += ` ${channelProblemText(delivery.problem, channel, context.botUserId)} Then share it with \`/vacancy ${vacancy.id}\`.`;
    }
  }
  const card = renderSlackMessage(bot.previewAnswer(draft), { draft: { id: draft.id, state: "posted" } });
  await showOutcome(args, summary, card);
}

/** Puts the outcome where the preview was: the modal, or the private message. */
async function showOutcome(
  args: ButtonArgs,
  summary: string,
  card: ReturnType<typeof renderSlackMessage> | null,
): Promise<void> {
  const viewId = args.body.view?.id;
  if (viewId) {
    await args.client.views.update({
      view_id: viewId,
      view: resultView(card ?? { text: "", blocks: [] }, summary),
    });
    return;
  }
  const message = card
    ? { text: summary, blocks: [...notice(summary).blocks, ...card.blocks] }
    : notice(summary);
  await args.respond?.({ response_type: "ephemeral", replace_original: true, ...message });
}
