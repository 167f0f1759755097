// One short line per answer for notifications, Teams' activity summary and speech.
import type { Answer } from "../answer/model.ts";
import { clampText, squashWhitespace } from "./clampText.ts";
import { chooseLayout } from "./layout.ts";
import type { RenderOptions } from "./options.ts";
import { describeStatus } from "./status.ts";

/** Longest summary line; notification previews show little more. */
export const SUMMARY_MAX_CHARS = 200;

/** A short, plain, self-contained line saying what the answer is about. */
export function summariseAnswer(answer: Answer, options: RenderOptions = {}): string {
  const layout = chooseLayout(answer, options);
  let line: string;
  switch (layout.kind) {
    case "vacancy":
      line = `${layout.item.vacancy.title} — ${describeStatus(layout.item).text}`;
      break;
    case "list": {
      const total = layout.items.length + layout.more;
      line = `${total} ${total === 1 ? "vacancy" : "vacancies"}: ${layout.items.map((i) => i.vacancy.title).join("; ")}`;
      break;
    }
    case "message":
      line = answer.text.split(/\n/).find((l) => l.trim()) ?? "";
      break;
  }
  return clampText(squashWhitespace(line) || "Vacancy bot answer", SUMMARY_MAX_CHARS);
}

/** Longest lead line of the core's text that a list card uses as its intro. */
const LIST_INTRO_MAX_CHARS = 300;

/**
 * The sentence above a list: the core's own lead line ("2 posts are open as of …, closing soonest
 * first") when it has a short one, else a count; plus "showing N of M" when the list is capped.
 */
export function listIntro(answer: Answer, shown: number, more: number): string {
  const total = shown + more;
  const lead = squashWhitespace(answer.text.split("\n").find((l) => l.trim()) ?? "").replace(/:$/, ".");
  const intro =
    lead && lead.length <= LIST_INTRO_MAX_CHARS ? lead : `${total} ${total === 1 ? "vacancy" : "vacancies"}.`;
  return more > 0 ? `${intro} Showing ${shown} of ${total}.` : intro;
}
