import { describe, expect, it } from "vitest";
import { experienceYears, yearsInRequirement } from "../../src/answer/experienceYears.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("yearsInRequirement", () => {
  it.each([
    ["Have at least 5 years of experience in IT", 5],
    ["A minimum of 3 years' experience in communications", 3],
    ["Five (5) years of relevant professional experience", 5],
    ["five years experience in procurement", 5],
    ["2+ years of experience with Kubernetes", 2],
    ["5-7 years of experience in project management", 5],
    ["5 to 7 years of experience in project management", 5],
    ["Ten years or more working in finance", 10],
  ])("%s -> %i", (line, years) => {
    expect(yearsInRequirement(line)).toBe(years);
  });

  it("gives the fewer years of two alternatives", () => {
    expect(
      yearsInRequirement(
        "Higher secondary education with 6 years post related experience or a post-secondary degree with 3 years post-related experience",
      ),
    ).toBe(3);
  });

  it("keeps the total when a part of it is stated too", () => {
    expect(
      yearsInRequirement(
        "At least 8 years of experience in ICT systems, out of which at least 5 years of experience with Cybersecurity",
      ),
    ).toBe(8);
  });

  it("gives the larger of two stated together", () => {
    expect(yearsInRequirement("3 years of experience in audit and 6 years of experience in finance")).toBe(6);
  });

  it("reads no years from a line about no experience, an age or a contract", () => {
    expect(yearsInRequirement("A university degree in engineering")).toBeNull();
    expect(yearsInRequirement("Experience in NATO; candidates must be under 60 years of age")).toBeNull();
    expect(yearsInRequirement("Experience of budgeting")).toBeNull();
  });
});

describe("experienceYears", () => {
  it("takes the largest of a post's experience requirements, with the line stating it", () => {
    const v = makeVacancy({
      experience: ["2 years of experience in networks", "At least 4 years of experience in security"],
    });
    expect(experienceYears(v)).toEqual({ years: 4, line: "At least 4 years of experience in security" });
  });

  it("reads the essential requirements when no experience lines were set apart", () => {
    const v = makeVacancy({ essential: ["Degree in law", "minimum of 7 years' experience in legal work"] });
    expect(experienceYears(v)?.years).toBe(7);
  });

  it("is null for a post whose notice states no number of years", () => {
    expect(experienceYears(makeVacancy({ essential: ["Experience of leading teams"] }))).toBeNull();
  });
});
