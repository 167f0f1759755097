// Every kind of card the renderers can be asked for, over the seed-like and odd vacancies:
// each focus of a single-vacancy card with each option set, drafts, lists, help and no match.
import { type Answer, FOCUSES } from "../../src/answer/model.ts";
import type { RenderOptions } from "../../src/cards/index.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { bare, HOSTILE, ODD_VACANCIES } from "../fixtures/oddVacancies.ts";
import { SEED_VACANCIES } from "../fixtures/vacancies.ts";

export interface CardCase {
  name: string;
  answer: Answer;
  options: RenderOptions;
}

const OPTION_SETS: Record<string, RenderOptions> = {
  plain: {},
  "shareable+recruiter": { shareable: true, recruiter: true },
};

const DRAFT_STATES = ["preview", "posted", "cancelled"] as const;

export function allCardCases(): CardCase[] {
  const cases: CardCase[] = [];
  const vacancies = [...SEED_VACANCIES, ...ODD_VACANCIES];
  for (const vacancy of vacancies) {
    for (const focus of FOCUSES) {
      for (const [optionName, options] of Object.entries(OPTION_SETS)) {
        for (const asOf of ["2024-06-05", "2026-11-23"]) {
          cases.push({
            name: `${vacancy.id} / ${focus} / ${optionName} / ${asOf}`,
            answer: answerAbout([vacancy], {
              intent: "details",
              focus,
              asOf,
              question: `${focus} of ${vacancy.title}`,
            }),
            options,
          });
        }
      }
    }
    for (const state of DRAFT_STATES) {
      cases.push({
        name: `${vacancy.id} / draft ${state}`,
        answer: answerAbout([vacancy], { intent: "details", focus: "overview" }),
        options: { draft: { id: "5f1c8c8e-2f67-4a0e-9f59-7d1f0e4b8a11", state } },
      });
    }
  }
  for (const [n, total] of [
    [1, 1],
    [5, 5],
    [10, 37],
  ] as const) {
    const items = Array.from({ length: n }, (_, i) => vacancies[i % vacancies.length] ?? bare);
    for (const intent of ["list", "search", "deadline"] as const) {
      cases.push({
        name: `list ${intent} ${n}/${total}`,
        answer: answerAbout(items, { intent, totalMatches: total, question: `${intent} ${HOSTILE}` }),
        options: { shareable: true },
      });
    }
  }
  // Lists whose rows quote the notice line that put each post there (hostile and over-long quotes).
  for (const n of [3, 10]) {
    const items = Array.from({ length: n }, (_, i) => vacancies[i % vacancies.length] ?? bare);
    const answer = answerAbout(items, { intent: "search", totalMatches: n, question: `quoted ${HOSTILE}` });
    answer.items = answer.items.map((item, i) => ({
      ...item,
      quote: i % 2 === 0 ? HOSTILE : `${"Requirement text ".repeat(80)}\n\n<@U1> > end`,
    }));
    cases.push({ name: `list search ${n} quoted`, answer, options: { shareable: true } });
  }
  cases.push({
    name: "help",
    answer: answerAbout([], {
      intent: "help",
      text: "I answer questions about vacancies: deadlines, requirements, languages, contracts.\nTry one of these:",
      suggestions: [
        "Which posts are open?",
        "When does the NOSC chief application close?",
        "x".repeat(600),
        HOSTILE,
      ],
    }),
    options: { shareable: true },
  });
  cases.push({
    name: "no match",
    answer: answerAbout([], {
      intent: "unknown",
      question: "where is lunch <!channel>",
      text: `I found no vacancy matching "where is lunch <!channel>".`,
      suggestions: ["List open vacancies"],
    }),
    options: { shareable: true },
  });
  cases.push({
    name: "no match with a huge text",
    answer: answerAbout([], { intent: "unknown", text: `${HOSTILE}\n`.repeat(400) }),
    options: {},
  });
  return cases;
}
