// A message to the bot: a channel @mention, a group or personal chat message, or a card's
// Action.Submit (which Teams delivers as a message whose `value` is the button's data).
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations
import { TurnContext } from "botbuilder";
import { parseTeamsCommand, stripMentionMarkup } from "../commands.ts";
import { withThrottlingRetry } from "../connectorRetry.ts";
import { teamsUser } from "../identity.ts";
import { answerMessage, textMessage } from "../replies.ts";
import { handleCardAction } from "./cardAction.ts";
import type { TeamsHandlerDeps } from "./deps.ts";
import { startPost } from "./recruiter.ts";

/** A question longer than this is not a question; the user is asked to shorten it. */
export const MAX_QUESTION_CHARS = 2_000;

/** The user's words with the bot's own mention (and any other mention markup) removed. */
export function questionText(context: TurnContext): string {
  const activity = context.activity;
  const withoutBot = activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text;
  return stripMentionMarkup(withoutBot ?? "")
    .replace(/&nbsp;/g, " ")
    .trim();
}

export async function handleMessage(context: TurnContext, deps: TeamsHandlerDeps): Promise<void> {
  const { activity } = context;
  if (activity.value !== undefined && activity.value !== null) {
    return handleCardAction(context, deps, activity.value);
  }
  const text = questionText(context);
  if (text.length > MAX_QUESTION_CHARS) {
    await withThrottlingRetry(() =>
      context.sendActivity(
        textMessage(
          `That message is ${text.length} characters long; I answer questions of up to ${MAX_QUESTION_CHARS}. Ask in a sentence or two, e.g. "When does the network technician post close?". To post a notice, send "post vacancy".`,
        ),
      ),
    );
    return;
  }
  const user = teamsUser(activity, deps.bot);
  const command = parseTeamsCommand(text);
  if (command.kind === "post") return startPost(context, deps, user);
  const answer = deps.bot.ask(command.question);
  await withThrottlingRetry(() => context.sendActivity(answerMessage(answer, { recruiter: user.recruiter })));
}

/**
 * When the app is installed in a personal chat, says what the bot can do (the core's help answer).
 * Teams and group chats get no unsolicited post: people there meet the bot by mentioning it.
 */
export async function welcome(context: TurnContext, deps: TeamsHandlerDeps): Promise<void> {
  const { activity } = context;
  const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient?.id);
  if (!botAdded || activity.conversation?.conversationType !== "personal") return;
  const answer = deps.bot.ask("help");
  await withThrottlingRetry(() => context.sendActivity(answerMessage(answer, {})));
}
