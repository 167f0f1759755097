// Lists filtered by pay: a salary floor ("over 5,000") or a currency ("paid in euros").

import type { Vacancy } from "../vacancy.ts";
import { type AnswerBase, itemOf, type ListContext } from "./answerContext.ts";
import { dayText, listLine } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { andMore, LIST_LIMIT, listResult, plural } from "./listResult.ts";
import type { Answer, AnswerItem } from "./model.ts";
import { openCandidates, scopeWords } from "./openCandidates.ts";
import { type Currency, currencyOf } from "./salaryCurrency.ts";
import { highestAmount } from "./salaryFloor.ts";

/** A post listed for its pay, its stated salary quoted under it in list cards. */
function salaryItem(vacancy: Vacancy, now: Date): AnswerItem {
  const item = itemOf(vacancy, now);
  return vacancy.salary ? { ...item, quote: vacancy.salary } : item;
}

/** Open (or undated) posts, optionally matching a subject, whose stated pay reaches `floor`; those stating none are counted. */
export function salaryFloorAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  floor: number,
  context: ListContext,
): Answer {
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const currency = detected.salaryCurrency;
  const kept = candidates
    .filter((v) => (highestAmount(v.salary) ?? Number.NEGATIVE_INFINITY) >= floor)
    .filter((v) => currency === undefined || currencyOf(v.salary)?.code === currency.code)
    .map((v) => salaryItem(v, context.now));
  const unstated = candidates.filter((v) => highestAmount(v.salary) === null).length;
  const items = kept.slice(0, LIST_LIMIT);
  const matching = scopeWords(subject, context);
  const amount = `${floor.toLocaleString("en-GB")}${currency ? ` ${currency.name}` : ""}`;
  const line = (i: AnswerItem) => `${listLine(i)}; salary: ${i.vacancy.salary}`;
  const note =
    unstated > 0
      ? `${plural(unstated, `${kept.length > 0 ? "other " : ""}open post does`, `${kept.length > 0 ? "other " : ""}open posts do`)} not state ${unstated === 1 ? "its" : "their"} salary.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "states" : "state"} pay reaching ${amount} (amounts as written, not converted):`,
          ...items.map(line),
          andMore(kept.length, items.length),
          note,
        ]
      : [`No post${matching} open as of ${today} states pay reaching ${amount}.`, note];
  return listResult(base, "salary", items, kept.length, text);
}

/** Open (or undated) posts, optionally matching a subject, whose stated pay is in `currency`; the others are counted. */
export function salaryCurrencyAnswer(
  base: AnswerBase,
  detected: DetectedIntent,
  currency: Currency,
  context: ListContext,
): Answer {
  const today = dayText(base.asOf);
  const subject = detected.subject;
  const candidates = openCandidates(subject, context);
  const kept = candidates.filter((v) => currencyOf(v.salary)?.code === currency.code);
  const others = candidates.filter((v) => v.salary !== null && !kept.includes(v));
  const unstated = candidates.filter((v) => v.salary === null).length;
  const items = kept.slice(0, LIST_LIMIT).map((v) => salaryItem(v, context.now));
  const matching = scopeWords(subject, context);
  const line = (i: AnswerItem) => `${listLine(i)}; salary: ${i.vacancy.salary}`;
  const otherNote =
    others.length > 0
      ? `${plural(others.length, "other open post states", "other open posts state")} pay in another currency or none named: ${others
          .slice(0, 3)
          .map((v) => `${v.title} (${v.salary})`)
          .join("; ")}.`
      : null;
  const unstatedNote =
    unstated > 0
      ? `${plural(unstated, "open post does", "open posts do")} not state ${unstated === 1 ? "its" : "their"} salary.`
      : null;
  const text =
    kept.length > 0
      ? [
          `${plural(kept.length, "post")}${matching} open or without a deadline as of ${today} ${kept.length === 1 ? "states" : "state"} pay in ${currency.name}:`,
          ...items.map(line),
          andMore(kept.length, items.length),
          otherNote,
          unstatedNote,
        ]
      : [`No post${matching} open as of ${today} states pay in ${currency.name}.`, otherNote, unstatedNote];
  return listResult(base, "salary", items, kept.length, text);
}
