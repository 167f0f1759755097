// Routes the subscription commands (subscribe / unsubscribe / my subscriptions) typed in a
// mention, a DM or `/vacancies subscribe ...` to the lifecycle; the reply is a card.
import { renderSlackMessage, type SlackMessage } from "../../../src/cards/index.ts";
import { parseLifecycleCommand } from "../../../src/lifecycle/commands.ts";
import type { LifecycleService } from "../../lifecycle/index.ts";

/** The reply to a subscription command, or null when the text is not one (or there is no lifecycle). */
export async function slackLifecycleReply(
  lifecycle: LifecycleService | undefined,
  userId: string,
  text: string,
): Promise<SlackMessage | null> {
  if (!lifecycle) return null;
  const command = parseLifecycleCommand(text);
  if (!command) return null;
  const answer = await lifecycle.runCommand(command, { platform: "slack", userId });
  return renderSlackMessage(answer, {});
}
