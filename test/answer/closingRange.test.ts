// Deadline ranges ("between 15 and 20 June", "after 1 July", "by 2024-06-20", "in Q1 2025",
// "after the network technician") list the open posts whose deadline falls inside them.
import { describe, expect, it } from "vitest";
import {
  closingRangeOf,
  namedDayOf,
  quarterEdge,
  resolveRangeDay,
  weekdayDay,
} from "../../src/answer/closingRange.ts";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { foldText } from "../../src/search/text.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex([
  makeVacancy({ id: "network-technician", title: "Network Technician", deadline: "2024-06-10" }),
  makeVacancy({ id: "cyber-analyst", title: "Cyber Security Analyst", deadline: "2024-06-20" }),
  makeVacancy({ id: "finance-officer", title: "Finance Officer", deadline: "2024-07-30" }),
  makeVacancy({ id: "legal-adviser", title: "Legal Adviser", deadline: "2025-02-15" }),
  makeVacancy({ id: "old-post", title: "Logistics Assistant", deadline: "2024-05-01" }),
  makeVacancy({ id: "no-deadline", title: "Deputy Director", deadline: null }),
]);
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const ask = (q: string, day: string) => answerQuestion(q, { index, now: at(day) });
const titles = (q: string, day: string) => ask(q, day).items.map((i) => i.vacancy.title);
const range = (q: string) => closingRangeOf(foldText(q))?.range ?? null;

describe("namedDayOf", () => {
  it.each([
    ["20 june", { day: 20, month: 6, year: null }],
    ["20th of june 2024", { day: 20, month: 6, year: 2024 }],
    ["june 20", { day: 20, month: 6, year: null }],
    ["2024 06 20", { day: 20, month: 6, year: 2024 }],
    ["15", { day: 15, month: 0, year: null }],
  ])("%s", (phrase, day) => {
    expect(namedDayOf(phrase)).toEqual(day);
  });

  it("is null for no day", () => {
    expect(namedDayOf("45 june")).toBeNull();
    expect(namedDayOf("june")).toBeNull();
  });
});

describe("closingRangeOf", () => {
  it("reads both ends of 'between' and 'from ... to', the first taking the month of the second", () => {
    expect(range("jobs closing between 15 and 20 June")).toEqual({
      from: { kind: "day", day: { day: 15, month: 6, year: null }, inclusive: true },
      to: { kind: "day", day: { day: 20, month: 6, year: null }, inclusive: true },
    });
    expect(range("closing from 18 June to 30 June 2024")?.from).toEqual({
      kind: "day",
      day: { day: 18, month: 6, year: 2024 },
      inclusive: true,
    });
  });

  it("reads one end: 'before' and 'after' exclude the day, 'by' and 'from' include it", () => {
    expect(range("vacancies closing after 1 July")).toEqual({
      from: { kind: "day", day: { day: 1, month: 7, year: null }, inclusive: false },
      to: null,
    });
    expect(range("what closes before 20 June")?.to).toMatchObject({ inclusive: false });
    expect(range("vacancies closing by 20 June")?.to).toMatchObject({ inclusive: true });
  });

  it("reads the end of this month, a quarter and a post", () => {
    expect(range("anything closing before the end of the month?")).toEqual({
      from: null,
      to: { kind: "monthEnd" },
    });
    expect(range("anything closing in Q1 2025")).toEqual({
      from: { kind: "day", day: { day: 1, month: 1, year: 2025 }, inclusive: true },
      to: { kind: "day", day: { day: 31, month: 3, year: 2025 }, inclusive: true },
    });
    expect(range("what closes after the NOSC chief?")).toEqual({
      from: { kind: "post", words: "the nosc chief" },
      to: null,
    });
  });

  it("reads the end of a named year or of this one (31 December, included)", () => {
    expect(range("how many vacancies close before the end of 2025?")).toEqual({
      from: null,
      to: { kind: "day", day: { day: 31, month: 12, year: 2025 }, inclusive: true },
    });
    expect(range("jobs closing by the end of the year")).toEqual({
      from: null,
      to: { kind: "day", day: { day: 31, month: 12, year: null }, inclusive: true },
    });
  });

  it("reads no range without a deadline word, in a month window or before a pronoun", () => {
    expect(range("I saw the network technician after 1 July")).toBeNull();
    expect(range("list open jobs closing before july")).toBeNull();
    expect(range("what happens after the deadline for the network technician")).toBeNull();
    expect(range("does it close before then")).toBeNull();
  });
});

