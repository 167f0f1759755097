// The shared body of /deadline, /vacancies and /vacancy: turn the command text into a question
// for the core, answer privately inside the ack (Slack's 3-second limit), with a "Share in
// channel" button; an empty, "help" or unmatched query gets the usage help instead.
// https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { usageHelp } from "../../blocks/usage.ts";
import type { SlackDeps } from "../../deps.ts";
import { toPlainQuestion } from "../../text.ts";

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** How a command's text becomes a question; null means "no question: show usage". */
export type QuestionFor = (query: string) => string | null;

/** Answers a query command privately. */
export async function answerCommand(
  deps: SlackDeps,
  args: CommandArgs,
  questionFor: QuestionFor,
): Promise<void> {
  const { command, ack } = args;
  const query = toPlainQuestion(command.text ?? "");
  const question = /^(help|\?)$/i.test(query) ? null : questionFor(query);
  if (question === null) {
    await ack({ response_type: "ephemeral", ...usageHelp() });
    return;
  }
  const answer = deps.bot.ask(question);
  deps.logger.info(
    {
      kind: "command",
      command: command.command,
      user: command.user_id,
      intent: answer.intent,
      matches: answer.totalMatches,
    },
    "slack: answered a command",
  );
  if (answer.items.length === 0) {
    // Unknown query: the core's own explanation, then what the commands can do.
    await ack({ response_type: "ephemeral", ...usageHelp(answer.text) });
    return;
  }
  const message = renderSlackMessage(answer, {
    shareable: true,
    recruiter: deps.bot.isRecruiter(command.user_id),
  });
  await ack({ response_type: "ephemeral", ...message });
}
