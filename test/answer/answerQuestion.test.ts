import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerAboutVacancy, answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { VacancySchema } from "../../src/vacancy.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex(seedVacancies());
const ask = (question: string, day: string) =>
  answerQuestion(question, { index, now: new Date(`${day}T12:00:00Z`) });
const titles = (a: ReturnType<typeof ask>) => a.items.map((i) => i.vacancy.title);

describe("answerQuestion: deadlines", () => {
  it("states an open post's deadline and the calendar days left", () => {
    const a = ask("When is the closing date of the netwrok technichian post?", "2024-06-05");
    expect(a.intent).toBe("deadline");
    expect(titles(a)[0]).toBe("Network and Communications Technician");
    expect(a.text).toBe(
      "Network and Communications Technician (BICES Group Executive, Brussels): applications close on 17 June 2024; 12 days left.",
    );
  });

  it("says two weeks or more left in weeks too ('how many weeks until ...')", () => {
    expect(ask("how many weeks until the digital backbone job closes?", "2025-01-10").text).toContain(
      "79 days left, or 11 weeks and 2 days.",
    );
    expect(ask("is the digital backbone post still open?", "2025-03-16").text).toContain(
      "(14 days left, or 2 weeks)",
    );
  });

  it("says half a year or more left in months", () => {
    expect(ask("when does the digital backbone officer close?", "2024-06-01").text).toContain(
      "302 days left, about 10 months.",
    );
  });

  it("says that no post of the role asked for is advertised before giving the nearest", () => {
    const a = ask("when do the two policy officers close?", "2024-06-01");
    expect(titles(a)[0]).toBe("Officer, Digital Backbone CIS and Cybersecurity");
    expect(a.text).toContain('No "policy officers" post is advertised; the nearest is');
    expect(ask("when does the cyber officer close?", "2024-06-01").text).not.toContain("is advertised");
  });

  it("reads a count before a plural title as no part of its name", () => {
    const a = ask("deadline for the 3 network technicians", "2024-06-05");
    expect(titles(a)).toEqual(["Network and Communications Technician"]);
    expect(a.text).toContain("12 days left.");
  });

  it("states that a post closed, when, and how long ago", () => {
    const a = ask("deadline network technician", "2024-06-20");
    expect(a.text).toBe(
      "Network and Communications Technician (BICES Group Executive, Brussels): applications closed on 17 June 2024 (3 days ago).",
    );
    expect(a.items[0]?.deadline.status).toBe("closed");
  });

  it("says 'today is the last day' on the deadline day", () => {
    expect(ask("until when can I apply for the digital backbone officer", "2025-03-30").text).toContain(
      "today is the last day to apply",
    );
  });

  it("never invents a deadline the notice does not give", () => {
    const a = ask("When does the deputy director OSS application close?", "2024-06-05");
    expect(titles(a)[0]).toBe("Deputy Director OSS");
    expect(a.items[0]?.deadline.status).toBe("unknown");
    expect(a.text).toContain("the notice gives no application deadline");
    expect(a.text).not.toMatch(/\d{4}/);
  });

  it("asks which post when none is named, listing the open ones", () => {
    const a = ask("what's the deadline?", "2025-01-10");
    expect(a.intent).toBe("deadline");
    expect(a.text).toContain("Which post do you mean?");
    expect(titles(a)).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
    ]);
  });
});

describe("answerQuestion: a place no post is in", () => {
  it("says so and where the open posts are instead", () => {
    const a = ask("do we have anything open in Mons?", "2025-01-10");
    expect(a.items).toEqual([]);
    expect(a.text).toContain(
      "No post in Mons is open or without a deadline. Those that are, by place: Brussels",
    );
    expect(ask("Are there any vacancies in The Hague?", "2025-01-10").text).toContain("No post in The Hague");
  });
});

describe("answerQuestion: a working condition the notice never names", () => {
  it("says so and shows what the notice says of working conditions", () => {
    const a = ask("is there an on-call rota for the technical security operator?", "2025-06-01");
    expect(titles(a)[0]).toBe("Operator, Technical Security");
    expect(a.text).toMatch(/does not mention "on.call/);
    // What it does say of the hours, so the asker is not left with a bare no.
    expect(a.text).toContain("outside of normal working hours");
  });

  it("says so too when the word no notice knows only weakens the post's name", () => {
    const a = ask("is there standby duty in the NOSC chief role?", "2024-06-01");
    expect(titles(a)[0]).toBe("BICES Network Operations and Security Centre Chief");
    expect(a.text).toContain('does not mention "standby');
  });

  it("quotes it where the notice does name it", () => {
    const a = ask("is the network technician on-call?", "2024-06-01");
    expect(a.text).toContain("subject to on-call and overtime duties");
  });
});

describe("answerQuestion: status", () => {
  it("answers yes for an open post", () => {
    const a = ask("can I still apply to the technical security operator job?", "2025-11-01");
    expect(a.intent).toBe("status");
    expect(a.text).toMatch(
      /^Yes: Operator, Technical Security .* is open; applications close on 29 January 2026/,
    );
  });

  it("answers no for a closed post, plainly", () => {
    const a = ask("is the network technician job still open?", "2026-11-22");
    expect(a.text).toMatch(
      /^No: Network and Communications Technician .* is closed; applications closed on 17 June 2024/,
    );
  });

  it("cannot tell without a deadline, and says why", () => {
    expect(ask("is the deputy director post still open", "2024-06-05").text).toContain(
      "the notice gives no application deadline, so I cannot tell whether it is still open",
    );
  });
});

describe("answerQuestion: lists", () => {
  it("lists open posts first, soonest deadline first, then posts without a deadline", () => {
    const a = ask("what's open?", "2024-06-05");
    expect(a.intent).toBe("list");
    expect(titles(a)).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
      "Deputy Director OSS",
    ]);
    expect(a.text).toContain("4 posts are open as of 5 June 2024");
  });

  it("says honestly when nothing is open, and only mentions the recently closed", () => {
    const a = ask("any open jobs?", "2026-11-22");
    expect(a.text).toContain("No post is open for applications as of 22 November 2026.");
    expect(a.text).toContain(
      "Operator, Technical Security (NATO International Staff, Brussels): closed on 29 January 2026",
    );
    expect(a.items.every((i) => i.deadline.status !== "closed")).toBe(true);
    expect(a.items.every((i) => i.deadline.status !== "open")).toBe(true);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("filters by place or organisation", () => {
    const a = ask("open jobs at NATO HQ", "2025-01-10");
    expect(titles(a)).toEqual(["Officer, Digital Backbone CIS and Cybersecurity"]);
    const b = ask("show vacancies at BICES", "2024-06-05");
    expect(titles(b)).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
      "Deputy Director OSS",
    ]);
  });

  it("says when no open post matches a filter, and names closed matches without listing them", () => {
    const a = ask("open jobs needing Fortigate", "2026-11-22");
    expect(a.items).toEqual([]);
  });
});

