// Questions about a deadline window ("closing soon", "this week", "in the next 20 days") list the
// open posts whose deadline falls inside it, and say so plainly when none does.
import { describe, expect, it } from "vitest";
import {
  closedWindowDays,
  closingMonth,
  closingWindowDays,
  monthWindow,
} from "../../src/answer/closingWindow.ts";
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
    ["which vacancies close in under a month", 30],
    ["what closes in less than 2 weeks", 14],
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

describe("closingMonth and monthWindow", () => {
  it.each([
    ["what jobs close in january", { month: 1, through: false }],
    ["anything closing in march 2025", { month: 3, through: false }],
    ["which posts close during sept", { month: 9, through: false }],
    ["june deadlines", { month: 6, through: false }],
    ["what closes by july", { month: 7, through: true }],
    ["deadlines in may", { month: 5, through: false }],
  ])("%s", (q, expected) => {
    expect(closingMonth(q)).toEqual(expected);
  });

  it.each(["may i apply for the network technician", "open jobs in june", "what closes soon"])(
    "%s names no closing month",
    (q) => {
      expect(closingMonth(q)).toBeNull();
    },
  );

  it("counts calendar days to the month's first and last day, next year once the month is past", () => {
    expect(monthWindow("2024-06-05", { month: 7, through: false })).toEqual({
      fromDays: 26,
      toDays: 56,
      year: 2024,
    });
    expect(monthWindow("2024-06-05", { month: 6, through: false })).toEqual({
      fromDays: 0,
      toDays: 25,
      year: 2024,
    });
    expect(monthWindow("2024-06-05", { month: 7, through: true })).toEqual({
      fromDays: 0,
      toDays: 56,
      year: 2024,
    });
    expect(monthWindow("2024-12-20", { month: 1, through: false })).toEqual({
      fromDays: 12,
      toDays: 42,
      year: 2025,
    });
  });
});

describe("month answers", () => {
  it("lists the open posts closing in the named month only", () => {
    expect(titles("what closes in july?", "2024-06-05")).toEqual(["Finance Officer"]);
    expect(titles("which jobs close in june", "2024-06-05")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
    ]);
    expect(titles("anything closing by july", "2024-06-15")).toEqual([
      "Cyber Security Analyst",
      "Finance Officer",
    ]);
  });

  it("names the month and says so when nothing closes in it", () => {
    const answer = answerQuestion("deadlines in august", { index, now: at("2024-06-05") });
    expect(answer.items).toEqual([]);
    expect(answer.text).toContain("No open post closes in August 2024");
  });
});

describe("a year as a window", () => {
  it("reads 'this year' and 'within a year'", () => {
    expect(closingWindowDays("vacancies closing this year")).toBe(366);
    expect(closingWindowDays("anything closing within a year")).toBe(366);
  });
});

describe("closedWindowDays", () => {
  it.each([
    ["what closed recently", 31],
    ["which jobs closed last month", 31],
    ["anything expired last week", 7],
    ["recently closed posts", 31],
    ["what has closed", null],
    ["what s the most recent vacancy to close", null],
    ["which was the last job to close", null],
    ["how many jobs have closed already", null],
    ["jobs that have already closed", null],
    ["how many posts have closed in the last 30 days", 30],
    ["what closed in the past 2 weeks", 14],
    ["when did the last vacancy close", null],
  ])("%s -> %s", (question, days) => {
    expect(closedWindowDays(question)).toBe(days);
  });

  it("leaves a status question about one post alone", () => {
    expect(closedWindowDays("has the nosc chief vacancy closed")).toBeUndefined();
    expect(closedWindowDays("is the network technician closed")).toBeUndefined();
    expect(closedWindowDays("what closes this week")).toBeUndefined();
    expect(closedWindowDays("when did the nosc chief close")).toBeUndefined();
  });
});

describe("closed-posts answers", () => {
  it("lists the posts that closed in the window, most recently closed first", () => {
    expect(titles("what closed recently?", "2024-06-25")).toEqual([
      "Cyber Security Analyst",
      "Network Technician",
    ]);
    expect(titles("which jobs closed last week", "2024-06-25")).toEqual(["Cyber Security Analyst"]);
    expect(titles("what has closed", "2024-06-25")).toEqual([
      "Cyber Security Analyst",
      "Network Technician",
      "Logistics Assistant",
    ]);
  });

  it("says when none closed in the window and names the last one as no result", () => {
    const a = answerQuestion("anything closed last week?", { index, now: at("2024-07-15") });
    expect(a.items).toEqual([]);
    expect(a.text).toContain("No post closed in the last 7 days");
    expect(a.text).toContain("Cyber Security Analyst");
  });
});

describe("soonest-closing answers", () => {
  it("name the post closing soonest however far off, unlike a 'closing soon' window", () => {
    const a = answerQuestion("which job closes soonest?", { index, now: at("2024-06-25") });
    expect(a.intent).toBe("list");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Finance Officer"]);
    expect(a.text).toMatch(/^Closing soonest \(as of 25 June 2024\): Finance Officer/);
    expect(titles("jobs closing soon", "2024-06-25")).toEqual([]);
  });

  it("compare the posts a question names, and answer about one post it names alone", () => {
    const compared = answerQuestion("which closes first, the finance officer or the network technician?", {
      index,
      now: at("2024-06-05"),
    });
    expect(compared.intent).toBe("deadline");
    expect(compared.text).toContain("Of these, Network Technician closes first (10 June 2024), ");
    // A part naming no post by its title ("network") is matched as words instead.
    const words = new VacancyIndex([
      makeVacancy({
        id: "a",
        title: "Backbone Officer",
        summary: "Runs the backbone network.",
        deadline: "2024-07-01",
      }),
      makeVacancy({ id: "b", title: "Finance Officer", deadline: "2024-06-20" }),
      makeVacancy({ id: "c", title: "Driver", deadline: "2024-06-10" }),
    ]);
    const matched = answerQuestion("closing soonest: network or finance?", {
      index: words,
      now: at("2024-06-05"),
    });
    expect(matched.items.map((i) => i.vacancy.title)).toEqual(["Finance Officer", "Backbone Officer"]);
    expect(matched.text).toContain('matching "network" or "finance"');
    expect(detectIntent("next deadline for the finance officer").intent).toBe("deadline");
    expect(detectIntent("which cyber jobs close first").rule).toBe("list-soonest-closing");
  });

  it("list the latest deadline of all first", () => {
    expect(titles("what's the last deadline of all?", "2024-06-05")[0]).toBe("Finance Officer");
  });
});

describe("latest-first lists", () => {
  it("read 'latest first' as the order asked for", () => {
    expect(detectIntent("list jobs by deadline, latest first").latestClosingFirst).toBe(true);
    expect(titles("list jobs by deadline, latest first", "2024-06-05")[0]).toBe("Finance Officer");
  });
});
