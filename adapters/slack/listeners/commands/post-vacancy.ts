// /post-vacancy (recruiters): open the modal to paste a notice. Others get a polite refusal.
// https://docs.slack.dev/reference/methods/views.open
import { noticeFormView } from "../../blocks/post-vacancy-modal.ts";
import { recruiterOnly } from "../../blocks/usage.ts";
import type { SlackDeps } from "../../deps.ts";
import type { CommandArgs } from "./answer-command.ts";

export function postVacancyCommand(deps: SlackDeps) {
  return async ({ command, ack, client }: CommandArgs): Promise<void> => {
    if (!deps.bot.isRecruiter(command.user_id)) {
      deps.logger.info(
        { kind: "command", command: command.command, user: command.user_id },
        "slack: refused a non-recruiter",
      );
      await ack({ response_type: "ephemeral", ...recruiterOnly("post vacancies") });
      return;
    }
    await ack();
    // The trigger_id is valid for 3 seconds: open the modal right away.
    await client.views.open({
      trigger_id: command.trigger_id,
      view: noticeFormView({ channel: deps.settings.announceChannel }),
    });
  };
}