describe("answerQuestion: skill search", () => {
  it("quotes the line naming the rarer word asked for, and a working condition when that matched", () => {
    expect(ask("which jobs need Cisco experience?", "2024-06-01").items[0]?.quote).toContain("Cisco");
    const small = new VacancyIndex([
      makeVacancy({
        title: "Network Technician",
        essential: ["Experience as a network technician"],
        workingConditions: ["Technicians are subject to on-call duties."],
      }),
    ]);
    const onCall = answerQuestion("which jobs involve on-call duty?", {
      index: small,
      now: new Date("2024-06-01"),
    });
    expect(onCall.items[0]?.quote).toBe("Technicians are subject to on-call duties.");
  });

  it("finds the posts that need a skill, open ones first, quoting the matching requirement", () => {
    const a = ask("which positions require ITIL?", "2025-01-10");
    expect(a.intent).toBe("search");
    expect(titles(a)[0]).toBe("Officer, Digital Backbone CIS and Cybersecurity");
    expect(titles(a)).toHaveLength(3);
    expect(a.text).toContain('matches: "Prince2 and ITIL certifications (or equivalent)"');
  });

  it("treats requirement words about skills, not a post, as a search", () => {
    const a = ask("PKI and MPLS experience", "2024-06-05");
    expect(a.intent).toBe("search");
    expect(titles(a)[0]).toBe("Network and Communications Technician");
  });
});

describe("answerQuestion: requirements and details", () => {
  it("lists essential and desirable requirements", () => {
    const a = ask("requirements for the digital backbone officer", "2025-01-10");
    expect(a.text).toContain("Essential:\n- Have a university degree");
    expect(a.text).toContain("Desirable:\n- Master's degree");
    expect(a.text).toContain("8 years");
  });

  it("answers languages from the structured field", () => {
    const a = ask("which languages for the technical security operator?", "2025-11-01");
    expect(a.focus).toBe("languages");
    expect(a.text).toContain("English: V (Advanced)");
    expect(a.text).toContain("French: II (Elementary)");
  });

  it("says when the notice lists no requirements", () => {
    expect(ask("requirements for the deputy director OSS", "2024-06-05").text).toContain(
      "the notice lists no essential or desirable requirements",
    );
  });

  it.each([
    ["what's the salary of the technical security operator", "salary $75,000 - $85,000 / YEAR"],
    ["salary for the network technician", "the notice gives no salary"],
    ["how many posts for the network technician", "3 posts (Profile A: 2 posts; Profile B: 1 post)"],
    ["how many direct reports does the NOSC chief have", "Direct reports: 13"],
    ["who does the technical security operator report to", "Reports to: Head, Technical Security"],
    ["what should I attach to my application for the deputy director", "endorsement letter"],
    ["contract for the NOSC chief", "maximum service: 9 years"],
    ["where is the digital backbone officer based", "is based in Brussels, Belgium"],
  ])("%s", (question, expected) => {
    const a = ask(question, "2024-06-05");
    expect(a.intent).toBe("details");
    expect(a.text).toContain(expected);
  });

  it("gives an overview for a bare post name", () => {
    const a = ask("digital backbone officer", "2025-01-10");
    expect(a.intent).toBe("details");
    expect(a.text).toMatch(
      /^Officer, Digital Backbone CIS and Cybersecurity \(International Staff, NATO HQ, Brussels\): open/,
    );
  });
});

