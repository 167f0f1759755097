// Cards for the answers given across posts (acronyms, languages, pay ranking, kinds of post): each
// renders valid Block Kit and Adaptive Cards, and a list row shows what the answer says of its post.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.ts";
import type { Answer } from "../../src/answer/model.ts";
import { renderAdaptiveCard, renderPlainText, renderSlackMessage } from "../../src/cards/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

const index = new VacancyIndex(
  VacancySchema.array().parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
);
const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string, on = index): Answer => answerQuestion(q, { index: on, now });

const QUESTIONS = [
  "what does TSCM stand for?",
  "what is BICES?",
  "what does NOSB mean in the NOSC chief notice",
  "do I need French for any of the jobs?",
  "which jobs need only English",
  "any bilingual posts?",
  "which job pays the most?",
  "highest grade vacancy",
  "is there an internship?",
  "any military posts?",
];

describe("cards for answers across posts", () => {
  it("every answer renders valid Slack and Teams cards and plain text", () => {
    const failures = QUESTIONS.flatMap((q) => {
      const a = ask(q);
      const problems = [
        ...slackProblems(renderSlackMessage(a, {})),
        ...adaptiveCardProblems(renderAdaptiveCard(a, {})),
      ];
      if (!renderPlainText(a, {}).trim()) problems.push("empty plain text");
      return problems.map((p) => `${q}: ${p}`);
    });
    expect(failures).toEqual([]);
  });

  it("each card shows the answer's lead line (the definition, the count, that none is advertised)", () => {
    for (const q of QUESTIONS) {
      const a = ask(q);
      const lead = (a.text.split("\n")[0] as string).slice(0, 60);
      expect(JSON.stringify(renderSlackMessage(a, {}).blocks), q).toContain(lead);
      expect(JSON.stringify(renderAdaptiveCard(a, {})), q).toContain(lead);
    }
  });

  it("a list row quotes the post's language requirement", () => {
    const a = ask("do I need French for any of the jobs?");
    const quote = a.items[0]?.quote as string;
    expect(quote).toMatch(/French/);
    expect(JSON.stringify(renderSlackMessage(a, {}))).toContain(quote);
    expect(JSON.stringify(renderAdaptiveCard(a, {}))).toContain(quote);
    expect(renderPlainText(a, {}).replace(/\s+/g, " ")).toContain(quote);
  });

  it("a long quote is cut to fit a list row and the cards stay valid", () => {
    const long = `${"Level V (Advanced) in one and II (Elementary) in the other, ".repeat(20)}lastwords`;
    const on = new VacancyIndex([
      makeVacancy({
        id: "a",
        title: "Alpha Analyst",
        languages: [{ language: "French", level: null, note: long }],
      }),
      makeVacancy({
        id: "b",
        title: "Beta Officer",
        languages: [{ language: "French", level: "B2", note: null }],
      }),
    ]);
    const a = ask("which jobs need French?", on);
    expect(a.items[0]?.quote?.length).toBeGreaterThan(1000);
    const slack = renderSlackMessage(a, {});
    expect(slackProblems(slack)).toEqual([]);
    expect(adaptiveCardProblems(renderAdaptiveCard(a, {}))).toEqual([]);
    expect(JSON.stringify(slack.blocks)).not.toContain("lastwords");
  });
});
