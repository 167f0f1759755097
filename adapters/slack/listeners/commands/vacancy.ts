// /vacancy <post>: the full card of a post; /vacancy close <id>: a recruiter closes a vacancy.
import { recruiterOnly } from "../../blocks/usage.ts";
import { closeVacancyFromSlack } from "../../close-vacancy.ts";
import { type SlackDeps, slackActor } from "../../deps.ts";
import { answerCommand, type CommandArgs } from "./answer-command.ts";

const CLOSE = /^close\s+(\S+)\s*$/i;

export function vacancyCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const close = CLOSE.exec(args.command.text.trim());
    if (!close?.[1]) {
      await answerCommand(deps, args, {
        question: (query) => (query ? `Tell me about ${query}` : null),
        focus: "overview",
      });
      return;
    }
    const { command, ack, respond, client, context } = args;
    if (!deps.bot.isRecruiter(command.user_id)) {
      await ack({ response_type: "ephemeral", ...recruiterOnly("close vacancies") });
      return;
    }
    // Ack first: closing writes the store and edits the announcements.
    await ack();
    const message = await closeVacancyFromSlack(deps, client, {
      vacancyId: close[1],
      actor: slackActor(command.user_id, command.user_name),
      botUserId: context.botUserId,
    });
    await respond({ response_type: "ephemeral", ...message });
  };
}