describe("answerQuestion: no match and help", () => {
  it.each([
    "where is the coffee machine",
    "marine biologist job deadline",
    "what's for lunch?",
    "helicopter pilot vacancies",
    "is the data scientist role open?",
    "requirements for a brain surgeon",
  ])("%s: no vacancy, says so and suggests questions", (question) => {
    const a = ask(question, "2024-06-05");
    expect(a.items).toEqual([]);
    expect(a.text).toMatch(/^I could not find a vacancy matching/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it("explains itself on help", () => {
    const a = ask("how do I use this bot", "2024-06-05");
    expect(a.intent).toBe("help");
    expect(a.items).toEqual([]);
    expect(a.text).toContain("What's open?");
  });
});

describe("answerQuestion: hostile and messy input", () => {
  it.each([
    ["", "help"],
    ["   ", "help"],
    ["🚀🔥💼", null],
    ["<@U123ABC> when does the network technician post close?", "deadline"],
    ["<#C1|general> *deadline* for _digital backbone_", "deadline"],
    ["<b>deadline</b> for the <i>NOSC chief</i> &amp; more", "deadline"],
    ["<at>Vacancy Bot</at> is the NOSC chief still open?", "status"],
    ["(.*)+$ [a-z]{1000} \\", null],
    ["deadline? ".repeat(1_200), null],
    ["x".repeat(10_000), null],
  ])("%#: never crashes", (question, intent) => {
    const a = ask(question, "2024-06-05");
    expect(typeof a.text).toBe("string");
    expect(a.text.length).toBeGreaterThan(0);
    if (intent) expect(a.intent).toBe(intent);
  });

  it("reads through Slack markup to the post", () => {
    const a = ask("<@U123ABC> when does the *netwrok technician* post close?", "2024-06-05");
    expect(titles(a)[0]).toBe("Network and Communications Technician");
    expect(a.question).toBe("when does the netwrok technician post close?");
  });
});

describe("answerAboutVacancy", () => {
  it("answers one post with the asked focus", () => {
    const now = new Date("2024-06-05T12:00:00Z");
    const a = answerAboutVacancy("bices-network-operations-and-security-centre-chief", "reporting", {
      index,
      now,
    });
    expect(a?.intent).toBe("details");
    expect(a?.text).toContain("Direct reports: 13");
    expect(a?.items).toHaveLength(1);
    expect(answerAboutVacancy("operator-technical-security", "deadline", { index, now })?.text).toContain(
      "29 January 2026",
    );
    expect(answerAboutVacancy("no-such-post", "overview", { index, now })).toBeNull();
  });
});

describe("answerQuestion: everyday wording", () => {
  it("reads abbreviations as the start of longer words ('comms', 'tech')", () => {
    expect(titles(ask("is the comms technician post closed", "2026-11-22"))[0]).toBe(
      "Network and Communications Technician",
    );
    expect(titles(ask("does the tech security operator need French?", "2025-11-01"))[0]).toBe(
      "Operator, Technical Security",
    );
  });

  it("ignores a minority of words no notice knows when the rest names a post", () => {
    const a = ask("what is the contract length for the network technician", "2024-06-05");
    expect(a.focus).toBe("contract");
    expect(titles(a)[0]).toBe("Network and Communications Technician");
    // ...but not when most of the question is unknown.
    expect(ask("deadline for the helicopter pilot network", "2024-06-05").items).toEqual([]);
  });

  it("answers greetings with help", () => {
    expect(ask("hello", "2024-06-05").intent).toBe("help");
    expect(ask("thanks!", "2024-06-05").intent).toBe("help");
  });

  it("treats 'which vacancies can I apply to now' as a list", () => {
    const a = ask("which vacancies can I apply to now", "2025-01-10");
    expect(a.intent).toBe("list");
    expect(titles(a)).toContain("Operator, Technical Security");
  });

  it("finds posts for a skill the asker has", () => {
    expect(titles(ask("I have CCNA, which jobs suit me?", "2024-06-05"))).toEqual([
      "Network and Communications Technician",
    ]);
  });
});

describe("answerQuestion: clearance, grade, job type, occupations", () => {
  it("answers security clearance and nationality questions from the notice's conditions", () => {
    const conditions = new VacancyIndex([
      makeVacancy({
        id: "analyst",
        title: "Intelligence Analyst",
        essential: ["Five years of analysis experience"],
        applicationNotes: [
          "Only nationals of NATO member countries may apply.",
          "Appointment is subject to a NATO SECRET security clearance.",
          "Attach a cover letter.",
        ],
      }),
    ]);
    const now = new Date("2024-06-05T12:00:00Z");
    const a = answerQuestion("do I need a security clearance for the intelligence analyst?", {
      index: conditions,
      now,
    });
    expect(a.focus).toBe("eligibility");
    // The condition asked about is quoted, not every condition of the notice.
    expect(a.text).toBe(
      "Intelligence Analyst (Test Organisation, Brussels): on a security clearance, the notice says:\n" +
        '- "Appointment is subject to a NATO SECRET security clearance."\n' +
        "Status: open, closes in 12 days (17 June 2024).",
    );
    const b = answerQuestion("can non-NATO nationals apply for the intelligence analyst post?", {
      index: conditions,
      now,
    });
    expect(b.focus).toBe("eligibility");
    expect(b.items[0]?.vacancy.id).toBe("analyst");
    // A notice without such conditions says so instead of listing unrelated notes.
    expect(ask("security clearance for the NOSC chief", "2024-06-05").text).toContain(
      "the notice does not mention a security clearance.",
    );
  });

  it("states salary and grade together, saying which one the notice lacks", () => {
    expect(ask("what grade is the technical security operator", "2025-11-01").text).toContain(
      "salary $75,000 - $85,000 / YEAR. The notice gives no grade.",
    );
    expect(ask("what grade is the NOSC chief", "2024-06-05").text).toContain(
      "the notice gives no salary or grade.",
    );
  });

  it("names the job type in an overview", () => {
    expect(ask("is the digital backbone officer job full time?", "2025-01-10").text).toContain("Full-time");
  });

  it("does not offer a post of another occupation for a job title", () => {
    for (const q of [
      "software engineer jobs",
      "deadline for the software engineer post",
      "open engineer roles",
    ]) {
      expect(ask(q, "2025-01-10").items, q).toEqual([]);
    }
    // A skill or field is not an occupation: it still finds the posts that mention it.
    expect(titles(ask("which jobs want an engineering degree", "2025-01-10"))).toContain(
      "Officer, Digital Backbone CIS and Cybersecurity",
    );
  });
});

describe("answerQuestion: small talk and shorthand", () => {
  it("does not search for words that only shape a question", () => {
    expect(ask("what's the time", "2025-01-10").items).toEqual([]);
  });

  it("lists the posts a speaker of the named languages can read", () => {
    expect(titles(ask("I speak English and French, which jobs can I apply for?", "2025-01-10"))).toEqual(
      expect.arrayContaining([
        "Officer, Digital Backbone CIS and Cybersecurity",
        "Operator, Technical Security",
      ]),
    );
  });

  it("answers the next deadline with the open posts, soonest first", () => {
    const a = ask("when is the next deadline", "2025-01-10");
    expect(titles(a)[0]).toBe("Officer, Digital Backbone CIS and Cybersecurity");
    expect(a.text).toContain("applications close on 30 March 2025");
  });

  it("knows a post by its title's initials", () => {
    expect(ask("TSO deadline", "2025-11-01").text).toContain("29 January 2026");
  });
});

describe("answerQuestion: posts that do not ask for something", () => {
  it("lists the open and undated posts that do not mention it", () => {
    const a = ask("are there jobs that don't need french", "2024-06-05");
    expect(a.intent).toBe("list");
    expect(titles(a)).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
      "Deputy Director OSS",
    ]);
    expect(a.text).toContain('do not mention "french"');
  });

  it("reads a field named after the negation as that field left empty, not as prose", () => {
    const posts = new VacancyIndex([
      makeVacancy({ id: "dated", title: "Finance Officer", deadline: "2024-07-01", salary: "4,000 EUR" }),
      makeVacancy({ id: "undated", title: "Plans Officer", deadline: null, salary: null }),
    ]);
    const list = (q: string) =>
      answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") }).items.map(
        (i) => i.vacancy.id,
      );
    expect(list("jobs without a closing date")).toEqual(["undated"]);
    expect(list("which posts don't have a deadline")).toEqual(["undated"]);
    expect(list("posts with no salary")).toEqual(["undated"]);
    expect(list("which openings have no deadline")).toEqual(["undated"]);
  });

  it("lists the posts of an organisation several posts share when asked how many it has", () => {
    const a = ask("how many vacancies does BICES have", "2024-06-01");
    expect(a.intent).toBe("list");
    expect(titles(a)).toHaveLength(3);
    expect(a.text).toContain("3 posts");
  });

  it("reads 'aren't with X' as posts that do not mention X", () => {
    const a = ask("which jobs aren't with BICES", "2025-01-10");
    expect(titles(a)).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
    ]);
  });
});

