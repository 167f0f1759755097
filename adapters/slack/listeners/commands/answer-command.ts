// The shared body of /deadline, /vacancies and /vacancy: turn the command text into a question
// for the core, answer privately inside the ack (Slack's 3-second limit), with a "Share in
// channel" button; an empty, "help" or unmatched query gets the usage help instead.
// https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Focus } from "../../../../src/answer/model.ts";
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { usageHelp } from "../../blocks/usage.ts";
import type { SlackDeps } from "../../deps.ts";
import { toPlainQuestion } from "../../text.ts";

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** What a query command asks the core. */
export interface CommandQuery {
  /** How the command's text becomes a question; null means "no question: show usage". */
  question: (query: string) => string | null;
  /**
   * The part of a vacancy the command is about. When the query picks out exactly one vacancy,
   * that vacancy is shown with this focus, whatever wording the core matched it with.
   */
  focus: Focus | null;
}

/** Answers a query command privately. */
export async function answerCommand(deps: SlackDeps, args: CommandArgs, spec: CommandQuery): Promise<void> {
  const { command, ack } = args;
  const query = toPlainQuestion(command.text ?? "");
  const question = /^(help|\?)$/i.test(query) ? null : spec.question(query);
  if (question === null) {
    await ack({ response_type: "ephemeral", ...usageHelp() });
    return;
  }
  const asked = deps.bot.ask(question);
  const single = asked.items.length === 1 ? asked.items[0] : undefined;
  const answer = (spec.focus && single && deps.bot.show(single.vacancy.id, spec.focus)) || asked;
  deps.logger.info(
    {
      kind: "command",
      command: command.command,
      user: command.user_id,
      intent: answer.intent,
      matches: asked.totalMatches,
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
