// Cards for whatever the answer core produces: every dev question (../shared/qa when present)
// and every focus of every vacancy, through the real answerQuestion / answerAboutVacancy over
// data/vacancies.json (or the seed-like fixtures while that file is empty), rendered with each
// option set and validated. Grows stricter on its own as the core and the parser land.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerAboutVacancy, answerQuestion } from "../../src/answer/index.ts";
import { type Answer, FOCUSES } from "../../src/answer/model.ts";
import {
  type RenderOptions,
  renderAdaptiveCard,
  renderPlainText,
  renderSlackMessage,
} from "../../src/cards/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { type Vacancy, VacancySchema } from "../../src/vacancy.ts";
import { SEED_VACANCIES } from "../fixtures/vacancies.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

function dataset(): Vacancy[] {
  const stored = existsSync("data/vacancies.json")
    ? JSON.parse(readFileSync("data/vacancies.json", "utf8"))
    : [];
  const parsed = VacancySchema.array().parse(stored);
  return parsed.length > 0 ? parsed : SEED_VACANCIES;
}

// shared/ sits beside the checkout (CI) or two levels up (a worktree under wt/).
const SHARED_QUESTIONS = ["../shared/qa/dev-questions.jsonl", "../../shared/qa/dev-questions.jsonl"].find(
  (f) => existsSync(f),
);
function questions(): Array<{ q: string; now: string }> {
  const own = [
    { q: "help", now: "2024-06-05" },
    { q: "which posts are open?", now: "2024-06-05" },
    { q: "<!channel> @here requirements", now: "2024-06-05" },
  ];
  if (!SHARED_QUESTIONS) return own;
  const shared = readFileSync(SHARED_QUESTIONS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; now: string });
  return [...own, ...shared];
}

const OPTION_SETS: RenderOptions[] = [
  {},
  { shareable: true, recruiter: true },
  { draft: { id: "draft-1", state: "preview" } },
];

function problemsOf(name: string, answer: Answer): string[] {
  return OPTION_SETS.flatMap((options) => {
    const problems = [
      ...slackProblems(renderSlackMessage(answer, options)),
      ...adaptiveCardProblems(renderAdaptiveCard(answer, options)),
    ];
    if (!renderPlainText(answer, options).trim()) problems.push("empty plain text");
    return problems.map((p) => `${name} ${JSON.stringify(options)}: ${p}`);
  });
}

describe("cards for the answer core's answers", () => {
  const index = new VacancyIndex(dataset());

  it("every dev question renders valid cards", () => {
    expect(
      questions().length,
      "../shared/qa/dev-questions.jsonl not found beside the checkout",
    ).toBeGreaterThan(3);
    const failures = questions().flatMap(({ q, now }) =>
      problemsOf(q, answerQuestion(q, { index, now: new Date(`${now}T12:00:00Z`) })),
    );
    expect(failures).toEqual([]);
  });

  it("every focus of every vacancy renders valid cards", () => {
    const now = new Date("2024-06-05T12:00:00Z");
    const failures = index.all().flatMap((v) =>
      FOCUSES.flatMap((focus) => {
        const answer = answerAboutVacancy(v.id, focus, { index, now });
        return answer ? problemsOf(`${v.id}/${focus}`, answer) : [`${v.id}/${focus}: no answer`];
      }),
    );
    expect(failures).toEqual([]);
  });
});