describe("answerQuestion: overview facts", () => {
  it("names the category when the notice gives one", () => {
    expect(ask("what's the job category of the technical security operator", "2025-11-01").text).toContain(
      "category: Information and Communication Technology",
    );
  });
});

describe("answerQuestion: working time", () => {
  const posts = new VacancyIndex([
    makeVacancy({ id: "full", title: "Finance Officer", jobType: "FULL_TIME", deadline: "2024-07-01" }),
    makeVacancy({ id: "part", title: "Librarian", jobType: "Part-time", deadline: "2024-07-02" }),
    makeVacancy({ id: "unstated", title: "Driver", jobType: null, deadline: "2024-07-03" }),
  ]);
  const list = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });

  it("lists the open posts stating the working time asked for, and counts those that state none", () => {
    expect(list("part time jobs").items.map((i) => i.vacancy.id)).toEqual(["part"]);
    const full = list("any full-time positions?");
    expect(full.items.map((i) => i.vacancy.id)).toEqual(["full"]);
    expect(full.text).toContain("1 other open post does not state its working time.");
  });

  it("keeps a one-post question about working time a question about that post", () => {
    expect(detectIntent("is the finance officer job full time?").jobType).toBeUndefined();
  });
});

describe("answerQuestion: posts outside a place", () => {
  const posts = new VacancyIndex([
    makeVacancy({ id: "brussels", title: "Finance Officer", location: "Brussels", deadline: "2024-07-01" }),
    makeVacancy({ id: "mons", title: "Plans Officer", location: "Mons, Belgium", deadline: "2024-07-02" }),
    makeVacancy({ id: "norfolk", title: "Logistics Officer", location: "Norfolk", deadline: "2024-07-03" }),
    makeVacancy({ id: "nowhere", title: "Driver", location: null, deadline: "2024-07-04" }),
  ]);
  const list = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });

  it("lists the open posts whose stated location is elsewhere, a country covering its cities", () => {
    expect(list("any vacancies outside Brussels?").items.map((i) => i.vacancy.id)).toEqual([
      "mons",
      "norfolk",
    ]);
    expect(list("jobs outside Belgium").items.map((i) => i.vacancy.id)).toEqual(["norfolk"]);
  });

  it("counts the posts without a location instead of guessing", () => {
    expect(list("jobs outside Belgium").text).toContain("1 other post gives no location");
  });
});

