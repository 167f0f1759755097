// Conversation references the bot has seen, so it can post proactively (vacancy announcements) into
// a conversation other than the one it is answering in. In memory for now; durable with issue #11.
// https://learn.microsoft.com/azure/bot-service/bot-builder-howto-proactive-message
import { type Activity, type ConversationReference, TurnContext } from "botbuilder";

/** Enough for every channel and chat of a large tenant; the oldest are dropped first. */
export const MAX_REFERENCES = 10_000;

export class ConversationReferences {
  readonly #byConversation = new Map<string, Partial<ConversationReference>>();

  /** Records (or refreshes) the reference of the conversation an activity came from. */
  remember(activity: Partial<Activity>): void {
    const id = activity.conversation?.id;
    if (!id || !activity.serviceUrl) return;
    const reference = TurnContext.getConversationReference(activity);
    this.#byConversation.delete(id);
    this.#byConversation.set(id, reference);
    // Also index a channel thread ("19:abc@thread.tacv2;messageid=1") under its channel id.
    const channelId = id.split(";messageid=")[0];
    if (channelId && channelId !== id && !this.#byConversation.has(channelId)) {
      this.#byConversation.set(channelId, {
        ...reference,
        conversation: { ...reference.conversation, id: channelId } as ConversationReference["conversation"],
        activityId: undefined,
      });
    }
    while (this.#byConversation.size > MAX_REFERENCES) {
      const oldest = this.#byConversation.keys().next().value;
      if (oldest === undefined) break;
      this.#byConversation.delete(oldest);
    }
  }

  get(conversationId: string): Partial<ConversationReference> | undefined {
    return this.#byConversation.get(conversationId);
  }

  get size(): number {
    return this.#byConversation.size;
  }
}
