import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.ts";
import { payRankAsked } from "../../src/answer/payRanking.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string, index = new VacancyIndex(seedVacancies())) => answerQuestion(q, { index, now });
const titles = (a: ReturnType<typeof ask>) => a.items.map((i) => i.vacancy.title);

describe("payRankAsked", () => {
  it("reads a ranking by pay or grade, highest or lowest", () => {
    expect(payRankAsked(" which job pays the most ")).toEqual({
      field: "salary",
      order: "highest",
      rest: "",
    });
    expect(payRankAsked(" best paid job ")).toMatchObject({ field: "salary", order: "highest" });
    expect(payRankAsked(" lowest salary ")).toMatchObject({ field: "salary", order: "lowest" });
    expect(payRankAsked(" highest grade vacancy ")).toMatchObject({ field: "grade", order: "highest" });
    expect(payRankAsked(" what s the best paying post in bices ")?.rest).toBe("bices");
  });

  it("reads no ranking in a question about one post's pay or about the most posts", () => {
    expect(payRankAsked(" what is the salary for the technical security operator ")).toBeNull();
    expect(payRankAsked(" which job has the most posts ")).toBeNull();
    expect(payRankAsked(" jobs paying over 70k ")).toBeNull();
  });
});

describe("pay ranking answers", () => {
  it("says when only one notice states a salary, and names it", () => {
    const a = ask("which job pays the most?");
    expect(a.text).toMatch(/^Only 1 of the 5 posts .* states a salary: Operator, Technical Security/);
    expect(titles(a)).toEqual(["Operator, Technical Security"]);
  });

  it("ranks the posts that state pay, either way, and counts those that do not", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "a", title: "Alpha Analyst", salary: "EUR 4,000 - 5,000 / month" }),
      makeVacancy({ id: "b", title: "Beta Officer", salary: "EUR 6,500 / month" }),
      makeVacancy({ id: "c", title: "Gamma Clerk", salary: null }),
    ]);
    expect(titles(ask("which job pays the most?", index))).toEqual(["Beta Officer", "Alpha Analyst"]);
    const low = ask("lowest salary?", index);
    expect(titles(low)).toEqual(["Alpha Analyst", "Beta Officer"]);
    expect(low.text).toContain("The other one does not state one.");
  });

  it("reads the posts' pay asked in other words as a ranking, but not a pay floor", () => {
    expect(payRankAsked(" highest paid job ")).toMatchObject({ order: "highest", rest: "" });
    expect(payRankAsked(" lowest paid posts ")).toMatchObject({ order: "lowest", rest: "" });
    expect(payRankAsked(" what do the open posts pay ")).toMatchObject({ order: "highest", rest: "" });
    expect(payRankAsked(" cyber jobs sorted by pay ")).toMatchObject({ order: "highest", rest: "cyber" });
    expect(payRankAsked(" rank jobs by salary ")).toMatchObject({ field: "salary", rest: "" });
    expect(payRankAsked(" jobs paying 70k or more ")).toBeNull();
  });

  it("ranks only the posts closing inside a deadline window, and says when none does", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "a", title: "Alpha Analyst", salary: "EUR 4,000 / month", deadline: "2024-06-20" }),
      makeVacancy({ id: "b", title: "Beta Officer", salary: "EUR 6,500 / month", deadline: "2024-07-10" }),
      makeVacancy({ id: "c", title: "Gamma Clerk", salary: "EUR 5,000 / month", deadline: "2024-06-25" }),
    ]);
    const june = ask("highest paid jobs closing in june", index);
    expect(titles(june)).toEqual(["Gamma Clerk", "Alpha Analyst"]);
    expect(june.text).toMatch(/^2 of the 2 posts closing in June 2024 state a salary/);
    expect(ask("best paid jobs closing in 2030", index).text).toMatch(
      /^No post closing between 1 January 2030 and 31 December 2030 is open/,
    );
  });

  it("ranks grades on one scale and says when none is stated", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "a", title: "Alpha Analyst", grade: "NATO Grade A2" }),
      makeVacancy({ id: "b", title: "Beta Officer", grade: "A4" }),
    ]);
    expect(titles(ask("highest grade job", index))).toEqual(["Beta Officer", "Alpha Analyst"]);
    expect(ask("highest grade vacancy").text).toContain("None of the 5 posts");
  });

  it("compares with a named post: the posts paying more, or that its notice states no pay", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "a", title: "Alpha Analyst", salary: "EUR 4,000 - 5,000 / month" }),
      makeVacancy({ id: "b", title: "Beta Officer", salary: "EUR 6,500 / month" }),
      makeVacancy({ id: "c", title: "Gamma Clerk", salary: null }),
    ]);
    expect(payRankAsked(" which jobs pay more than the alpha analyst ")?.than).toBe("alpha analyst");
    expect(titles(ask("which jobs pay more than the alpha analyst", index))).toEqual(["Beta Officer"]);
    expect(titles(ask("which jobs pay less than the beta officer", index))).toEqual(["Alpha Analyst"]);
    const none = ask("is anything better paid than the gamma clerk?", index);
    expect(none.text).toMatch(/^The notice for Gamma Clerk .* states no salary/);
    expect(titles(none)).toEqual(["Beta Officer", "Alpha Analyst"]);
  });

  it("reads pay across the posts as a ranking", () => {
    expect(payRankAsked(" what s the salary range across the jobs ")).toMatchObject({
      field: "salary",
      rest: "",
    });
  });

  it("keeps a question about one named post's pay to that post", () => {
    expect(ask("what is the salary for the technical security operator").text).toContain("salary $75,000");
  });
});
