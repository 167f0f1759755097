import { describe, expect, it } from "vitest";
import { askedFactSentences } from "../../src/answer/askedFacts.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("askedFactSentences", () => {
  const stated = makeVacancy({ title: "Clerk", category: "Administration", jobType: "Full-time" });
  const silent = makeVacancy({ title: "Clerk" });

  it("states a header fact the question names", () => {
    expect(askedFactSentences("what's the category of the clerk job?", stated)).toEqual([
      "Category: Administration.",
    ]);
    expect(askedFactSentences("is the clerk job full-time?", stated)).toEqual(["Working time: Full-time."]);
  });

  it("says the notice leaves it out instead of staying silent", () => {
    expect(askedFactSentences("category of the clerk?", silent)).toEqual([
      "Clerk: the notice states no category.",
    ]);
    expect(askedFactSentences("is the clerk part time", silent)[0]).toContain(
      "does not say whether it is full-time or part-time",
    );
  });

  it("adds nothing for a question naming no header fact", () => {
    expect(askedFactSentences("tell me about the clerk", silent)).toEqual([]);
  });
});
