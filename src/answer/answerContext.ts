// What every answer is built with: the index and `now`, the question's echo, and one post's item at `now`.

import type { VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import type { DeadlineWindow } from "./closingWindow.ts";
import { deadlineStatus } from "./deadlineStatus.ts";
import type { Answer, AnswerItem } from "./model.ts";

export interface AnswerContext {
  index: VacancyIndex;
  now: Date;
}

/** A list's context: the deadline window its candidates must close in, when the question names one. */
export interface ListContext extends AnswerContext {
  window?: DeadlineWindow | null;
}

export type AnswerBase = Pick<Answer, "question" | "asOf">;

export function itemOf(vacancy: Vacancy, now: Date): AnswerItem {
  return { vacancy, deadline: deadlineStatus(vacancy, now) };
}
