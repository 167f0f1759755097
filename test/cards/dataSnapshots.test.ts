// Readable snapshots of the cards for the five seed vacancies as the notice parser stores them
// (data/vacancies.json): the full card and the requirements card, on a day when they are open.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderAdaptiveCard, renderSlackMessage } from "../../src/cards/index.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";
import { snapshotDocument } from "./snapshotDocument.ts";

const vacancies = VacancySchema.array().parse(JSON.parse(readFileSync("data/vacancies.json", "utf8")));

describe("cards for data/vacancies.json", () => {
  it("holds the five seed notices", () => {
    expect(vacancies.length).toBeGreaterThanOrEqual(5);
  });

  it.each(vacancies.map((v) => [v.id, v] as const))("%s", async (id, vacancy) => {
    const options = { shareable: true, recruiter: true };
    const overview = answerAbout([vacancy], { intent: "details", focus: "overview", asOf: "2024-06-05" });
    const requirements = answerAbout([vacancy], {
      intent: "requirements",
      focus: "requirements",
      asOf: "2024-06-05",
    });
    for (const answer of [overview, requirements]) {
      expect(slackProblems(renderSlackMessage(answer, options))).toEqual([]);
      expect(adaptiveCardProblems(renderAdaptiveCard(answer, options))).toEqual([]);
    }
    const document = [
      snapshotDocument(`${id} (full card)`, overview, options),
      snapshotDocument(`${id} (requirements)`, requirements, {}),
    ].join("\n");
    await expect(document).toMatchFileSnapshot(`./__snapshots__/data/${id}.md`);
  });
});
