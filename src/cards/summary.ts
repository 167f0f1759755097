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
