// /vacancies [filter]: open posts, optionally filtered. `/vacancies subscribe <words>`,
// `/vacancies unsubscribe ...` and `/vacancies my subscriptions` manage subscriptions (issue #11).
import type { SlackDeps } from "../../deps.ts";
import { slackLifecycleReply } from "../../lifecycle/commands.ts";
import { toPlainQuestion } from "../../text.ts";
import { answerCommand, type CommandArgs } from "./answer-command.ts";

export function vacanciesCommand(deps: SlackDeps) {
  const answer = (args: CommandArgs) =>
    answerCommand(deps, args, {
      question: (query) => (query ? `Which ${query} vacancies are open?` : "Which vacancies are open?"),
      // A list stays a list, even of one.
      focus: null,
    });
  return async (args: CommandArgs) => {
    const text = toPlainQuestion(args.command.text ?? "");
    const reply = await slackLifecycleReply(deps.lifecycle, args.command.user_id, text);
    if (!reply) return answer(args);
    await args.ack({ response_type: "ephemeral", ...reply });
  };
}
