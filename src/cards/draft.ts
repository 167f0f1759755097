// The banner on a recruiter's draft preview: what state the draft is in, in words.
import type { RenderOptions } from "./options.ts";
import type { StatusTone } from "./status.ts";

export type DraftState = NonNullable<RenderOptions["draft"]>["state"];

export interface DraftBanner {
  tone: StatusTone;
  text: string;
}

/** The banner for a draft; after "posted" or "cancelled" the card has no buttons left. */
export function draftBanner(state: DraftState): DraftBanner {
  switch (state) {
    case "preview":
      return {
        tone: "warning",
        text: "Preview: not posted yet. Check the details, then confirm to publish this vacancy.",
      };
    case "posted":
      return { tone: "good", text: "Posted: this vacancy is now published." };
    case "cancelled":
      return { tone: "attention", text: "Cancelled: this draft was discarded and nothing was posted." };
  }
}
