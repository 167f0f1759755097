import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.ts";
import { namedListDay, resolveDay } from "../../src/answer/listDay.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("namedListDay and resolveDay", () => {
  it("reads the day a list asks about", () => {
    expect(namedListDay(" anything still open on 25 june 2024 ")).toEqual({ day: 25, month: 6, year: 2024 });
    expect(namedListDay(" which jobs are open on june 20 ")).toEqual({ day: 20, month: 6, year: null });
    expect(namedListDay(" what s open ")).toBeNull();
  });

  it("takes the coming occurrence of a day without a year, and refuses a day that does not exist", () => {
    expect(resolveDay({ day: 20, month: 6, year: null }, "2024-06-01")).toBe("2024-06-20");
    expect(resolveDay({ day: 2, month: 1, year: null }, "2024-06-01")).toBe("2025-01-02");
    expect(resolveDay({ day: 31, month: 2, year: 2025 }, "2024-06-01")).toBeNull();
  });
});

describe("answerQuestion: a list on a named day", () => {
  const posts = new VacancyIndex([
    makeVacancy({ id: "early", title: "Finance Officer", deadline: "2024-06-17" }),
    makeVacancy({ id: "late", title: "Plans Officer", deadline: "2024-07-30" }),
  ]);
  const ask = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-01T12:00:00Z") });

  it("lists what is open on that day, as of that day", () => {
    const a = ask("anything still open on 25 June 2024?");
    expect(a.items.map((i) => i.vacancy.id)).toEqual(["late"]);
    expect(a.text).toContain("as of 25 June 2024");
    expect(ask("what's open").items.map((i) => i.vacancy.id)).toEqual(["early", "late"]);
  });
});