describe("answerQuestion: by number of posts", () => {
  it("orders the open posts by how many posts each offers, or keeps those with several", () => {
    const most = ask("which job has the most posts", "2024-06-05");
    expect(titles(most).slice(0, 2)).toEqual([
      "Network and Communications Technician",
      "Operator, Technical Security",
    ]);
    expect(most.text).toContain("(3 posts)");
    expect(titles(ask("jobs with more than one opening", "2024-06-05"))).toEqual([
      "Network and Communications Technician",
      "Operator, Technical Security",
    ]);
  });
});

describe("answerQuestion: the post a one-post question names", () => {
  it("answers for the post whose title the words name, not one whose prose holds them all", () => {
    // In the real notices the technician's prose holds "BICES", "operations", "centre" and "lead".
    const real = new VacancyIndex(
      z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
    );
    const a = answerQuestion("the BICES operations centre lead job requirements", {
      index: real,
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.intent).toBe("requirements");
    expect(a.items[0]?.vacancy.title).toBe("BICES Network Operations and Security Centre Chief");
  });

  it("still searches when no post's title is named", () => {
    const a = ask("requirements: PKI and MPLS experience", "2024-06-05");
    expect(a.intent).toBe("search");
  });
});

describe("answerQuestion: two asks or two posts in one question", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const askReal = (question: string, day: string) =>
    answerQuestion(question, { index: real, now: new Date(`${day}T12:00:00Z`) });

  it("answers each thing asked about the same post", () => {
    const a = askReal("requirements and deadline for the digital backbone officer", "2025-01-10");
    expect(a.items).toHaveLength(1);
    expect(a.text).toContain("30 March 2025");
    expect(a.text).toContain("university degree");
    const b = askReal("deadline + number of posts for network technician", "2024-06-05");
    expect(b.text).toContain("17 June 2024");
    expect(b.text).toContain("3 posts");
  });

  it("does not repeat a deadline under a status", () => {
    const a = askReal("is the NOSC chief still open and when is the deadline", "2024-06-05");
    expect(a.intent).toBe("status");
    expect(a.text.match(/24 June 2024/g)).toHaveLength(1);
  });

  it("compares the posts the parts name, says which closes first and how far apart, and puts it first", () => {
    const a = askReal("which closes first, the NOSC chief or the network technician?", "2024-06-05");
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
    ]);
    expect(a.text).toContain(
      "Of these, Network and Communications Technician closes first (17 June 2024), 7 days before BICES Network Operations and Security Centre Chief (24 June 2024).",
    );
    // Both closed: in the past tense.
    const past = askReal("did the NOSC chief close before the digital backbone officer?", "2025-06-01");
    expect(past.text).toContain(
      "Of these, BICES Network Operations and Security Centre Chief closed first (24 June 2024), 279 days before Officer, Digital Backbone CIS and Cybersecurity (30 March 2025).",
    );
    // "last day" is a deadline, not an order.
    const lastDay = askReal("last day to apply for the NOSC chief or the network technician?", "2024-06-05");
    expect(lastDay.items[0]?.vacancy.title).toBe("BICES Network Operations and Security Centre Chief");
    // "who needs more experience, X or Y" compares the two posts' experience, not a skill search.
    const more = askReal(
      "who needs more experience, the network tech or the tech security operator?",
      "2024-06-05",
    );
    expect(more.focus).toBe("experience");
    expect(more.text).toContain("at least 4 years");
    expect(more.text).toContain("6 years");
    // A comparison that asks no order keeps the order the question named the posts in.
    const named = askReal("deadlines for the NOSC chief and the network technician", "2024-06-05");
    expect(named.items[0]?.vacancy.title).toBe("BICES Network Operations and Security Centre Chief");
  });

  it("reads a title with 'and' in it as one post", () => {
    const a = askReal("deadline for the network and communications technician", "2024-06-05");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Network and Communications Technician"]);
  });
});

describe("answerQuestion: a post named inside a long story", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const askReal = (question: string, day: string) =>
    answerQuestion(question, { index: real, now: new Date(`${day}T12:00:00Z`) });

  it("finds the post most of whose title the question holds", () => {
    const a = askReal(
      "Hello, I'm currently working as a network engineer at a national MoD and I've been looking at moving to NATO; I saw there's a post managing the operations centre for BICES and I'd like to know what the essential qualifications are before I spend a weekend on the application",
      "2024-06-05",
    );
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "BICES Network Operations and Security Centre Chief",
    ]);
    expect(a.intent).toBe("requirements");
  });

  it("names nothing with one shared title word among unknown ones", () => {
    expect(askReal("how do I improve the security of my laptop", "2024-06-05").items).toEqual([]);
    expect(askReal("the network printer on the 2nd floor is broken again", "2024-06-05").items).toEqual([]);
  });

  it("compares only when every joined part names a post", () => {
    const a = askReal("network tech vs nosc chief - which deadline is later", "2024-06-05");
    // Asked which is later: the later one first.
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "BICES Network Operations and Security Centre Chief",
      "Network and Communications Technician",
    ]);
  });
});

