// Button payloads shared by the card renderers (which put them on buttons) and the adapters
// (which read them back when a button is clicked). One schema, validated on the way in.
import { z } from "zod";
import { FOCUSES } from "../answer/model.ts";

export const CardActionSchema = z.discriminatedUnion("kind", [
  /** Show one vacancy with a given focus ("Requirements", "Full details"). */
  z.object({ kind: z.literal("show"), vacancyId: z.string().min(1).max(120), focus: z.enum(FOCUSES) }),
  /** Ask a question as if the user typed it (suggestion buttons). */
  z.object({ kind: z.literal("ask"), question: z.string().min(1).max(500) }),
  /** Post the same card publicly (Slack ephemeral replies). */
  z.object({
    kind: z.literal("share"),
    vacancyId: z.string().min(1).max(120).nullable(),
    question: z.string().max(500),
  }),
  /** Recruiter draft flow: confirm / edit / cancel a parsed notice preview. */
  z.object({ kind: z.literal("draft.confirm"), draftId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal("draft.edit"), draftId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal("draft.cancel"), draftId: z.string().min(1).max(100) }),
  /** Recruiter closes a vacancy from its card. */
  z.object({ kind: z.literal("close"), vacancyId: z.string().min(1).max(120) }),
]);

export type CardAction = z.infer<typeof CardActionSchema>;

/** Reads a button payload; returns null (never throws) for anything that is not ours. */
export function readCardAction(value: unknown): CardAction | null {
  let candidate = value;
  if (typeof value === "string") {
    try {
      candidate = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const parsed = CardActionSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
