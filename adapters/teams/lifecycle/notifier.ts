// Delivers lifecycle sends on Teams through stored conversation references: a personal-chat
// message to a subscriber, the digest to a channel, and updateActivity of an announcement when
// its vacancy closes. A missing reference or a refused call throws, so the send is retried.
// https://learn.microsoft.com/azure/bot-service/bot-builder-howto-proactive-message
import type { Activity, CloudAdapter, ConversationReference } from "botbuilder";
import { renderDigestAdaptiveCard } from "../../../src/cards/digest.ts";
import type { Delivery, LifecycleService, Notifier } from "../../lifecycle/index.ts";
import { withThrottlingRetry } from "../connectorRetry.ts";
import { answerMessage, cardMessage } from "../replies.ts";

export class TeamsNotifier implements Notifier {
  constructor(
    readonly adapter: CloudAdapter,
    readonly appId: string,
    readonly lifecycle: LifecycleService,
  ) {}

  async deliver(delivery: Delivery): Promise<void> {
    const { target } = delivery.send;
    const conversationId =
      target.kind === "user"
        ? target.conversationId
        : target.kind === "channel"
          ? target.channel
          : target.channel;
    if (!conversationId) throw new Error("no personal conversation is known for this subscriber");
    // References are kept per channel; a channel thread ("...;messageid=...") uses its channel's.
    const reference = this.lifecycle.conversation(conversationId.split(";messageid=")[0] as string) as
      | Partial<ConversationReference>
      | undefined;
    if (!reference)
      throw new Error(
        `no conversation reference for ${conversationId}: mention the bot there once so it can post`,
      );
    let activity: Partial<Activity>;
    if (delivery.kind === "digest") {
      activity = cardMessage(
        renderDigestAdaptiveCard(delivery.digest),
        `Vacancy digest for ${delivery.digest.day}`,
        delivery.digest.text,
      );
    } else {
      activity = answerMessage(delivery.answer, {});
      if (delivery.lead) {
        activity.text = delivery.lead;
        activity.summary = delivery.lead.slice(0, 300);
      }
    }
    await this.adapter.continueConversationAsync(this.appId, reference, async (turn) => {
      if (target.kind === "message") {
        await withThrottlingRetry(() =>
          turn.updateActivity({
            ...activity,
            id: target.messageId,
            conversation: { ...reference.conversation, id: target.channel },
          } as Partial<Activity>),
        );
        return;
      }
      await withThrottlingRetry(() => turn.sendActivity(activity));
    });
  }
}
