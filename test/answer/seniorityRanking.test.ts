import { describe, expect, it } from "vitest";
import { seniorityAnswer, seniorityAsked } from "../../src/answer/seniorityRanking.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("seniorityAsked", () => {
  it("reads superlatives and orders of seniority", () => {
    expect(seniorityAsked(" which job is the most senior ")).toEqual({ order: "senior" });
    expect(seniorityAsked(" most junior role ")).toEqual({ order: "junior" });
    expect(seniorityAsked(" list the posts by seniority ")).toEqual({ order: "senior" });
    expect(seniorityAsked(" highest ranking position ")).toEqual({ order: "senior" });
    expect(seniorityAsked(" which job ranks highest ")).toEqual({ order: "senior" });
    expect(seniorityAsked(" what s the least senior post ")).toEqual({ order: "junior" });
  });

  it("reads no ranking into a question about one post or a kind of post", () => {
    expect(seniorityAsked(" is the chief a senior role ")).toBeNull();
    expect(seniorityAsked(" entry level jobs ")).toBeNull();
  });
});

describe("seniorityAnswer", () => {
  const index = new VacancyIndex([
    makeVacancy({ id: "t", title: "Network Technician", deadline: "2024-07-01" }),
    makeVacancy({ id: "c", title: "Centre Chief", deadline: "2024-07-01", directReports: "13" }),
    makeVacancy({
      id: "d",
      title: "Deputy Director",
      deadline: null,
      directReports: "3",
      indirectReports: "25",
    }),
    makeVacancy({ id: "h", title: "Head of Unit", deadline: "2024-07-01", directReports: "2" }),
  ]);
  const titles = (order: "senior" | "junior") =>
    seniorityAnswer("q", { order }, { index, now: new Date("2024-06-05T12:00:00Z") }).items.map(
      (i) => i.vacancy.title,
    );

  it("ranks by the title's rank, a deputy just under it, then by staff reporting", () => {
    expect(titles("senior")).toEqual([
      "Deputy Director",
      "Centre Chief",
      "Head of Unit",
      "Network Technician",
    ]);
    expect(titles("junior")[0]).toBe("Network Technician");
  });

  it("says that it estimates from titles and reporting lines, not a stated grade", () => {
    const a = seniorityAnswer("q", { order: "senior" }, { index, now: new Date("2024-06-05T12:00:00Z") });
    expect(a.text).toContain("state no seniority and no grade");
    expect(a.text).toContain("an estimate, not an official grading");
    expect(a.text).toContain("3 direct and 25 indirect reports");
  });
});
