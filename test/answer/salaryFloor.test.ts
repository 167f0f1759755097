import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { highestAmount, salaryFloorOf } from "../../src/answer/salaryFloor.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("salaryFloorOf", () => {
  it("reads the amount a question asks the pay to reach", () => {
    expect(salaryFloorOf(" jobs paying over 70k ")?.floor).toBe(70000);
    expect(salaryFloorOf(" salary above 90 000 ")?.floor).toBe(90000);
    expect(salaryFloorOf(" posts that pay at least 5000 ")?.floor).toBe(5000);
    expect(salaryFloorOf(" roles that pay at least 80 000 dollars ")?.rest.trim()).toBe("roles that");
    expect(salaryFloorOf(" what is the salary of the operator ")).toBeNull();
  });
});

describe("highestAmount", () => {
  it("takes the largest amount a salary text states", () => {
    expect(highestAmount("$75,000 - $85,000 / YEAR")).toBe(85000);
    expect(highestAmount("60k EUR")).toBe(60000);
    expect(highestAmount("6.500 EUR per month")).toBe(6500);
    expect(highestAmount(null)).toBeNull();
  });
});

describe("answerQuestion: posts paying at least an amount", () => {
  const posts = new VacancyIndex([
    makeVacancy({
      id: "high",
      title: "Finance Officer",
      salary: "$75,000 - $85,000 / YEAR",
      deadline: "2024-07-01",
    }),
    makeVacancy({ id: "low", title: "Librarian", salary: "40,000 EUR", deadline: "2024-07-02" }),
    makeVacancy({ id: "none", title: "Driver", salary: null, deadline: "2024-07-03" }),
  ]);
  const ask = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });

  it("lists the open posts whose stated pay reaches the amount and counts those stating none", () => {
    const a = ask("jobs paying over 70k");
    expect(a.intent).toBe("list");
    expect(a.items.map((i) => i.vacancy.id)).toEqual(["high"]);
    expect(a.text).toContain("1 other open post does not state its salary.");
    expect(ask("any posts with a salary above 90,000").items).toEqual([]);
  });

  it("keeps a one-post salary question about that post", () => {
    expect(detectIntent("what's the salary for the finance officer").salaryFloor).toBeUndefined();
  });
});

describe("salaryFloorOf: a floor away from the pay word", () => {
  it("reads 'salary for jobs in dollars over 80k' but not 'more than one post'", () => {
    expect(salaryFloorOf(" salary for jobs in dollars over 80k ")?.floor).toBe(80000);
    expect(salaryFloorOf(" salary of posts with more than 1 opening ")).toBeNull();
  });
});
