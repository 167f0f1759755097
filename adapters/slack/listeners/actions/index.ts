// Registers the card buttons. Every card button has an action_id matching the renderer's
// SLACK_ACTION_ID_PATTERN and carries a CardAction as JSON in its value (src/cards/actions.ts),
// so one listener reads it and hands it to the handler for its kind.
import type { App, BlockAction } from "@slack/bolt";
import { readCardAction } from "../../../../src/cards/actions.ts";
import { SLACK_ACTION_ID_PATTERN } from "../../../../src/cards/index.ts";
import type { SlackDeps } from "../../deps.ts";
import { askQuestion } from "./ask-question.ts";
import { cancelDraft } from "./cancel-draft.ts";
import { closeVacancy } from "./close-vacancy.ts";
import { confirmDraft } from "./confirm-draft.ts";
import { editDraft } from "./edit-draft.ts";
import { shareCard } from "./share-card.ts";
import { showVacancy } from "./show-vacancy.ts";
import type { ButtonArgs } from "./types.ts";

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction>({ type: "block_actions", action_id: SLACK_ACTION_ID_PATTERN }, async (args) => {
    await args.ack();
    await handleCardButton(deps, args);
  });
}

async function handleCardButton(deps: SlackDeps, args: ButtonArgs): Promise<void> {
  const value = "value" in args.action ? args.action.value : undefined;
  const action = readCardAction(value);
  if (!action) {
    deps.logger.debug(
      { actionId: args.action.action_id },
      "slack: ignored an action that is not a card button",
    );
    return;
  }
  switch (action.kind) {
    case "show":
      return showVacancy(deps, args, action);
    case "ask":
      return askQuestion(deps, args, action);
    case "share":
      return shareCard(deps, args, action);
    case "draft.confirm":
      return confirmDraft(deps, args, action);
    case "draft.edit":
      return editDraft(deps, args, action);
    case "draft.cancel":
      return cancelDraft(deps, args, action);
    case "close":
      return closeVacancy(deps, args, action);
  }
}