describe("closingRangeOf: days of the week", () => {
  // 12 June 2024 is a Wednesday.
  it("reads 'this Friday', 'next Monday' as that day, and 'by Monday' as up to it", () => {
    expect(range("anything closing this Friday")).toEqual({
      from: { kind: "weekday", weekday: 5, next: false, inclusive: true },
      to: { kind: "weekday", weekday: 5, next: false, inclusive: true },
    });
    expect(range("what's due by Monday")).toEqual({
      from: null,
      to: { kind: "weekday", weekday: 1, next: false, inclusive: true },
    });
    expect(weekdayDay({ weekday: 5, next: false }, "2024-06-12")).toBe("2024-06-14");
    expect(weekdayDay({ weekday: 1, next: true }, "2024-06-12")).toBe("2024-06-17");
    expect(weekdayDay({ weekday: 3, next: false }, "2024-06-12")).toBe("2024-06-12");
    expect(weekdayDay({ weekday: 3, next: true }, "2024-06-12")).toBe("2024-06-19");
  });

  it("reads 'over the weekend' as the coming Saturday and Sunday, under way on a Sunday", () => {
    // 15 June 2024 is a Saturday; 20 June a Thursday.
    expect(titles("anything closing over the weekend?", "2024-06-13")).toEqual([]);
    expect(ask("anything closing over the weekend?", "2024-06-13").text).toContain(
      "between 15 June 2024 and 16 June 2024",
    );
    expect(ask("anything closing this weekend?", "2024-06-16").text).toContain("16 June 2024");
    expect(ask("anything closing this weekend?", "2024-06-16").text).not.toContain("22 June");
  });

  it("lists the posts closing that day, and says when none does", () => {
    expect(titles("anything closing next Monday?", "2024-06-12")).toEqual([]);
    expect(titles("which jobs close on Thursday?", "2024-06-18")).toEqual(["Cyber Security Analyst"]);
    expect(ask("anything closing this Friday?", "2024-06-12").text).toContain(
      "No open post closes on 14 June 2024",
    );
    expect(titles("what's due by next Monday?", "2024-06-05")).toEqual(["Network Technician"]);
  });
});

describe("resolveRangeDay", () => {
  it("puts an upper end on its coming occurrence and a lower end in the upper end's year", () => {
    expect(resolveRangeDay({ day: 20, month: 6, year: null }, "2024-06-18", "to", null)).toBe("2024-06-20");
    expect(resolveRangeDay({ day: 15, month: 6, year: null }, "2024-06-18", "from", "2024-06-20")).toBe(
      "2024-06-15",
    );
    // "between 20 December and 10 January" asked in December: the lower end is the year before.
    expect(resolveRangeDay({ day: 20, month: 12, year: null }, "2024-12-01", "from", "2024-01-10")).toBe(
      "2023-12-20",
    );
  });

  it("puts a lone lower end on its occurrence nearest today", () => {
    expect(resolveRangeDay({ day: 1, month: 7, year: null }, "2024-07-10", "from", null)).toBe("2024-07-01");
    expect(resolveRangeDay({ day: 15, month: 1, year: null }, "2024-12-20", "from", null)).toBe("2025-01-15");
  });
});

