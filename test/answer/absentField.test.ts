import { describe, expect, it } from "vitest";
import { absentFieldOf } from "../../src/answer/absentField.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { networkTechnician, nocChief } from "../fixtures/vacancies.ts";

const absent = (words: string, v: Vacancy) => absentFieldOf(words)?.absent(v);

describe("absentFieldOf", () => {
  it("names the fields a list can ask to be empty, in the words left after a negation", () => {
    expect(absentFieldOf("closing date")?.name).toBe("deadline");
    expect(absentFieldOf("languages")?.name).toBe("language requirement");
    expect(absentFieldOf("years experience")?.name).toBe("experience requirement");
    expect(absentFieldOf("education requirements")?.name).toBe("education requirement");
    expect(absentFieldOf("direct reports")?.name).toBe("direct reports");
    expect(absentFieldOf("indirect reports")?.name).toBe("indirect reports");
    expect(absentFieldOf("a contract")?.name).toBe("contract details");
    expect(absentFieldOf("a category")?.name).toBe("category");
    expect(absentFieldOf("requirements listed")?.name).toBe("requirements");
    expect(absentFieldOf("full time")?.name).toBe("working time (full- or part-time)");
  });

  it("reads a notice with neither essential nor desirable lines as stating no requirements", () => {
    expect(absent("requirements", { ...nocChief, essential: [], desirable: [] })).toBe(true);
    expect(absent("requirements", { ...nocChief, essential: [] })).toBe(false);
    expect(absent("a contract", { ...nocChief, contract: null })).toBe(true);
    expect(absent("a category", { ...nocChief, category: "ICT" })).toBe(false);
  });

  it("reads how the field is left empty as no part of which field it is", () => {
    expect(absentFieldOf("deadline set")?.name).toBe("deadline");
    expect(absentFieldOf("salary given yet")?.name).toBe("salary");
    expect(absentFieldOf("location stated")?.name).toBe("location");
    expect(absentFieldOf("cisco set")).toBeNull();
  });

  it("names no field for something a notice asks for", () => {
    expect(absentFieldOf("french")).toBeNull();
    expect(absentFieldOf("university degree")).toBeNull();
    expect(absentFieldOf("cisco experience")).toBeNull();
  });

  it("reads 'N/A' as nobody reporting to the post", () => {
    expect(absent("direct reports", { ...nocChief, directReports: "13" })).toBe(false);
    expect(absent("direct reports", { ...networkTechnician, directReports: "N/A" })).toBe(true);
    expect(absent("direct reports", { ...networkTechnician, directReports: null })).toBe(true);
  });

  it("reads an empty requirement list as the field left out", () => {
    expect(absent("languages", { ...networkTechnician, languages: [] })).toBe(true);
    expect(absent("languages", networkTechnician)).toBe(false);
    expect(absent("years experience", { ...networkTechnician, experience: [] })).toBe(true);
  });
});