describe("answerQuestion: which of two posts has more posts", () => {
  it("lists both named posts, most posts first", () => {
    const real = new VacancyIndex(
      z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
    );
    const a = answerQuestion("digital backbone or technical security operator: which one has more posts?", {
      index: real,
      now: new Date("2025-01-10T12:00:00Z"),
    });
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "Operator, Technical Security",
      "Officer, Digital Backbone CIS and Cybersecurity",
    ]);
    expect(a.text).toContain("(2 posts)");
  });
});

describe("answerQuestion: skills inside a story, a post named by where it reports", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const askReal = (question: string, day: string) =>
    answerQuestion(question, { index: real, now: new Date(`${day}T12:00:00Z`) });

  it("searches the known skill words when a post asks for two of them", () => {
    const a = askReal(
      "I have been doing TSCM sweeps for about six years in the army and I also know a fair bit about tempest, is there anything at NATO right now that would match that kind of background?",
      "2025-11-01",
    );
    expect(a.intent).toBe("search");
    expect(a.items[0]?.vacancy.title).toBe("Operator, Technical Security");
  });

  it("searches one known word in a story when it is an acronym a notice defines", () => {
    const a = askReal("I did TSCM sweeps in the army for 6 years - anything for me?", "2025-10-01");
    expect(a.intent).toBe("search");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Operator, Technical Security"]);
    expect(askReal("I worked on my own farm for 6 years, anything for me?", "2025-10-01").items).toEqual([]);
  });

  it("finds the post a pasted passage comes from, though the passage names another occupation", () => {
    const a = askReal(
      "The NATO Office of Resources (NOR) provides independent and integrated expert advice to the Secretary General, NATO Resource Committees, Allies, and other stakeholders on the planning, allocation and utilisation of military common funding. I copied that from a post I saw last week - what are the requirements for that job?",
      "2025-01-10",
    );
    expect(a.items[0]?.vacancy.title).toBe("Officer, Digital Backbone CIS and Cybersecurity");
    // Only that notice matches the passage, so the answer gives that post's requirements.
    expect(a.intent).toBe("requirements");
    expect(a.text).toContain("at least 8 years");
  });

  it("finds nothing on one known word in a story, nor on a count of years", () => {
    expect(
      askReal("I have worked in a bakery for ten years and know english, anything for me?", "2024-06-05")
        .items,
    ).toEqual([]);
    expect(
      askReal("which jobs need someone who likes football, cooking and networks", "2024-06-05").items,
    ).toEqual([]);
  });

  it("puts first the post that reports to the branch named", () => {
    const a = askReal("the Maintenance and Implementation branch vacancy, still open?", "2024-06-10");
    expect(a.items[0]?.vacancy.title).toBe("Network and Communications Technician");
  });
});

describe("answerQuestion: comparisons in other shapes", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const askReal = (question: string, day: string) =>
    answerQuestion(question, { index: real, now: new Date(`${day}T12:00:00Z`) });

  it("lists the posts a list question names, soonest closing first", () => {
    const a = askReal(
      "which is open longer, digital backbone officer or technical security operator?",
      "2025-01-10",
    );
    expect(a.intent).toBe("list");
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
    ]);
  });

  it("compares when one part's title is all in the question but not the other's", () => {
    const a = askReal("NOSC chief vs deputy director OSS: who has more direct reports?", "2024-06-05");
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "BICES Network Operations and Security Centre Chief",
      "Deputy Director OSS",
    ]);
    expect(a.text).toContain("Direct reports: 13");
    expect(a.text).toContain("Direct reports: 3");
  });
});

describe("answerQuestion: one title word among words that name nothing of the post", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const askReal = (question: string) =>
    answerQuestion(question, { index: real, now: new Date("2024-06-05T12:00:00Z") });

  it("is no question about that post", () => {
    expect(askReal("who is the security officer on duty tonight").items).toEqual([]);
  });

  it("still answers a post named by two words, or by its acronym without the organisation's letter", () => {
    expect(askReal("nosc chief duties and travel").items[0]?.vacancy.title).toBe(
      "BICES Network Operations and Security Centre Chief",
    );
    expect(askReal("backbone?").items[0]?.vacancy.title).toBe(
      "Officer, Digital Backbone CIS and Cybersecurity",
    );
  });
});

describe("answerQuestion: a list of alternatives", () => {
  const real = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  it("lists the open posts matching either subject", () => {
    const a = answerQuestion("cyber or security jobs", {
      index: real,
      now: new Date("2025-01-10T12:00:00Z"),
    });
    expect(a.intent).toBe("list");
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
      "Deputy Director OSS",
    ]);
    expect(a.text).toContain('matching "cyber" or "security"');
  });

  it("keeps 'and' as both", () => {
    const d = detectIntent("jobs needing cisco and mpls");
    expect(d.anyOf).toBeUndefined();
  });
});

describe("answerQuestion: latest closing first", () => {
  it("lists the open posts latest closing first", () => {
    for (const q of [
      "which job has the latest deadline",
      "what closes last",
      "which post stays open longest",
    ]) {
      const a = ask(q, "2024-06-01");
      expect(a.intent, q).toBe("list");
      expect(titles(a), q).toEqual([
        "Operator, Technical Security",
        "Officer, Digital Backbone CIS and Cybersecurity",
        "BICES Network Operations and Security Centre Chief",
        "Network and Communications Technician",
      ]);
    }
  });

  it("keeps a one-post deadline question and a comparison of two named posts as they were", () => {
    expect(ask("last day to apply for the network technician", "2024-06-01").intent).toBe("deadline");
    expect(
      detectIntent("which is open longer, the NOSC chief or the network technician").latestClosingFirst,
    ).toBeUndefined();
  });
});

