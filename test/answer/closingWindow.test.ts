// Questions about a deadline window ("closing soon", "this week", "in the next 20 days") list the
// open posts whose deadline falls inside it, and say so plainly when none does.
import { describe, expect, it } from "vitest";
import { closingWindowDays } from "../../src/answer/closingWindow.ts";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex([
  makeVacancy({ id: "network-technician", title: "Network Technician", deadline: "2024-06-10" }),
  makeVacancy({ id: "cyber-analyst", title: "Cyber Security Analyst", deadline: "2024-06-20" }),
  makeVacancy({ id: "finance-officer", title: "Finance Officer", deadline: "2024-07-30" }),
  makeVacancy({ id: "old-post", title: "Logistics Assistant", deadline: "2024-05-01" }),
  makeVacancy({ id: "no-deadline", title: "Deputy Director", deadline: null }),
]);
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const titles = (q: string, day: string) =>
  answerQuestion(q, { index, now: at(day) }).items.map((i) => i.vacancy.title);

describe("closingWindowDays", () => {
  it.each([
    ["jobs closing soon", 14],
    ["what closes this week", 7],
    ["deadlines next week", 14],
    ["vacancies closing this month", 31],
    ["which posts close in the next 20 days", 20],
    ["anything closing within three days", 3],
    ["what closes today", 0],
    ["any deadline tomorrow", 1],
  ])("%s -> %i days", (q, days) => {
    expect(closingWindowDays(q)).toBe(days);
  });

  it.each(["new jobs this week", "what is open", "when does the network technician post close"])(
    "%s names no window",
    (q) => {
      expect(closingWindowDays(q)).toBeNull();
    },
  );
});

describe("closing-window answers", () => {
  it("lists only open posts inside the window, soonest first", () => {
    expect(titles("what closes this week?", "2024-06-05")).toEqual(["Network Technician"]);
    expect(titles("jobs closing soon", "2024-06-08")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
    ]);
    expect(titles("vacancies closing this month", "2024-06-05")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
    ]);
  });

  it("filters by a subject", () => {
    const answer = answerQuestion("cyber jobs closing soon", { index, now: at("2024-06-08") });
    expect(answer.intent).toBe("list");
    expect(answer.items.map((i) => i.vacancy.title)).toEqual(["Cyber Security Analyst"]);
    expect(answer.text).toContain('matching "cyber"');
  });

  it("says plainly when nothing closes in the window and names the next deadline", () => {
    const answer = answerQuestion("anything closing this week?", { index, now: at("2024-06-21") });
    expect(answer.items).toEqual([]);
    expect(answer.text).toMatch(/No open post closes within 7 days/);
    expect(answer.text).toContain("Finance Officer");
  });

  it("keeps one-post deadline questions as they were", () => {
    expect(detectIntent("when does the network technician post close?").intent).toBe("deadline");
  });
});

describe("length of service is a contract question", () => {
  it.each([
    "what is the maximum period of service for the network technician?",
    "how long can I stay in the network technician job",
    "length of service for the network technician",
  ])("%s", (q) => {
    const answer = answerQuestion(q, { index, now: at("2024-06-05") });
    expect(answer.focus).toBe("contract");
    expect(answer.items[0]?.vacancy.title).toBe("Network Technician");
  });

  it("still reads 'how long until it closes' as a deadline question", () => {
    expect(detectIntent("how long until the network technician post closes").intent).toBe("deadline");
  });
});
