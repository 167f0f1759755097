// The arguments every card-button handler receives: Bolt's block_actions args plus the
// validated CardAction read from the button's value.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { CardAction } from "../../../../src/cards/actions.ts";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** One kind of CardAction, narrowed. */
export type ActionOf<K extends CardAction["kind"]> = Extract<CardAction, { kind: K }>;