describe("closing-range answers", () => {
  it("are list answers of the range", () => {
    expect(detectIntent("jobs closing between 15 and 20 June")).toMatchObject({
      intent: "list",
      rule: "list-closing-range",
      subject: "",
    });
  });

  it("list only the open posts whose deadline falls inside the range, soonest first", () => {
    expect(titles("jobs closing between 15 and 25 June", "2024-06-01")).toEqual(["Cyber Security Analyst"]);
    expect(titles("closing between 2024-06-01 and 2024-07-31", "2024-06-01")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
      "Finance Officer",
    ]);
    expect(titles("vacancies closing after 1 July", "2024-06-01")).toEqual([
      "Finance Officer",
      "Legal Adviser",
    ]);
    expect(titles("what closes before 20 June?", "2024-06-01")).toEqual(["Network Technician"]);
    expect(titles("what closes by 20 June?", "2024-06-01")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
    ]);
    expect(titles("anything closing before the end of the month?", "2024-06-12")).toEqual([
      "Cyber Security Analyst",
    ]);
    expect(titles("anything closing in the first quarter of 2025?", "2024-06-01")).toEqual(["Legal Adviser"]);
  });

  it("bound by another post's deadline, without that post", () => {
    expect(titles("what closes after the cyber security analyst?", "2024-06-01")).toEqual([
      "Finance Officer",
      "Legal Adviser",
    ]);
    expect(titles("anything closing before the finance officer", "2024-06-01")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
    ]);
    expect(ask("what closes after the cyber security analyst?", "2024-06-01").text).toContain(
      "after the Cyber Security Analyst deadline of 20 June 2024",
    );
  });

  it("say so when the range holds no open post, or its bound is no date or post", () => {
    expect(ask("jobs closing between 11 and 19 June", "2024-06-01").text).toMatch(/^No open post closes/);
    expect(titles("anything closing after 1 March 2026", "2024-06-01")).toEqual([]);
    // Easter moves from year to year: no fixed day to read.
    const easter = ask("anything closing before Easter?", "2024-06-01");
    expect(easter.items).toEqual([]);
    expect(easter.text).toContain('"easter"');
    expect(ask("what closes after the deputy director?", "2024-06-01").text).toContain("gives no deadline");
  });
});

describe("closing ranges bounded by a holiday of fixed date", () => {
  it("reads Christmas, Christmas Eve, New Year and New Year's Eve as their days", () => {
    expect(range("anything closing before Christmas?")).toEqual({
      from: null,
      to: { kind: "day", day: { day: 25, month: 12, year: null, upcoming: true }, inclusive: false },
    });
    expect(range("jobs closing by xmas eve 2024")?.to).toMatchObject({
      day: { day: 24, month: 12, year: 2024 },
    });
    expect(range("deadlines between christmas and new year")).toMatchObject({
      from: { day: { day: 25, month: 12 } },
      to: { day: { day: 1, month: 1 } },
    });
    expect(range("anything closing before new year's eve")?.to).toMatchObject({
      day: { day: 31, month: 12 },
    });
  });

  it("takes the coming holiday, also as the start of a range", () => {
    expect(titles("anything closing before Christmas?", "2024-06-01")).not.toEqual([]);
    expect(ask("jobs closing after new year", "2024-06-01").text).toContain("after 1 January 2025");
    expect(ask("anything closing before Christmas?", "2024-06-01").text).toContain("before 25 December 2024");
  });
});

