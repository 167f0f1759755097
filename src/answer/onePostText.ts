// The text of one post's answer for a focus (deadline, status, requirements, a detail) and what to ask next.

import type { Vacancy } from "../vacancy.ts";
import { deadlineSentence, detailsText, requirementsText, statusSentence } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import type { AnswerItem, Focus, Intent } from "./model.ts";

export function intentOfFocus(focus: Focus): Intent {
  switch (focus) {
    case "deadline":
      return "deadline";
    case "status":
      return "status";
    case "requirements":
    case "languages":
    case "education":
    case "experience":
    case "competencies":
      return "requirements";
    default:
      return "details";
  }
}

export function onePostText(intent: Intent, focus: Focus, item: AnswerItem): string {
  switch (intent) {
    case "deadline":
      return deadlineSentence(item);
    case "status":
      return statusSentence(item);
    case "requirements":
      return requirementsText(item, focus);
    default:
      return detailsText(item, focus);
  }
}

/** Questions a user could ask next about one post. */
export function followUps(vacancy: Vacancy): string[] {
  const t = vacancy.title;
  return [`When does ${t} close?`, `Requirements for ${t}`, `Salary and contract for ${t}`];
}

/** "requirements and deadline for X": the answer to each further ask about the same post. */
export function alsoAskedTexts(detected: DetectedIntent, item: AnswerItem): string[] {
  return (detected.alsoAsked ?? []).map((f) => onePostText(intentOfFocus(f), f, item));
}
