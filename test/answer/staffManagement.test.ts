import { describe, expect, it } from "vitest";
import { staffManagementAnswer, staffManagementAsked } from "../../src/answer/staffManagement.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("staffManagementAsked", () => {
  it("reads questions about leading staff, and what else they name", () => {
    expect(staffManagementAsked(" any roles where i d be a team lead in brussels ")).toEqual({
      rest: "brussels",
    });
    expect(staffManagementAsked(" is there a job where i d supervise people ")).toEqual({ rest: "" });
    expect(staffManagementAsked(" jobs with people management ")).toEqual({ rest: "" });
  });

  it("reads a number of staff asked for, and whose", () => {
    expect(staffManagementAsked(" jobs with 13 direct reports ")).toMatchObject({
      rest: "",
      count: { comparison: { min: 13, max: 13 }, kind: "direct" },
    });
    expect(staffManagementAsked(" posts managing more than 10 people ")).toMatchObject({
      count: { comparison: { min: 11, max: null }, kind: "all" },
    });
    expect(staffManagementAsked(" roles with at least 20 indirect reports in mons ")).toMatchObject({
      rest: "mons",
      count: { comparison: { min: 20 }, kind: "indirect" },
    });
  });

  it("reads 'a team of 10 or more' (a '10+' as the question reader writes it)", () => {
    expect(staffManagementAsked(" vacancies with a team of 10 or more ")).toMatchObject({
      count: { comparison: { min: 10, max: null }, kind: "all" },
    });
  });

  it("reads no such question in a post that is led", () => {
    expect(staffManagementAsked(" under the supervision of the head ")).toBeNull();
    expect(staffManagementAsked(" team lead requirements ")).toBeNull();
  });
});

describe("staffManagementAnswer", () => {
  const index = new VacancyIndex([
    makeVacancy({
      id: "t",
      title: "Technician",
      summary: "Works under the supervision of the team lead.",
      directReports: "N/A",
    }),
    makeVacancy({ id: "c", title: "Centre Chief", directReports: "13", indirectReports: "2" }),
    makeVacancy({ id: "m", title: "Mons Manager", location: "Mons, Belgium", directReports: "4" }),
  ]);
  const now = new Date("2024-06-05T12:00:00Z");

  it("lists the posts stating staff reporting to them, most first, not the posts that are supervised", () => {
    const a = staffManagementAnswer("q", { rest: "" }, { index, now });
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Centre Chief", "Mons Manager"]);
    expect(a.text).toContain("13 direct and 2 indirect reports");
  });

  it("keeps the posts whose count of staff passes the one asked for", () => {
    const direct = staffManagementAsked(" jobs with 13 direct reports ");
    expect(
      staffManagementAnswer("q", direct as never, { index, now }).items.map((i) => i.vacancy.title),
    ).toEqual(["Centre Chief"]);
    const few = staffManagementAsked(" jobs with fewer than 5 direct reports ");
    expect(
      staffManagementAnswer("q", few as never, { index, now }).items.map((i) => i.vacancy.title),
    ).toEqual(["Mons Manager"]);
    const many = staffManagementAnswer("q", staffManagementAsked(" managing more than 20 people ") as never, {
      index,
      now,
    });
    expect(many.items).toEqual([]);
    expect(many.text).toContain("None of the 3 posts");
  });

  it("ranks by the staff asked about: 'most direct reports', 'most indirect reports'", () => {
    const index2 = new VacancyIndex([
      makeVacancy({ id: "c", title: "Centre Chief", directReports: "13", indirectReports: "2" }),
      makeVacancy({ id: "d", title: "Deputy Director", directReports: "3", indirectReports: "25" }),
    ]);
    const rank = (q: string) =>
      staffManagementAnswer("q", staffManagementAsked(q) as never, { index: index2, now }).items.map(
        (i) => i.vacancy.title,
      );
    expect(staffManagementAsked(" who has the most direct reports ")).toMatchObject({
      rank: { order: "most", kind: "direct" },
    });
    expect(rank(" who has the most direct reports ")).toEqual(["Centre Chief", "Deputy Director"]);
    expect(rank(" most indirect reports ")).toEqual(["Deputy Director", "Centre Chief"]);
    expect(rank(" fewest people reporting ")).toEqual(["Centre Chief", "Deputy Director"]);
  });

  it("narrows by a place and says when nothing is in scope", () => {
    expect(
      staffManagementAnswer("q", { rest: "mons" }, { index, now }).items.map((i) => i.vacancy.title),
    ).toEqual(["Mons Manager"]);
    expect(staffManagementAnswer("q", { rest: "lisbon" }, { index, now }).text).toContain(
      'No post matching "lisbon" is open',
    );
  });
});
