// Every card the renderers produce for the fixture and odd vacancies is checked against the
// Block Kit limits, the Adaptive Card 1.5 schema, the adaptivecards parser and Teams' rules.
import { describe, expect, it } from "vitest";
import { renderAdaptiveCard, renderPlainText, renderSlackMessage } from "../../src/cards/index.ts";
import { allCardCases } from "./allCards.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

const cases = allCardCases();

describe("every rendered card is valid", () => {
  it("covers hundreds of cards", () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it("Slack: within every Block Kit limit, routable buttons, no live mentions", () => {
    const failures = cases.flatMap(({ name, answer, options }) =>
      slackProblems(renderSlackMessage(answer, options)).map((p) => `${name}: ${p}`),
    );
    expect(failures).toEqual([]);
  });

  it("Teams: valid Adaptive Card 1.5 (schema + renderer), object data, under the size cap", () => {
    const failures = cases.flatMap(({ name, answer, options }) =>
      adaptiveCardProblems(renderAdaptiveCard(answer, options)).map((p) => `${name}: ${p}`),
    );
    expect(failures).toEqual([]);
  });

  it("plain text: never empty, no line wider than needed for one long word", () => {
    for (const { name, answer, options } of cases) {
      const text = renderPlainText(answer, options);
      expect(text.trim(), name).not.toBe("");
    }
  });
});
