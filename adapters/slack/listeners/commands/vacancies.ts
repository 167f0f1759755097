// /vacancies [filter]: open posts, optionally filtered.
import type { SlackDeps } from "../../deps.ts";
import { answerCommand, type CommandArgs } from "./answer-command.ts";

export function vacanciesCommand(deps: SlackDeps) {
  return (args: CommandArgs) =>
    answerCommand(deps, args, {
      question: (query) => (query ? `Which ${query} vacancies are open?` : "Which vacancies are open?"),
      // A list stays a list, even of one.
      focus: null,
    });
}
