// Reads the buttons of a rendered card back as the CardActions they carry.
import { readCardAction } from "../../../src/cards/actions.ts";

/** Every button in a list of blocks, as the CardAction its value carries (null for foreign values). */
// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON.
export function buttonActions(blocks: any[]): any[] {
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON.
  const elements = blocks.flatMap((b: any) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]);
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON.
  return elements.filter((e: any) => e.type === "button").map((e: any) => readCardAction(e.value));
}
