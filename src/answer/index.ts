// Question -> Answer: intent detection, search and deadline logic. (Implementation: issue #4.)
import type { VacancyIndex } from "../search/VacancyIndex.ts";
import type { Answer, Focus } from "./model.ts";

export interface AnswerContext {
  index: VacancyIndex;
  now: Date;
}

/** Answers a free-text question. Pure: same question, data and now give the same answer. */
export function answerQuestion(question: string, context: AnswerContext): Answer {
  return {
    intent: "unknown",
    focus: "overview",
    question,
    asOf: context.now.toISOString().slice(0, 10),
    items: [],
    totalMatches: 0,
    text: "I can't answer questions yet.",
    suggestions: [],
  };
}

/** The answer for one known vacancy with a given focus (card buttons, previews). Null if the id is unknown. */
export function answerAboutVacancy(id: string, focus: Focus, context: AnswerContext): Answer | null {
  const vacancy = context.index.get(id);
  if (!vacancy) return null;
  return {
    intent: "details",
    focus,
    question: "",
    asOf: context.now.toISOString().slice(0, 10),
    items: [],
    totalMatches: 1,
    text: vacancy.title,
    suggestions: [],
  };
}
