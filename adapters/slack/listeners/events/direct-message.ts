// A direct message to the bot (message.im): answer in the DM; "post vacancy <notice>" starts
// a recruiter's draft instead.
// https://docs.slack.dev/reference/events/message.im
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { renderSlackMessage } from "../../../../src/cards/index.ts";
import { postMessage } from "../../deliver.ts";
import type { SlackDeps } from "../../deps.ts";
import { slackLifecycleReply } from "../../lifecycle/commands.ts";
import { readPostVacancyMessage, toPlainQuestion } from "../../text.ts";
import { postVacancyMessage } from "./post-vacancy-message.ts";

type Args = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/** Only plain user messages count: edits, joins and bot messages (subtypes, bot_id) are ignored. */
export function directMessage(deps: SlackDeps) {
  return async ({ event, client }: Args): Promise<void> => {
    if (event.channel_type !== "im" || event.subtype !== undefined || "bot_id" in event) return;
    const rawNotice = readPostVacancyMessage(event.text ?? "");
    if (rawNotice !== null) {
      await postVacancyMessage(
        deps,
        client,
        { channel: event.channel, user: event.user, threadTs: event.thread_ts },
        rawNotice,
      );
      return;
    }
    const question = toPlainQuestion(event.text ?? "") || "help";
    const reply = await slackLifecycleReply(deps.lifecycle, event.user, question);
    if (reply) {
      await postMessage(
        client,
        { channel: event.channel, threadTs: event.thread_ts, message: reply, plainText: reply.text },
        deps.logger,
      );
      return;
    }
    const answer = deps.bot.ask(question);
    // A DM is private, so a recruiter sees recruiter buttons.
    const message = renderSlackMessage(answer, { recruiter: deps.bot.isRecruiter(event.user) });
    const result = await postMessage(
      client,
      { channel: event.channel, threadTs: event.thread_ts, message, plainText: answer.text },
      deps.logger,
    );
    deps.logger.info(
      {
        kind: "message.im",
        user: event.user,
        intent: answer.intent,
        matches: answer.totalMatches,
        delivered: result.ok,
      },
      "slack: answered a direct message",
    );
  };
}
