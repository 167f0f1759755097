// Question -> Answer: clean the question, detect its intent, search, apply the deadline logic at
// `now`, and compose a complete plain answer. Pure: same question, data and now give the same answer.
// This module dispatches on the intent; each kind of answer lives in a module of its own.

import { parseNowOption } from "../clock.ts";
import { answerAcrossPosts } from "./acrossPostsQuestions.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { applicationAsk } from "./applicationAsk.ts";
import { applicationAskAnswer } from "./applicationAskAnswer.ts";
import { cleanQuestion } from "./cleanQuestion.ts";
import { postName } from "./composeAnswer.ts";
import { calendarDay, DEFAULT_TIME_ZONE } from "./deadlineStatus.ts";
import { deadlineWindowOf } from "./deadlineWindowLists.ts";
import { detectIntent } from "./detectIntent.ts";
import { helpAnswer } from "./helpAnswer.ts";
import { listAnswer } from "./listAnswer.ts";
import { resolveDay } from "./listDay.ts";
import type { Answer, Focus } from "./model.ts";
import { onePostAnswer } from "./onePostAnswer.ts";
import { followUps, intentOfFocus, onePostText } from "./onePostText.ts";
import { searchAnswer } from "./searchAnswer.ts";
import { isThanks, THANKS_REPLY } from "./thanks.ts";
import { unknownAnswer } from "./unknownAnswer.ts";

/** Answers a free-text question. Pure: same question, data and now give the same answer. */
export function answerQuestion(question: string, context: AnswerContext): Answer {
  const cleaned = cleanQuestion(question);
  const base: AnswerBase = { question: cleaned, asOf: calendarDay(context.now, DEFAULT_TIME_ZONE) };
  if (isThanks(cleaned)) {
    return {
      ...base,
      intent: "help",
      focus: "overview",
      items: [],
      totalMatches: 0,
      text: THANKS_REPLY,
      suggestions: [],
    };
  }
  const detected = detectIntent(cleaned);
  const asked = applicationAsk(cleaned, detected);
  const application = asked && applicationAskAnswer(base, asked, detected, context);
  if (application) return application;
  // "English-only roles closing in June": the window narrows the posts weighed across.
  const window = detected.intent === "list" ? deadlineWindowOf(base, detected, context) : null;
  if (typeof window !== "string") {
    const acrossPosts = answerAcrossPosts(cleaned, detected, { ...context, window });
    if (acrossPosts) return acrossPosts;
  }
  switch (detected.intent) {
    case "help":
      return helpAnswer(base, context, "help");
    case "list": {
      // "anything still open on 25 June 2024": the list as it stands on that day.
      const day = detected.onDay ? resolveDay(detected.onDay, base.asOf) : null;
      if (day === null) return listAnswer(base, detected, context);
      return listAnswer({ ...base, asOf: day }, detected, { ...context, now: parseNowOption(day) });
    }
    case "search":
      // "which vacancies can I apply to now" names no skill: it asks what is open.
      if (!detected.subject) return listAnswer(base, detected, context);
      return searchAnswer(base, detected.subject, detected.focus, context);
    case "unknown":
      return unknownAnswer(base, detected, context);
    default:
      return onePostAnswer(base, detected, context);
  }
}

/** The answer for one known vacancy with a given focus (card buttons, previews). Null if the id is unknown. */
export function answerAboutVacancy(id: string, focus: Focus, context: AnswerContext): Answer | null {
  const vacancy = context.index.get(id);
  if (!vacancy) return null;
  const item = itemOf(vacancy, context.now);
  const intent = intentOfFocus(focus);
  return {
    intent,
    focus,
    question: "",
    asOf: calendarDay(context.now, DEFAULT_TIME_ZONE),
    items: [item],
    totalMatches: 1,
    text: onePostText(intent, focus, item),
    suggestions: followUps(vacancy),
  };
}

export type { AnswerContext } from "./answerContext.ts";
export { LIST_LIMIT } from "./listResult.ts";
export { CLOSE_ALTERNATIVE, NAMES_POST } from "./namedPost.ts";
export { postName };
