import { describe, expect, it } from "vitest";
import { withCountSigns } from "../../src/answer/countComparison.ts";
import { experienceAnswer, experienceAsked } from "../../src/answer/experienceQuestion.ts";
import { readWords } from "../../src/answer/readWords.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const asked = (q: string) => experienceAsked(readWords(withCountSigns(q)));

describe("experienceAsked", () => {
  it("reads a comparison with the years of experience asked for", () => {
    expect(asked("which jobs ask for less than 5 years experience?")).toMatchObject({
      kind: "compare",
      comparison: { min: null, max: 4 },
    });
    expect(asked("jobs requiring 5+ years of experience")).toMatchObject({
      comparison: { min: 5, max: null },
    });
    expect(asked("posts with no more than 3 years' experience")).toMatchObject({ comparison: { max: 3 } });
    expect(asked("more than 10 years")).toMatchObject({ comparison: { min: 11, max: null } });
    expect(asked("roles with 5 years or more experience")).toMatchObject({
      comparison: { min: 5, max: null },
    });
    expect(asked("which roles want 3-5 years of experience?")).toMatchObject({
      comparison: { min: 3, max: 5 },
    });
    expect(asked("posts with at least 5 years required, open now")).toMatchObject({
      comparison: { min: 5, max: null },
    });
    expect(asked("posts requiring more than 4 but less than 8 years experience")).toMatchObject({
      comparison: { min: 5, max: 7 },
    });
  });

  it("reads years an asker has as a ceiling on the years asked", () => {
    expect(asked("I have 3 years of experience, what can I apply for?")).toMatchObject({
      comparison: { min: null, max: 3 },
    });
  });

  it("reads a ranking by experience, and what else the question names", () => {
    expect(asked("which role needs the most experience?")).toEqual({ kind: "rank", order: "most", rest: "" });
    expect(asked("least experienced roles in Brussels")).toEqual({
      kind: "rank",
      order: "least",
      rest: "brussels",
    });
    expect(asked("how much experience does each job need")).toMatchObject({ kind: "rank", order: "most" });
    expect(asked("list posts by experience required")).toMatchObject({ kind: "rank", order: "most" });
  });

  it("reads no experience question in years of a contract or a plain requirement", () => {
    expect(asked("is the contract more than 2 years?")).toBeNull();
    expect(asked("which contract runs the most years?")).toBeNull();
    expect(asked("contracts of more than 2 and less than 5 years")).toBeNull();
    expect(asked("what experience do I need for the technician job")).toBeNull();
  });
});

describe("experienceAnswer", () => {
  const index = new VacancyIndex([
    makeVacancy({ id: "a", title: "Analyst", experience: ["At least 8 years of experience in analysis"] }),
    makeVacancy({
      id: "t",
      title: "Technician",
      experience: ["Minimum of 3 years' experience with networks"],
    }),
    makeVacancy({ id: "d", title: "Director", essential: ["Experience of leading a directorate"] }),
  ]);
  const context = { index, now: new Date("2024-06-01T12:00:00Z") };

  it("lists the posts asking for fewer years, quoting the requirement, and names those stating none", () => {
    const a = experienceAnswer("q", asked("less than 5 years experience") as never, context);
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Technician"]);
    expect(a.items[0]?.quote).toBe("Minimum of 3 years' experience with networks");
    expect(a.text).toContain("Technician");
    expect(a.text).toContain("states no number of years of experience: Director");
  });

  it("ranks the posts by the years asked, most or least first", () => {
    const most = experienceAnswer("q", { kind: "rank", order: "most", rest: "" }, context);
    expect(most.items.map((i) => i.vacancy.title)).toEqual(["Analyst", "Technician"]);
    const least = experienceAnswer("q", { kind: "rank", order: "least", rest: "" }, context);
    expect(least.items.map((i) => i.vacancy.title)).toEqual(["Technician", "Analyst"]);
  });
});
