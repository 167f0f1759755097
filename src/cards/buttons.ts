// The buttons a card offers, as platform-neutral data. Every payload is a CardAction (the
// shared schema adapters read back), so a click can never carry something we cannot parse.
import type { Answer, AnswerItem, Focus } from "../answer/model.ts";
import { type CardAction, CardActionSchema } from "./actions.ts";
import { clampText } from "./clampText.ts";
import { focusLabel } from "./facts.ts";
import type { RenderOptions } from "./options.ts";

/** A button: either it sends a CardAction back to the bot, or it opens a link. */
export type CardButton =
  | { kind: "action"; label: string; action: CardAction; style?: "primary" | "danger" }
  | { kind: "link"; label: string; url: string };

/** Most suggestion buttons a help or no-match card offers. */
export const MAX_SUGGESTIONS = 5;

const show = (vacancyId: string, focus: Focus): CardButton => ({
  kind: "action",
  label: focusLabel(focus),
  action: { kind: "show", vacancyId, focus },
});

/** Buttons under one vacancy card: the other views, share, close, and the notice link. */
export function vacancyButtons(answer: Answer, item: AnswerItem, options: RenderOptions): CardButton[] {
  const { vacancy } = item;
  const buttons: CardButton[] = [];
  if (answer.focus !== "requirements") buttons.push(show(vacancy.id, "requirements"));
  if (answer.focus !== "overview") buttons.push(show(vacancy.id, "overview"));
  if (options.shareable) {
    buttons.push({
      kind: "action",
      label: "Share in channel",
      action: { kind: "share", vacancyId: vacancy.id, question: clampText(answer.question, 500) },
    });
  }
  if (options.recruiter && vacancy.state === "published") {
    buttons.push({
      kind: "action",
      label: "Close vacancy",
      action: { kind: "close", vacancyId: vacancy.id },
      style: "danger",
    });
  }
  if (vacancy.url) buttons.push({ kind: "link", label: "Open the notice", url: vacancy.url });
  return buttons;
}

/** Where to read what a card had to leave out: the overview has nothing bigger to point to but the notice. */
export function moreHint(focus: Focus): string {
  return focus === "overview" ? "the full text is in the notice." : "see Full details or the notice.";
}

/** Confirm / Edit / Cancel under a draft preview. */
export function draftButtons(draftId: string): CardButton[] {
  return [
    {
      kind: "action",
      label: "Confirm and post",
      action: { kind: "draft.confirm", draftId },
      style: "primary",
    },
    { kind: "action", label: "Edit", action: { kind: "draft.edit", draftId } },
    { kind: "action", label: "Cancel", action: { kind: "draft.cancel", draftId }, style: "danger" },
  ];
}

/** "Details" for one row of a list card. */
export function listRowButton(item: AnswerItem): CardButton {
  return {
    kind: "action",
    label: "Details",
    action: { kind: "show", vacancyId: item.vacancy.id, focus: "overview" },
  };
}

/** Share a whole list or help answer (no single vacancy). */
export function shareAnswerButton(answer: Answer): CardButton {
  return {
    kind: "action",
    label: "Share in channel",
    action: { kind: "share", vacancyId: null, question: clampText(answer.question, 500) },
  };
}

/** Suggested follow-up questions as buttons; any the action schema would reject is left out. */
export function suggestionButtons(suggestions: readonly string[]): CardButton[] {
  const buttons: CardButton[] = [];
  for (const suggestion of suggestions) {
    const action: CardAction = { kind: "ask", question: suggestion.trim() };
    if (!CardActionSchema.safeParse(action).success) continue;
    buttons.push({ kind: "action", label: action.question, action });
    if (buttons.length === MAX_SUGGESTIONS) break;
  }
  return buttons;
}

/**
 * The answer text to show above suggestion buttons: lines that merely list a suggestion
 * ("- What's open?") are dropped, because the button right below says the same and is clickable.
 */
export function textBesideSuggestions(text: string, suggestions: readonly string[]): string {
  const shown = new Set(suggestionButtons(suggestions).map((b) => (b.kind === "action" ? b.label : "")));
  const kept = text.split("\n").filter((line) => {
    const item = /^\s*[-•*]\s+(.+?)\s*$/.exec(line)?.[1];
    return item === undefined || !shown.has(item);
  });
  return kept.join("\n").trim();
}
