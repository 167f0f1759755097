// The conversation: the user's questions and the bot's answers, each answer kept in all three
// renderings so switching the preview tab never refetches.
import type { AnswerResponse } from "./api-client.ts";
import { h } from "./dom.ts";
import { formatDay, formatTime } from "./format.ts";
import { answerPreviews, type CardActionHandler } from "./previews.ts";

export interface ChatView {
  user(text: string): void;
  /** Shows a typing indicator; call the result to remove it. */
  typing(): () => void;
  answer(answer: AnswerResponse, caption?: string): void;
  error(message: string): void;
  welcome(suggestions: string[], hint?: WelcomeHint): void;
}

/** A nudge under the welcome text with one button (e.g. "all posts are closed: look back"). */
export interface WelcomeHint {
  text: string;
  action: string;
  onClick: () => void;
}

const BOT_NAME = "Vacancy Bot";

export function createChatView(
  messages: HTMLElement,
  onAction: CardActionHandler,
  onSuggestion: (question: string) => void,
): ChatView {
  const scroll = () => {
    messages.scrollTop = messages.scrollHeight;
  };
  /** A new answer is shown from its top: long cards start where the reader starts. */
  const reveal = (row: HTMLElement) => {
    messages.scrollTop = Math.max(0, row.offsetTop - 12);
  };
  const clearWelcome = () => messages.querySelector(".welcome")?.remove();
  const meta = (name: string, extra?: Node | null) =>
    h(
      "div",
      { class: "msg-meta" },
      h("span", { class: "msg-name" }, name),
      name === BOT_NAME ? h("span", { class: "app-badge" }, "APP") : null,
      h("time", {}, formatTime()),
      extra ?? null,
    );

  const botMessage = (...content: Node[]) =>
    h(
      "article",
      { class: "msg msg-bot" },
      h("div", { class: "avatar avatar-bot", "aria-hidden": "true" }, logo()),
      h("div", { class: "msg-body" }, ...content),
    );

  return {
    user(text) {
      clearWelcome();
      messages.append(
        h(
          "article",
          { class: "msg msg-user" },
          h("div", { class: "avatar avatar-user", "aria-hidden": "true" }, "You"),
          h("div", { class: "msg-body" }, meta("You"), h("div", { class: "bubble" }, text)),
        ),
      );
      scroll();
    },
    typing() {
      const row = botMessage(
        h("div", { class: "typing", "aria-label": "The bot is typing" }, h("span"), h("span"), h("span")),
      );
      messages.append(row);
      scroll();
      return () => row.remove();
    },
    answer(answer, caption) {
      clearWelcome();
      const asOf = h(
        "span",
        { class: "msg-asof", title: "The day this answer was computed for" },
        `as of ${formatDay(answer.asOf)}`,
      );
      const row = botMessage(
        meta(BOT_NAME, asOf),
        ...(caption ? [h("div", { class: "msg-caption" }, caption)] : []),
        h("div", { class: "previews", "data-intent": answer.intent }, ...answerPreviews(answer, onAction)),
      );
      messages.append(row);
      reveal(row);
    },
    error(message) {
      messages.append(
        botMessage(meta(BOT_NAME), h("div", { class: "bubble bubble-error", role: "alert" }, message)),
      );
      scroll();
    },
    welcome(suggestions, hint) {
      messages.querySelector(".welcome")?.remove();
      let hintBox: HTMLElement | null = null;
      if (hint) {
        const button = h(
          "button",
          { class: "btn btn-small", type: "button", "data-testid": "welcome-hint" },
          hint.action,
        );
        button.addEventListener("click", hint.onClick);
        hintBox = h("div", { class: "welcome-hint" }, h("span", {}, hint.text), button);
      }
      const chips = suggestions.map((s) => {
        const chip = h("button", { class: "chip", type: "button" }, s);
        chip.addEventListener("click", () => onSuggestion(s));
        return chip;
      });
      messages.append(
        h(
          "div",
          { class: "welcome" },
          h("div", { class: "welcome-mark", "aria-hidden": "true" }, logo()),
          h("h1", {}, "Ask about open posts"),
          h(
            "p",
            {},
            "Deadlines, requirements, salaries, languages: ask the way you would ask a colleague. Each answer is shown exactly as the bot would post it in Microsoft Teams or Slack.",
          ),
          hintBox,
          h("div", { class: "chips" }, ...chips),
        ),
      );
    },
  };
}

/** The bot's mark: a small briefcase, drawn inline so the page needs no image files. */
export function logo(): SVGSVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.innerHTML =
    '<path fill="currentColor" d="M9 3h6a2 2 0 0 1 2 2v1h3a2 2 0 0 1 2 2v4.5H2V8a2 2 0 0 1 2-2h3V5a2 2 0 0 1 2-2Zm0 3h6V5H9v1ZM2 14h8v1a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-1h8v5a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2v-5Z"/>';
  return svg;
}