describe("closingRangeOf: more ways to name a range", () => {
  it("reads a single day, a month's part, a month to start after, and 'between now and'", () => {
    expect(range("anything closing on 20 June?")).toEqual({
      from: { kind: "day", day: { day: 20, month: 6, year: null }, inclusive: true },
      to: { kind: "day", day: { day: 20, month: 6, year: null }, inclusive: true },
    });
    expect(range("jobs closing in the last week of June")).toMatchObject({
      from: { day: { day: 24, month: 6 } },
      to: { day: { day: 30, month: 6 } },
    });
    expect(range("jobs closing in the second half of July")).toMatchObject({
      from: { day: { day: 17, month: 7 } },
      to: { day: { day: 31, month: 7 } },
    });
    expect(range("closing dates after June 2024")?.from).toEqual({
      kind: "day",
      day: { day: 1, month: 7, year: 2024 },
      inclusive: true,
    });
    expect(range("closing after December")?.from).toMatchObject({ day: { day: 1, month: 1, year: null } });
    expect(range("any deadlines between now and 20 June?")).toEqual({
      from: null,
      to: { kind: "day", day: { day: 20, month: 6, year: null }, inclusive: true },
    });
  });

  it("reads a quarter named before the deadline word and 'deadlines falling between the 1st and the 20th'", () => {
    expect(range("Q1 2025 deadlines?")?.to).toMatchObject({ day: { day: 31, month: 3, year: 2025 } });
    expect(range("deadlines falling between the 1st and the 20th of June")?.from).toMatchObject({
      day: { day: 1, month: 6 },
    });
  });

  it("reads 20/06/2024 day first, and 06/20/2024 month first when only that is a date", () => {
    expect(namedDayOf("20 06 2024")).toEqual({ day: 20, month: 6, year: 2024 });
    expect(namedDayOf("06 20 2024")).toEqual({ day: 20, month: 6, year: 2024 });
    expect(namedDayOf("05 06 2024")).toEqual({ day: 5, month: 6, year: 2024 });
  });

  it("names a single day as such in the answer", () => {
    const a = ask("anything closing on 20 June?", "2024-06-01");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Cyber Security Analyst"]);
    expect(a.text).toMatch(/^1 open post closes on 20 June 2024/);
  });
});

describe("closingRangeOf: months, years and a bare day of the month", () => {
  it("reads a range of months, a year bound and 'the 20th'", () => {
    expect(range("closing between March and June 2025")).toEqual({
      from: { kind: "day", day: { day: 1, month: 3, year: 2025 }, inclusive: true },
      to: { kind: "day", day: { day: 30, month: 6, year: 2025 }, inclusive: true },
    });
    expect(range("anything expiring before 2025?")).toEqual({
      from: null,
      to: { kind: "day", day: { day: 1, month: 1, year: 2025 }, inclusive: false },
    });
    expect(range("jobs closing in 2025")?.to).toMatchObject({ day: { day: 31, month: 12, year: 2025 } });
    expect(range("deadlines after the 20th")).toEqual({
      from: { kind: "day", day: { day: 20, month: 0, year: null }, inclusive: false },
      to: null,
    });
    // "the 1st of July" is a full day, not a bare one.
    expect(range("closing after the 1st of July 2024 and before the 1st of April 2025")).toEqual({
      from: { kind: "day", day: { day: 1, month: 7, year: 2024 }, inclusive: false },
      to: { kind: "day", day: { day: 1, month: 4, year: 2025 }, inclusive: false },
    });
  });

  it("puts a bare day in this month, or the next once it has passed", () => {
    expect(resolveRangeDay({ day: 20, month: 0, year: null }, "2024-06-05", "from", null)).toBe("2024-06-20");
    expect(resolveRangeDay({ day: 3, month: 0, year: null }, "2024-12-05", "from", null)).toBe("2025-01-03");
  });

  it("lists by those ranges", () => {
    expect(titles("anything expiring before 2025?", "2024-06-01")).toEqual([
      "Network Technician",
      "Cyber Security Analyst",
      "Finance Officer",
    ]);
    expect(titles("jobs closing in 2025", "2024-06-01")).toEqual(["Legal Adviser"]);
    expect(titles("deadlines after the 15th", "2024-06-01")).toEqual([
      "Cyber Security Analyst",
      "Finance Officer",
      "Legal Adviser",
    ]);
  });
});

