// What every Teams handler receives: the core bot, logging, and the adapter state that outlives a turn.
import type { CloudAdapter } from "botbuilder";
import type { VacancyBot } from "../../../src/bot.ts";
import type { Logger } from "../../../src/logger.ts";
import type { ConversationReferences } from "../conversationReferences.ts";

/** Where a draft's preview card was posted (so Confirm/Cancel can update it in place) and its notice (for Edit). */
export interface PreviewLocation {
  activityId: string;
  conversationId: string;
  notice: string;
}

export interface TeamsHandlerDeps {
  bot: VacancyBot;
  logger: Logger;
  adapter: CloudAdapter;
  /** The bot's app id ("" when authentication is off), for proactive sends. */
  appId: string;
  references: ConversationReferences;
  /** Conversation that receives vacancy announcements; the recruiter's own when unset. */
  announceConversationId: string | undefined;
  previews: Map<string, PreviewLocation>;
}
