// "jobs that pay in dollars": posts listed by the currency their stated pay is in.
import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { currencyAsked, currencyOf } from "../../src/answer/salaryCurrency.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("currencyAsked", () => {
  it.each([
    [" any jobs that pay in dollars ", "USD"],
    [" which posts pay in usd ", "USD"],
    [" jobs paid in euros ", "EUR"],
    [" salaries in gbp ", "GBP"],
    [" roles paying canadian dollars ", "CAD"],
  ])("%s -> %s", (q, code) => {
    expect(currencyAsked(q)?.currency.code).toBe(code);
  });

  it("needs a pay word", () => {
    expect(currencyAsked(" jobs in the euro area ")).toBeNull();
    expect(currencyAsked(" what is the salary of the operator ")).toBeNull();
  });
});

describe("currencyOf", () => {
  it("reads the currency from a salary's symbol, code or name", () => {
    expect(currencyOf("$75,000 - $85,000 / YEAR")?.code).toBe("USD");
    expect(currencyOf("6.500 EUR per month")?.code).toBe("EUR");
    expect(currencyOf("€5 000")?.code).toBe("EUR");
    expect(currencyOf("£40k")?.code).toBe("GBP");
    expect(currencyOf("C$90,000")?.code).toBe("CAD");
    expect(currencyOf("grade A2")).toBeNull();
    expect(currencyOf(null)).toBeNull();
  });
});

describe("answerQuestion: posts paying in a currency", () => {
  const posts = new VacancyIndex([
    makeVacancy({ id: "usd", title: "Finance Officer", salary: "$75,000 / YEAR", deadline: "2024-07-01" }),
    makeVacancy({ id: "eur", title: "Librarian", salary: "40,000 EUR", deadline: "2024-07-02" }),
    makeVacancy({ id: "none", title: "Driver", salary: null, deadline: "2024-07-03" }),
    makeVacancy({ id: "closed", title: "Clerk", salary: "€30,000", deadline: "2024-05-01" }),
  ]);
  const ask = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });
  const titles = (q: string) => ask(q).items.map((i) => i.vacancy.title);

  it("is a list question when it asks for posts, any post or names none", () => {
    for (const q of ["which jobs pay in dollars?", "is any job paid in pounds", "salary in dollars?"])
      expect(detectIntent(q), q).toMatchObject({ intent: "list", rule: "list-salary-currency" });
    expect(detectIntent("salary in euros for the finance officer")).toMatchObject({ intent: "details" });
    expect(detectIntent("is the finance officer job paid in dollars or euros?")).toMatchObject({
      intent: "details",
    });
  });

  it("lists the open posts paying in the currency and counts the others", () => {
    expect(titles("which jobs pay in dollars?")).toEqual(["Finance Officer"]);
    expect(titles("any jobs paid in euros?")).toEqual(["Librarian"]);
    expect(ask("salary in dollars?").items[0]?.quote).toBe("$75,000 / YEAR");
    const none = ask("any posts paying in pounds?");
    expect(none.items).toEqual([]);
    expect(none.text).toContain("No post open as of 5 June 2024 states pay in pounds sterling.");
    expect(none.text).toContain("1 open post does not state its salary.");
  });
});

// Ranking by pay is payRanking's (test/answer/payRanking.test.ts); these are the list rules' pay filters.
describe("answerQuestion: posts by a pay floor", () => {
  const posts = new VacancyIndex([
    makeVacancy({ id: "mid", title: "Finance Officer", salary: "$75,000 / YEAR", deadline: "2024-07-01" }),
    makeVacancy({ id: "high", title: "Legal Adviser", salary: "90,000 EUR", deadline: "2024-07-02" }),
    makeVacancy({ id: "low", title: "Librarian", salary: "40,000 EUR", deadline: "2024-07-02" }),
    makeVacancy({ id: "none", title: "Driver", salary: null, deadline: "2024-07-03" }),
  ]);
  const ask = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });
  const titles = (q: string) => ask(q).items.map((i) => i.vacancy.title);

  it("keeps a pay floor and a currency together", () => {
    expect(titles("salary for jobs in euros over 50k")).toEqual(["Legal Adviser"]);
    expect(titles("salary for jobs over 50k")).toEqual(["Finance Officer", "Legal Adviser"]);
  });

  it("leaves one post's salary to the one-post answer", () => {
    expect(detectIntent("salary for the finance officer").intent).toBe("details");
  });
});
