// A recruiter closes a vacancy (from /vacancy close <id> or the Close button): store the new
// state, then edit every announcement of it so the channel sees it closed.
import type { webApi } from "@slack/bolt";
import { renderSlackMessage, type SlackMessage } from "../../src/cards/index.ts";
import type { Actor } from "../../src/store/VacancyStore.ts";
import { notice, recruiterOnly } from "./blocks/usage.ts";
import { channelProblemText, updateMessage } from "./deliver.ts";
import type { SlackDeps } from "./deps.ts";

/** Closes the vacancy and returns the message for the recruiter (what happened, what to do). */
export async function closeVacancyFromSlack(
  deps: SlackDeps,
  client: webApi.WebClient,
  request: { vacancyId: string; actor: Actor; botUserId?: string },
): Promise<SlackMessage> {
  const { bot, logger } = deps;
  const { vacancyId, actor } = request;
  if (!bot.isRecruiter(actor.id)) return recruiterOnly("close vacancies");
  const vacancy = bot.store.get(vacancyId);
  if (!vacancy) {
    return notice(`I have no vacancy with the id \`${vacancyId}\`. The id is shown on the vacancy's card.`);
  }
  if (vacancy.state !== "published") return notice(`*${vacancy.title}* is already ${vacancy.state}.`);

  await bot.closeVacancy(vacancyId, actor);
  logger.info({ kind: "close", vacancyId, user: actor.id }, "slack: vacancy closed");

  const problems: string[] = [];
  let updated = 0;
  if (deps.lifecycle) {
    // The lifecycle updates every announcement exactly once (it also does so for deadlines and
    // closes from elsewhere); wait for it so the recruiter hears the outcome.
    await deps.lifecycle.tick();
    updated = deps.lifecycle.closedAnnouncements(vacancyId, "slack");
  }
  const answer = deps.lifecycle ? null : bot.show(vacancyId, "status");
  for (const { channel, ts } of deps.announcements.of(vacancyId)) {
    if (!answer) break;
    try {
      const result = await updateMessage(
        client,
        { channel, ts, message: renderSlackMessage(answer, {}), plainText: answer.text },
        logger,
      );
      if (result.ok) updated += 1;
      else problems.push(channelProblemText(result.problem, channel, request.botUserId));
    } catch (error) {
      logger.error({ err: error, channel, ts, vacancyId }, "slack: could not update an announcement");
      problems.push(`I could not update the announcement in <#${channel}>.`);
    }
  }
  const updates =
    updated > 0
      ? `Updated ${updated} announcement${updated === 1 ? "" : "s"}.`
      : "I had no announcement of it to update.";
  return notice([`Closed *${vacancy.title}*. ${updates}`, ...problems].join("\n"));
}