describe("answerQuestion: the asker's own clearance", () => {
  it("offers no post for staff business about one's own clearance or medical", () => {
    expect(ask("how do I renew my security clearance", "2025-01-10").items).toEqual([]);
    expect(ask("my medical check is due, who do I call", "2025-01-10").items).toEqual([]);
  });

  it("answers about the posts when the clearance question is about applying", () => {
    // No seed notice states a clearance: the answer says so for the open posts.
    expect(ask("is a security clearance needed?", "2025-01-10").text).toMatch(
      /^(No notice of the \d+ posts|The notice of the one post) open or without a deadline as of 10 January 2025 (mentions|does not mention) a security clearance\.$/,
    );
    expect(ask("does my nationality matter when I apply?", "2025-01-10").text).toMatch(
      /mentions? a nationality condition/,
    );
  });
});

describe("answerQuestion: positions in all", () => {
  it("adds up the positions when every open or undated vacancy is listed", () => {
    const a = ask("how many posts in total across all the vacancies", "2024-06-01");
    expect(a.intent).toBe("list");
    expect(a.text).toContain("In all, these 5 vacancies offer 8 positions.");
  });

  it("answers a count that names no post with the open list", () => {
    const a = ask("how many positions in all are open", "2024-06-01");
    expect(a.intent).toBe("list");
    expect(a.text).toContain("8 positions");
  });

  it("does not sum a list that is not shown in full", () => {
    const many = new VacancyIndex(
      Array.from({ length: 12 }, (_, i) =>
        makeVacancy({ id: `p${i}`, title: `Clerk ${i}`, posts: 2, deadline: "2024-07-01" }),
      ),
    );
    const a = answerQuestion("what's open", { index: many, now: new Date("2024-06-05T12:00:00Z") });
    expect(a.text).not.toContain("In all");
  });
});

describe("answerQuestion: a short detail asked without naming a post", () => {
  it("asks which post and gives that detail for each open post", () => {
    const a = ask("salaries?", "2025-10-01");
    expect(a.text).toMatch(/^Which post do you mean\?/);
    expect(a.text).toMatch(/^- Operator, Technical Security \(.*\): salary \$75,000 - \$85,000 \/ YEAR\./m);
  });
});

describe("answerQuestion: the notice itself", () => {
  const posts = new VacancyIndex([
    makeVacancy({
      id: "ref",
      title: "Finance Officer",
      reference: "IS-2024-17",
      publishedDate: "2024-05-02",
      url: "https://example.org/finance",
    }),
    makeVacancy({ id: "bare", title: "Librarian" }),
  ]);
  const on = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });

  it("gives the reference, publication date and link, and says which the notice lacks", () => {
    expect(on("reference number for the finance officer").text).toContain(
      "the notice gives reference IS-2024-17; published on 2 May 2024; link: https://example.org/finance.",
    );
    expect(on("when was the librarian job published?").text).toContain(
      "the notice gives no reference number; no publication date; no link.",
    );
  });
});

describe("answerQuestion: a bare question with a word no notice knows", () => {
  const data = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const on = (q: string) =>
    answerQuestion(q, { index: data, now: new Date("2024-06-05T12:00:00Z") }).items.map(
      (i) => i.vacancy.title,
    );

  it("is tried without that word, and kept only when the rest names a post", () => {
    expect(on("is shift work part of the NOSC chief job?")).toEqual([
      "BICES Network Operations and Security Centre Chief",
    ]);
    expect(on("when is the NATO summit this year")).toEqual([]);
  });

  it("matches nothing when the words left name no post's title, only its organisation and prose", () => {
    expect(on("how do NATO pensions work?")).toEqual([]);
    expect(on("does the NOSC chief deal with internal customers")[0]).toBe(
      "BICES Network Operations and Security Centre Chief",
    );
  });

  it("reads 'how many people would X manage' as the reporting lines, not the number of posts", () => {
    const a = answerQuestion(
      "Could you please tell me how many people the Deputy Director OSS would manage? Thank you.",
      { index: data, now: new Date("2024-06-05T12:00:00Z") },
    );
    expect(a.focus).toBe("reporting");
    expect(a.text).toContain("Indirect reports: 25");
  });
});

describe("answerQuestion: posts needing a security clearance", () => {
  const posts = new VacancyIndex([
    makeVacancy({
      id: "c",
      title: "Network Technician",
      applicationNotes: ["Appointment will be subject to receipt of a security clearance."],
      deadline: "2024-07-01",
    }),
    makeVacancy({ id: "n", title: "Driver", applicationNotes: [], deadline: "2024-07-02" }),
  ]);
  const on = (q: string) => answerQuestion(q, { index: posts, now: new Date("2024-06-05T12:00:00Z") });

  it("within a deadline window: lists the posts whose notice states a clearance, quoting it, and counts the others", () => {
    const a = on("jobs requiring security clearance closing within 30 days");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Network Technician"]);
    expect(a.text).toContain('"Appointment will be subject to receipt of a security clearance."');
    expect(a.text).toContain("1 other open post does not mention a security clearance.");
  });

  it("without a window the conditions of appointment answer it (applicationAsk)", () => {
    const a = on("jobs requiring security clearance");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Network Technician"]);
    expect(a.text).toMatch(/^1 of 2 posts open .* mentions a security clearance:/);
  });
});

