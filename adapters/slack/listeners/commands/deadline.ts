// /deadline <post>: the deadline and status of a post.
import type { SlackDeps } from "../../deps.ts";
import { answerCommand, type CommandArgs } from "./answer-command.ts";

export function deadlineCommand(deps: SlackDeps) {
  return (args: CommandArgs) =>
    answerCommand(deps, args, {
      question: (query) => (query ? `When is the application deadline for ${query}?` : null),
      focus: "deadline",
    });
}
