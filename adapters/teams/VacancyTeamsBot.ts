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
  type TurnContext,
} from "botbuilder";
import { handleCardAction } from "./handlers/cardAction.ts";
import type { TeamsHandlerDeps } from "./handlers/deps.ts";
import { handleMessage } from "./handlers/message.ts";
import { searchVacancies } from "./handlers/messageExtension.ts";
import { rememberConversation } from "./lifecycle/commands.ts";

export class VacancyTeamsBot extends TeamsActivityHandler {
  readonly #deps: TeamsHandlerDeps;

  constructor(deps: TeamsHandlerDeps) {
    super();
    this.#deps = deps;
    this.onTurn(async (context, next) => {
      // Every conversation the bot hears from can later receive announcements.
      deps.references.remember(context.activity);
      await rememberConversation(deps.lifecycle, context.activity);
      await next();
    });
    this.onMessage(async (context, next) => {
      await handleMessage(context, deps);
      await next();
    });
  }

  protected override async handleTeamsMessagingExtensionQuery(
    _context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return searchVacancies(this.#deps, query);
  }

  /** Action.Execute (Universal Actions): same payloads as Action.Submit, answered by a message. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    await handleCardAction(context, this.#deps, invokeValue.action?.data);
    // The message response's value is a string; botbuilder's type only models the card response.
    const value = "Done." as unknown as Record<string, unknown>;
    return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value };
  }
}
