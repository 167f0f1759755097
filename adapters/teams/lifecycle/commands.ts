// Teams side of the lifecycle: answers subscribe / unsubscribe / my subscriptions in chat, and
// keeps conversation references durably so proactive messages survive a restart.
import { type Activity, TurnContext } from "botbuilder";
import { parseLifecycleCommand } from "../../../src/lifecycle/commands.ts";
import type { LifecycleService } from "../../lifecycle/index.ts";
import { withThrottlingRetry } from "../connectorRetry.ts";
import { answerMessage, textMessage } from "../replies.ts";

/** Stores the reference of the conversation an activity came from (without its activity id, so it stays stable). */
export async function rememberConversation(
  lifecycle: LifecycleService | undefined,
  activity: Partial<Activity>,
): Promise<void> {
  const id = activity.conversation?.id;
  if (!lifecycle || !id || !activity.serviceUrl) return;
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  await lifecycle.rememberConversation(
    id.split(";messageid=")[0] as string,
    {
      ...reference,
      conversation: { ...reference.conversation, id: id.split(";messageid=")[0] },
    } as Record<string, unknown>,
  );
}

/** Handles a subscription command; false when the text is not one (or there is no lifecycle). */
export async function handleLifecycleCommand(
  context: TurnContext,
  lifecycle: LifecycleService | undefined,
  text: string,
): Promise<boolean> {
  if (!lifecycle) return false;
  const command = parseLifecycleCommand(text);
  if (!command) return false;
  const { activity } = context;
  const personal = activity.conversation?.conversationType === "personal";
  if (!personal && (command.kind === "subscribe" || command.kind === "subscribe-usage")) {
    await withThrottlingRetry(() =>
      context.sendActivity(
        textMessage(
          "Subscriptions are personal: send `subscribe <words>` to me in a personal chat, and I will write to you there.",
        ),
      ),
    );
    return true;
  }
  const userId = activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";
  const answer = await lifecycle.runCommand(command, {
    platform: "teams",
    userId,
    conversationId: activity.conversation?.id ?? null,
  });
  await withThrottlingRetry(() => context.sendActivity(answerMessage(answer, {})));
  return true;
}
