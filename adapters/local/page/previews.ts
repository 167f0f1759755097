// One answer, three ways: the Teams Adaptive Card (Microsoft's renderer), the Slack Block Kit
// message (our faithful HTML) and the plain text. CSS shows the one the preview tabs select.
import type { RenderedAnswer } from "../../../src/bot.ts";
import type { CardAction } from "../../../src/cards/actions.ts";
import { h, trustedHtml } from "./dom.ts";
import { renderSlackMessageHtml } from "./slack-blocks.ts";
import { renderTeamsCard } from "./teams-card.ts";

export type PreviewKind = "teams" | "slack" | "text";

/** Called with a button's payload; `null` payloads are buttons the bot gave no action. */
export type CardActionHandler = (action: CardAction | null, label: string) => void;

const KINDS = new Set(["show", "ask", "share", "draft.confirm", "draft.edit", "draft.cancel", "close"]);

/** Reads a button payload: a CardAction object, or its JSON (Slack button values are strings). */
export function toCardAction(value: unknown): CardAction | null {
  let candidate = value;
  if (typeof value === "string") {
    try {
      candidate = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!candidate || typeof candidate !== "object") return null;
  const kind = (candidate as { kind?: unknown }).kind;
  // The server validates every field again (zod) when the page acts on it.
  return typeof kind === "string" && KINDS.has(kind) ? (candidate as CardAction) : null;
}

/** The Teams card inside a Teams-like message frame. */
export function teamsPreview(answer: RenderedAnswer, onAction: CardActionHandler): HTMLElement {
  const frame = h("div", { class: "preview preview-teams", "data-testid": "teams-preview" });
  const rendered = renderTeamsCard(answer.teams, (data) => onAction(toCardAction(data), ""));
  if (rendered.element) {
    rendered.element.classList.add("teams-card");
    frame.append(rendered.element);
  } else {
    frame.append(
      h("div", { class: "preview-error" }, "The Adaptive Cards renderer could not render this card."),
    );
  }
  if (rendered.warnings.length) {
    frame.append(
      h(
        "details",
        { class: "preview-warnings" },
        h("summary", {}, `${rendered.warnings.length} renderer warning(s)`),
        h("ul", {}, ...rendered.warnings.map((w) => h("li", {}, w))),
      ),
    );
  }
  return frame;
}

/** The Slack blocks rendered like Slack; buttons call back with their CardAction value. */
export function slackPreview(answer: RenderedAnswer, onAction: CardActionHandler): HTMLElement {
  const frame = h("div", { class: "preview preview-slack", "data-testid": "slack-preview" });
  const blocks = trustedHtml("div", "slack-blocks", renderSlackMessageHtml(answer.slack));
  blocks.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button.sk-button");
    if (!button || button.disabled) return;
    if (button.dataset.url) window.open(button.dataset.url, "_blank", "noopener");
    if (button.dataset.value !== undefined || !button.dataset.url) {
      onAction(toCardAction(button.dataset.value), button.textContent?.trim() ?? "");
    }
  });
  frame.append(blocks);
  return frame;
}

export function textPreview(answer: RenderedAnswer): HTMLElement {
  return h(
    "div",
    { class: "preview preview-text", "data-testid": "text-preview" },
    h("div", { class: "plain-text" }, answer.text),
  );
}

/** All three previews of an answer; the page's preview tabs pick the visible one. */
export function answerPreviews(answer: RenderedAnswer, onAction: CardActionHandler): HTMLElement[] {
  return [teamsPreview(answer, onAction), slackPreview(answer, onAction), textPreview(answer)];
}