describe("closingRangeOf: this quarter and two bare days", () => {
  it("reads 'this quarter' and 'next quarter' and resolves them from today", () => {
    expect(range("Any positions closing this quarter?")).toEqual({
      from: { kind: "quarter", offset: 0, edge: "start" },
      to: { kind: "quarter", offset: 0, edge: "end" },
    });
    expect(quarterEdge("2025-01-10", 0, "end")).toBe("2025-03-31");
    expect(quarterEdge("2025-11-10", 1, "start")).toBe("2026-01-01");
    expect(titles("anything closing next quarter?", "2024-06-01")).toEqual(["Finance Officer"]);
  });

  it("reads 'between the 18th and the 30th' in one month, and not '15 and 20 days'", () => {
    expect(titles("What vacancies expire between the 18th and the 30th?", "2024-06-05")).toEqual([
      "Cyber Security Analyst",
    ]);
    expect(resolveRangeDay({ day: 25, month: 0, year: null }, "2024-06-20", "from", "2024-07-05")).toBe(
      "2024-06-25",
    );
    expect(range("jobs closing between 15 and 20 days from now")).toBeNull();
  });
});

describe("list filters narrowed by a deadline window", () => {
  const lang = (language: string) => ({ language, level: null, note: null });
  const posts = new VacancyIndex([
    makeVacancy({
      id: "a",
      title: "Network Technician",
      languages: [lang("English")],
      deadline: "2024-06-10",
    }),
    makeVacancy({ id: "b", title: "Cyber Analyst", languages: [lang("English")], deadline: "2024-07-20" }),
    makeVacancy({
      id: "c",
      title: "Finance Officer",
      languages: [lang("English"), lang("French")],
      salary: "$80,000",
      deadline: "2024-06-20",
    }),
  ]);
  const on = (q: string) => answerQuestion(q, { index: posts, now: at("2024-06-01") });
  const listed = (q: string) => on(q).items.map((i) => i.vacancy.title);

  it("keep only the filtered posts that close inside the window, and say so", () => {
    expect(detectIntent("english only roles closing in june")).toMatchObject({
      withoutWindow: "english only roles",
      closingInMonth: { month: 6 },
    });
    expect(listed("english only roles closing in june")).toEqual(["Network Technician"]);
    expect(on("english only roles closing in june").text).toContain("closing in June 2024");
    expect(listed("jobs that don't need french closing after 1 July")).toEqual(["Cyber Analyst"]);
    expect(listed("roles that pay in usd closing this month")).toEqual(["Finance Officer"]);
    expect(listed("roles that pay in usd closing in July")).toEqual([]);
  });
});

describe("a filtered list whose window holds no open post", () => {
  it("says no post is open rather than that every post fails the filter", () => {
    const a = answerQuestion("english only roles closing in 2030", { index, now: at("2024-06-01") });
    expect(a.items).toEqual([]);
    expect(a.text).toMatch(/^No post closing between 1 January 2030 and 31 December 2030 is open/);
  });
});

describe("closingRangeOf: the post before its deadline word, and a day right after the verb", () => {
  it("reads 'after the X closes' and 'what closes 30 March 2025', but not 'deadline 2025-03-30 for X'", () => {
    expect(range("what's left after the NOSC chief closes?")).toEqual({
      from: { kind: "post", words: "nosc chief" },
      to: null,
    });
    expect(range("what closes 30 March 2025?")?.from).toMatchObject({
      day: { day: 30, month: 3, year: 2025 },
    });
    expect(range("deadline 2025 03 30 digital backbone")).toBeNull();
    expect(titles("what's left after the cyber security analyst closes?", "2024-06-01")).toEqual([
      "Finance Officer",
      "Legal Adviser",
    ]);
  });

  it("takes the deadline word out of a filter with a window ('outside X closing this year')", () => {
    expect(detectIntent("jobs outside Brussels closing this year")).toMatchObject({
      excluding: "brussels",
      closingWithinDays: 366,
    });
  });
});
