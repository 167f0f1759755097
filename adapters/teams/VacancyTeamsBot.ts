// The Teams activity handler: routes each kind of activity to its handler in handlers/ and keeps
// the conversation references needed for proactive announcements. Translation only: answers
// come from the core (VacancyBot), cards from src/cards.
// https://learn.microsoft.com/microsoftteams/platform/bots/bot-basics
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  TeamsActivityHandler,
  TurnContext,
} from "botbuilder";
import { describeError } from "./connectorRetry.ts";
import { handleCardAction } from "./handlers/cardAction.ts";
import type { TeamsHandlerDeps } from "./handlers/deps.ts";
import { handleMessage, welcome } from "./handlers/message.ts";
import { searchVacancies } from "./handlers/messageExtension.ts";

export class VacancyTeamsBot extends TeamsActivityHandler {
  readonly #deps: TeamsHandlerDeps;

  constructor(deps: TeamsHandlerDeps) {
    super();
    this.#deps = deps;
    this.onTurn(async (context, next) => {
      // Every conversation the bot hears from can later receive announcements.
      deps.references.remember(context.activity);
      await next();
    });
    this.onMessage(async (context, next) => {
      await handleMessage(context, deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await welcome(context, deps);
      await next();
    });
  }

  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return searchVacancies(this.#deps, query);
  }

  /**
   * Action.Execute (Universal Actions): same payloads as Action.Submit. The invoke is answered at
   * once, well inside Teams' 5 s, and the work runs in a continued conversation, so connector
   * retries can never make the invoke late (the turn's own context is revoked when it ends).
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const deps = this.#deps;
    const clicked = context.activity;
    const reference = TurnContext.getConversationReference(clicked);
    const data = invokeValue.action?.data;
    deps.adapter
      .continueConversationAsync(deps.appId, reference, async (continued) => {
        // The continuation carries the clicking user and the clicked message, as the invoke did.
        continued.activity.from = clicked.from;
        continued.activity.replyToId = clicked.replyToId;
        await handleCardAction(continued, deps, data);
      })
      .catch((error: unknown) => {
        deps.logger.error(
          { conversation: clicked.conversation?.id, ...describeError(error) },
          "teams: card action failed",
        );
      });
    // The message response's value is a string; botbuilder's type only models the card response.
    const value = "Working on it…" as unknown as Record<string, unknown>;
    return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value };
  }
}
