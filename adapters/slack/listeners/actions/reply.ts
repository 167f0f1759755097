// Where the answer to a button click goes, by where the button was:
// a private (ephemeral) card is replaced in place; a card in a DM gets a new message there;
// a public card gets a private answer for the clicker, so channels are not flooded.
// https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
import type { SlackMessage } from "../../../../src/cards/index.ts";
import type { ButtonArgs } from "./types.ts";

export type ClickSurface = "ephemeral" | "dm" | "channel" | "modal";

/** Where the clicked button was. */
export function clickSurface(body: ButtonArgs["body"]): ClickSurface {
  if (body.container?.type === "view" || body.view) return "modal";
  if (body.container?.is_ephemeral === true) return "ephemeral";
  const channel = body.channel?.id ?? String(body.container?.channel_id ?? "");
  return channel.startsWith("D") ? "dm" : "channel";
}

/** Sends `message` (already rendered for the surface) through the click's response_url. */
export async function replyToClick(args: ButtonArgs, message: SlackMessage): Promise<void> {
  const surface = clickSurface(args.body);
  if (surface === "modal" || !args.respond) return;
  switch (surface) {
    case "ephemeral":
      await args.respond({ response_type: "ephemeral", replace_original: true, ...message });
      return;
    case "dm":
      await args.respond({ response_type: "in_channel", replace_original: false, ...message });
      return;
    case "channel":
      await args.respond({ response_type: "ephemeral", replace_original: false, ...message });
      return;
  }
}

/** Cards answering a click are private unless in a DM, so they offer "Share in channel". */
export function isPrivateReply(surface: ClickSurface): boolean {
  return surface === "ephemeral" || surface === "channel";
}
