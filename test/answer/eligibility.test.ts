import { describe, expect, it } from "vitest";
import { eligibilityLines } from "../../src/answer/eligibility.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("eligibilityLines", () => {
  it("picks clearance, nationality and medical sentences from requirements and application notes", () => {
    const v = makeVacancy({
      essential: ["Hold a NATO SECRET security clearance", "Five years of experience"],
      applicationNotes: [
        "Only nationals of NATO member countries may apply.",
        "Attach a cover letter.",
        "Appointment is subject to approval of the medical file.",
      ],
    });
    expect(eligibilityLines(v)).toEqual([
      "Hold a NATO SECRET security clearance",
      "Only nationals of NATO member countries may apply.",
      "Appointment is subject to approval of the medical file.",
    ]);
  });

  it("is empty when the notice states no such condition", () => {
    expect(eligibilityLines(makeVacancy({ applicationNotes: ["Attach a CV."] }))).toEqual([]);
  });
});