describe("answerQuestion: a yes/no about something the notice never mentions", () => {
  it("says the notice does not mention a skill no line names, then gives the requirements", () => {
    const a = ask("is Python needed for the network technician?", "2024-06-05");
    expect(a.intent).toBe("requirements");
    expect(titles(a)[0]).toBe("Network and Communications Technician");
    expect(a.text).toMatch(/^The notice for Network and Communications Technician does not mention "python"/);
    expect(a.text).toContain("Essential:");
  });

  it("says so for a skill another post asks for", () => {
    expect(ask("is MPLS required for the NOSC chief?", "2024-06-05").text).toContain(
      'does not mention "mpls"',
    );
  });

  it("quotes the line instead when the notice names the skill", () => {
    const a = ask("is Fortigate experience essential for the network tech?", "2024-06-05");
    expect(a.text).not.toContain("does not mention");
    expect(a.text).toContain("Fortigate Firewalls");
  });

  it("quotes the description when no requirement but the prose names it", () => {
    const diver = makeVacancy({
      id: "harbour-diver",
      title: "Harbour Diver",
      essential: ["Hold a commercial diving certificate"],
      description: "The incumbent may be required to travel to other ports at short notice.",
    });
    const a = answerQuestion("is travel needed for the harbour diver?", {
      index: new VacancyIndex([diver]),
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.text).not.toContain("does not mention");
    expect(a.text).toContain("travel to other ports");
    const b = answerQuestion("is Python needed for the harbour diver?", {
      index: new VacancyIndex([diver]),
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(b.text).toContain('does not mention "python"');
  });

  it("claims no absence when a word's stem is in the notice in another form ('certification' / 'certificate')", () => {
    const a = ask("is certification needed for the technical security operator?", "2025-06-01");
    expect(a.text).not.toContain("does not mention");
  });
});

describe("answerQuestion: a quoted requirement says which list it is in", () => {
  it("marks a search match as desirable or essential", () => {
    const a = ask("which jobs mention a master's degree", "2025-01-10");
    expect(a.text).toMatch(/matches: "Master's degree[^"]*" \(desirable\)/);
  });
});

describe("answerQuestion: blind round 8c shapes", () => {
  const data = new VacancyIndex(
    z.array(VacancySchema).parse(JSON.parse(readFileSync("data/vacancies.json", "utf8"))),
  );
  const on = (q: string, day = "2024-06-05") =>
    answerQuestion(q, { index: data, now: new Date(`${day}T12:00:00Z`) });

  it("reads a wish to lead people, naming no post, across the posts", () => {
    const a = on("i'd like to lead people, anything suitable?");
    expect(a.items.map((i) => i.vacancy.title)).toEqual([
      "Deputy Director OSS",
      "BICES Network Operations and Security Centre Chief",
    ]);
    // A post named keeps the question about it.
    const one = on("does the NOSC chief lead a team?");
    expect(one.focus).toBe("reporting");
    expect(one.text).toContain("Direct reports: 13");
  });

  it("adds up the posts of the posts compared", () => {
    expect(on("both the NOSC chief and network tech — how many posts in total?").text).toContain(
      "Together: 4 posts.",
    );
  });

  it("says the notice does not mention a skill asked with 'experience'", () => {
    expect(on("is Windows experience needed for the network technician?").text).toContain(
      'does not mention "windows"',
    );
  });

  it("says the notice gives no start date instead of giving only the deadline", () => {
    expect(on("what's the start date for the NOSC chief?").text).toContain("the notice gives no start date");
  });

  it("answers about a post named beside two words no notice knows, saying they are not mentioned", () => {
    const a = on("is there an age limit for the network technician?");
    expect(a.items[0]?.vacancy.title).toBe("Network and Communications Technician");
    expect(a.text).toContain("does not mention an age limit");
    // One word, or a word read as another ("chef" as "chief"), names no post.
    expect(on("chef de cuisine", "2025-01-10").items).toEqual([]);
    expect(on("bus schedule to HQ").items).toEqual([]);
  });

  it("finds a post named by one word of its title that no other title holds, when a fact of the notice is asked", () => {
    const a = on("what's the start date for the technician?");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Network and Communications Technician"]);
    expect(a.text).toContain("no start date");
    // Without a fact asked, the other words may name a post that is not advertised.
    expect(on("data protection officer", "2025-01-10").items).toEqual([]);
  });

  it("counts the posts one matching vacancy offers when a list question asks how many", () => {
    const a = on("how many positions are available for network technician");
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Network and Communications Technician"]);
    expect(a.text).toMatch(
      /^Network and Communications Technician \(.*\): 3 posts \(Profile A: 2 posts; Profile B: 1 post\)/,
    );
    // Several vacancies: the positions they add up to.
    expect(on("how many jobs are available in Brussels").text).toMatch(
      /In all, these \d+ vacancies offer \d+ positions\./,
    );
  });

  it("gives the working conditions when a work pattern asked about is not mentioned", () => {
    const a = on("does the network technician role require shift work?");
    expect(a.text).toContain("does not mention shift, night or weekend work");
    expect(a.text).toContain("24/7 basis");
  });

  it("reads 'among BICES posts' as the BICES posts", () => {
    expect(on("what's the earliest deadline among BICES posts?").text).toContain("17 June 2024");
  });
});
