// "Close vacancy" button on a recruiter's card.
import { closeVacancyFromSlack } from "../../close-vacancy.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import type { ActionOf, ButtonArgs } from "./types.ts";

export async function closeVacancy(
  deps: SlackDeps,
  args: ButtonArgs,
  action: ActionOf<"close">,
): Promise<void> {
  const message = await closeVacancyFromSlack(deps, args.client, {
    vacancyId: action.vacancyId,
    actor: slackActor(args.body.user.id, args.body.user.username),
    botUserId: args.context.botUserId,
  });
  // The outcome is for the recruiter only, whatever the card's surface.
  await args.respond?.({ response_type: "ephemeral", replace_original: false, ...message });
}
