// What the adapter tells the renderers about where a card is shown (re-exported by index.ts).

/** What the adapter can offer on a card; renderers add buttons accordingly. */
export interface RenderOptions {
  /** The reply is private (Slack ephemeral): offer "Share in channel". */
  shareable?: boolean;
  /** The viewer is a recruiter: offer "Close vacancy". */
  recruiter?: boolean;
  /** Recruiter preview of a parsed notice: Confirm / Edit / Cancel, or its final state. */
  draft?: { id: string; state: "preview" | "posted" | "cancelled" };
}
