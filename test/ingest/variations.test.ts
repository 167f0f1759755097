// Variations the seeds do not show, written here: other date formats and labels, other heading
// styles, lost headings, missing sections, extra page boilerplate, and the bad inputs.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import { parseDate } from "../../src/ingest/parseDate.ts";
import type { Vacancy } from "../../src/vacancy.ts";

function parse(text: string): { vacancy: Vacancy; warnings: string[] } {
  const result = parseNotice(text, { source: "test" });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function failure(text: string) {
  const result = parseNotice(text, { source: "test" });
  if (result.ok) throw new Error(`expected a failure, got ${result.vacancy.title}`);
  return result.error;
}

const DUTIES =
  "The incumbent will manage the logistics support of the headquarters, plan the annual procurement of equipment and advise senior management on supply chain risks.";

describe("parseDate", () => {
  it.each([
    ["June 17, 2024", "2024-06-17"],
    ["Jun 17th, 2024", "2024-06-17"],
    ["17 June 2024", "2024-06-17"],
    ["30 March 2025", "2025-03-30"],
    ["Monday, 17 June 2024 at 23:59 CET", "2024-06-17"],
    ["17th of June 2024", "2024-06-17"],
    ["29-Jan-2026", "2026-01-29"],
    ["29/01/2026", "2026-01-29"],
    ["02/03/2026", "2026-03-02"],
    ["01/29/2026", "2026-01-29"],
    ["29.01.2026", "2026-01-29"],
    ["2026-01-29", "2026-01-29"],
    ["2026-01-29T23:59:00+01:00", "2026-01-29"],
    ["29 janvier 2026", "2026-01-29"],
    ["1er mars 2026", "2026-03-01"],
    ["14 févr. 2026", "2026-02-14"],
    ["14. März 2026", "2026-03-14"],
    ["14. MÄRZ 2026", "2026-03-14"],
    ["14 Maerz 2026", "2026-03-14"],
    ["3. Jänner 2026", "2026-01-03"],
    ["14 maart 2026", "2026-03-14"],
    ["14 mei 2026", "2026-05-14"],
    ["14 marzo 2026", "2026-03-14"],
    ["14 settembre 2026", "2026-09-14"],
    ["14 de marzo de 2026", "2026-03-14"],
    ["14 de março de 2026", "2026-03-14"],
    ["2 dic 2026", "2026-12-02"],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(["31/02/2026", "February 30, 2026", "next Friday", "soon", "13/13/2026"])("refuses %s", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe("deadline labels and placement", () => {
  it.each([
    ["Closing date: 30 March 2025", "2025-03-30"],
    ["Closing Date for Applications: 2025-03-30", "2025-03-30"],
    ["Deadline:\n29/01/2026", "2026-01-29"],
    ["  • Deadline:\n    29/01/2026", "2026-01-29"],
    ["Application Deadline: March 30, 2025", "2025-03-30"],
    ["Apply by: 30.03.2025", "2025-03-30"],
    ["Bewerbungsschluss: 14. März 2026", "2026-03-14"],
    ["Bewerbungsfrist: 14.03.2026", "2026-03-14"],
    ["Sluitingsdatum: 14 maart 2026", "2026-03-14"],
    ["Scadenza: 14 marzo 2026", "2026-03-14"],
    ["Fecha límite: 14 de marzo de 2026", "2026-03-14"],
    ["Date limite de candidature : 14 mars 2026", "2026-03-14"],
    ["Bewerbungen bis zum 14. März 2026 an die Personalabteilung.", "2026-03-14"],
    ["Solliciteer uiterlijk 14 maart 2026 via de website.", "2026-03-14"],
  ])("reads %j", (line, iso) => {
    const v = parse(`Logistics Officer\n${line}\n\n${DUTIES}`).vacancy;
    expect(v.deadline).toBe(iso);
  });

  it("reads a deadline stated in a sentence", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nApplications must be received no later than 15 May 2025.`,
    ).vacancy;
    expect(v.deadline).toBe("2025-05-15");
  });

  it("keeps no deadline as null, with a warning, and reads the published date apart", () => {
    const r = parse(`Logistics Officer\nPublished: 2 March 2025\n\n${DUTIES}`);
    expect(r.vacancy.deadline).toBeNull();
    expect(r.vacancy.publishedDate).toBe("2025-03-02");
    expect(r.warnings.join(" ")).toMatch(/no deadline/);
  });

  it("never reads a relative time stamp as a date", () => {
    const v = parse(`Logistics Officer\nPosted:\n3 hours ago\nDeadline: 1 June 2025\n\n${DUTIES}`).vacancy;
    expect(v.publishedDate).toBeNull();
    expect(v.deadline).toBe("2025-06-01");
  });

  it("'open until filled' is no deadline and no error", () => {
    expect(parse(`Logistics Officer\nDeadline: Open until filled\n\n${DUTIES}`).vacancy.deadline).toBeNull();
  });
});

describe("heading styles", () => {
  const lists = (essentialHeading: string, desirableHeading: string) =>
    parse(
      [
        "Logistics Officer",
        "Location: Mons, Belgium",
        "",
        DUTIES,
        "",
        essentialHeading,
        "- A university degree in logistics or supply chain management;",
        "- At least 5 years of experience in military logistics;",
        "",
        desirableHeading,
        "- Knowledge of NATO procurement rules;",
        "- SAP experience.",
        "",
        "Contract",
        "Definite duration contract of three years, renewable.",
      ].join("\n"),
    ).vacancy;

  it.each([
    ["Essential", "Desirable"],
    ["Essential:", "Desirable:"],
    ["ESSENTIAL REQUIREMENTS", "DESIRABLE REQUIREMENTS"],
    ["2.1 Essential qualifications", "2.2 Desirable qualifications"],
    ["Essential (Both Profiles)", "Desirable (Both Profiles)"],
    ["**Essential**", "**Desirable**"],
    ["Minimum requirements:", "Preferred qualifications:"],
    ["The incumbent must:", "The following would be considered an advantage:"],
    ["Candidates must have:", "The following will be an asset:"],
  ])("%s / %s", (essential, desirable) => {
    const v = lists(essential, desirable);
    expect(v.essential).toEqual([
      "A university degree in logistics or supply chain management",
      "At least 5 years of experience in military logistics",
    ]);
    expect(v.desirable).toEqual(["Knowledge of NATO procurement rules", "SAP experience"]);
  });

  it("a lost essential heading: the list after the description still counts", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nThe incumbent must:\n\n  • hold a degree in logistics;\n\n  • speak English.\n\nThe following will be considered an advantage:\n\n  • SAP experience.\n\nPeople Management\n\nLead the logistics team and provide regular feedback on performance to all team members.`,
    ).vacancy;
    expect(v.essential).toEqual(["hold a degree in logistics", "speak English"]);
    expect(v.desirable).toEqual(["SAP experience"]);
  });

  it("plain (unbulleted) lines under a heading are one requirement each; wrapped lines are joined", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nESSENTIAL\nA degree in logistics\nFive years of experience in supply chain\nmanagement in an international setting\n\nDESIRABLE\nSAP experience`,
    ).vacancy;
    expect(v.essential).toEqual([
      "A degree in logistics",
      "Five years of experience in supply chain management in an international setting",
    ]);
    expect(v.desirable).toEqual(["SAP experience"]);
  });

  it("a prose qualifications section splits desirable sentences out", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nEducation\nAn advanced university degree in business administration is required. A degree in engineering is desirable.\n\nWork Experience\nA minimum of five years of experience in procurement is required.`,
    ).vacancy;
    expect(v.essential).toEqual([
      "An advanced university degree in business administration is required",
      "A minimum of five years of experience in procurement is required",
    ]);
    expect(v.desirable).toEqual(["A degree in engineering is desirable"]);
    expect(v.education).toEqual(["An advanced university degree in business administration is required"]);
    expect(v.experience).toEqual(["A minimum of five years of experience in procurement is required"]);
  });
});

describe("notices pasted with Markdown or Slack formatting", () => {
  it("reads labels, headings and lists through the emphasis marks", () => {
    const v = parse(
      `# Logistics Officer\n*Location:* Mons, Belgium\n**Deadline:** 1 June 2025\n\n${DUTIES}\n\n## Essential\n* A degree in logistics\n* _Five_ years of experience\n\n*Desirable*\n- SAP experience`,
    ).vacancy;
    expect(v).toMatchObject({
      title: "Logistics Officer",
      location: "Mons, Belgium",
      deadline: "2025-06-01",
    });
    expect(v.essential).toEqual(["A degree in logistics", "Five years of experience"]);
    expect(v.desirable).toEqual(["SAP experience"]);
  });
});

describe("missing sections and unknown values", () => {
  it("a bare notice gives empty lists and nulls, never invented values", () => {
    const r = parse(`Logistics Officer\n\n${DUTIES}`);
    const v = r.vacancy;
    expect(v).toMatchObject({
      title: "Logistics Officer",
      organisation: null,
      location: null,
      deadline: null,
      salary: null,
      grade: null,
      reportsTo: null,
      directReports: null,
      contract: null,
      posts: 1,
      essential: [],
      desirable: [],
      languages: [],
    });
    expect(v.summary).toBe(DUTIES);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no deadline/),
        expect.stringMatching(/number of posts/),
      ]),
    );
  });
});

describe("page boilerplate never becomes data", () => {
  const v = parse(
    [
      "Get the latest news from the job market, Sign up for our newsletter!",
      "",
      "Logistics Officer",
      "  • Allied Logistics Agency",
      "Mons, Belgium",
      "Application Deadline: June 3, 2025",
      "  • Allied Logistics Agency",
      "Mons, Belgium",
      "Application Deadline: June 3, 2025",
      "3 hours ago",
      "",
      DUTIES,
      "",
      "Share this job",
      "We use cookies to improve your experience on our website.",
      "Sign in",
      "Forgotten Password",
    ].join("\n"),
  ).vacancy;

  it("reads the header once and drops the chrome", () => {
    expect(v.title).toBe("Logistics Officer");
    expect(v.organisation).toBe("Allied Logistics Agency");
    expect(v.location).toBe("Mons, Belgium");
    expect(v.deadline).toBe("2025-06-03");
    expect(v.summary).toBe(DUTIES);
    expect(JSON.stringify(v)).not.toMatch(/newsletter|cookies|hours ago|Share this job|Sign in|Forgotten/i);
  });
});

describe("titles", () => {
  it("peels a repeated organisation prefix and a place suffix", () => {
    const v = parse(`NATO: NATO: Analyst, Plans – Mons\n\n${DUTIES}`).vacancy;
    expect(v).toMatchObject({ title: "Analyst, Plans", organisation: "NATO", location: "Mons" });
  });

  it("takes the post count out of the title", () => {
    const v = parse(`Logistics Officer (4 posts)\n\n${DUTIES}`).vacancy;
    expect(v).toMatchObject({ title: "Logistics Officer", posts: 4 });
  });

  it("finds the title in prose when the notice starts with a section heading", () => {
    const v = parse(
      "1. SUMMARY\nThe Directorate is responsible for logistics.\nThe Head of Supply Chain leads the supply team of the agency and reports to the Director of Logistics.",
    ).vacancy;
    expect(v.title).toBe("Head of Supply Chain");
    expect(v.reportsTo).toBe("Director of Logistics");
  });

  it("uses a 'Job title:' field", () => {
    expect(parse(`Careers portal\nJob title: Procurement Assistant\n\n${DUTIES}`).vacancy.title).toBe(
      "Procurement Assistant",
    );
  });
});

describe("organisation named only weakly", () => {
  it.each([
    ["Joint Warfare Centre\nLogistics Officer", "Joint Warfare Centre"],
    ["United Nations Development Programme\nLogistics Officer", "United Nations Development Programme"],
    [
      "Office of the High Commissioner for Human Rights\nLogistics Officer",
      "Office of the High Commissioner for Human Rights",
    ],
    ["Logistics Officer\nEuropean Union Satellite Centre", "European Union Satellite Centre"],
  ])("a name-shaped line with an organisation noun: %j", (head, organisation) => {
    const v = parse(`${head}\nDeadline: 14 March 2026\n\n${DUTIES}`).vacancy;
    expect(v.title).toBe("Logistics Officer");
    expect(v.organisation).toBe(organisation);
  });

  it.each([
    ["Logistics Officer\nData Management Section", null],
    ["Logistics Officer\nYoung Professionals Programme Vacancy Notice", null],
    ["Logistics Officer\nWe are recruiting a Logistics Officer for our Brussels office.", null],
  ])("a unit, a page label or 'we' is no organisation: %j", (head, organisation) => {
    const v = parse(`${head}\nDeadline: 14 March 2026\n\n${DUTIES}`).vacancy;
    expect(v.organisation).toBe(organisation);
  });

  it.each([
    [
      "Logistics Officer\nThe European Defence Agency is recruiting a Logistics Officer for its Brussels office.",
      "European Defence Agency",
      "Brussels",
    ],
    [
      "The European Defence Agency (EDA) is recruiting a Logistics Officer for its Brussels office.",
      "European Defence Agency",
      "Brussels",
    ],
    ["The European Defence Agency is recruiting a Logistics Officer", "European Defence Agency", null],
    ["NCIA is looking for a Logistics Officer to join its team in Mons, Belgium.", "NCIA", "Mons, Belgium"],
  ])("a recruiting sentence names employer and post: %j", (head, organisation, location) => {
    const v = parse(`${head}\nDeadline: 14 March 2026\n\n${DUTIES}`).vacancy;
    expect(v).toMatchObject({ title: "Logistics Officer", organisation, location });
  });

  it("keeps 'to the ...' in a title named by a recruiting sentence", () => {
    const v = parse(
      `The NATO Defense College is seeking a Special Assistant to the Commandant to support the Front Office.\n\n${DUTIES}`,
    ).vacancy;
    expect(v).toMatchObject({
      title: "Special Assistant to the Commandant",
      organisation: "NATO Defense College",
    });
  });
});

describe("posts, salary, languages, reports", () => {
  it.each([
    ["We recruit two posts via this campaign.", 2],
    ["2 posts offered for Profile A and 1 post offered for Profile B", 3],
    ["Number of posts: 4", 4],
    ["There are three vacancies in this campaign.", 3],
  ])("%s -> %i posts", (sentence, posts) => {
    expect(parse(`Logistics Officer\n\n${sentence}\n\n${DUTIES}`).vacancy.posts).toBe(posts);
  });

  it("reads salary fields and ranges as written", () => {
    expect(parse(`Logistics Officer\nSalary: EUR 5,000 - 6,000 per month\n\n${DUTIES}`).vacancy.salary).toBe(
      "EUR 5,000 - 6,000 per month",
    );
    expect(parse(`Logistics Officer\n$75,000 - $85,000 / YEAR\n\n${DUTIES}`).vacancy.salary).toBe(
      "$75,000 - $85,000 / YEAR",
    );
  });

  it("reads language levels in several notations", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nEssential\n- Possess level V (Advanced) of the English language;\n- Knowledge of German at level B2.\n\nDesirable\n- Fluency in Italian.`,
    ).vacancy;
    expect(v.languages).toEqual([
      { language: "English", level: "V (Advanced)", note: null },
      { language: "German", level: "B2", note: null },
      { language: "Italian", level: "fluency", note: "desirable: Fluency in Italian" },
    ]);
  });

  it("reads reporting lines and counts", () => {
    const v = parse(
      `Logistics Officer\n\n${DUTIES}\n\nThe incumbent reports to the Chief, Supply Branch and provides reports to the finance office.\n\nDirect reports: 4\nIndirect reports: N/a`,
    ).vacancy;
    expect(v.reportsTo).toBe("Chief, Supply Branch");
    expect(v.directReports).toBe("4");
    expect(v.indirectReports).toBe("N/A");
  });
});

describe("bad input", () => {
  it.each([
    ["", "empty"],
    ["   \n\n  \t ", "empty"],
    ["Sign in\nForgotten Password\nWe use cookies to improve your experience.", "empty"],
    ["Logistics\u0000Officer\u0000\u0001\u0002", "binary"],
    ["x".repeat(300_001), "too_large"],
    ["the weather is nice today and we like it very much, thank you for asking about it.", "no_title"],
    [`Logistics Officer\nDeadline: 31/02/2026\n\n${DUTIES}`, "bad_date"],
    [`Logistics Officer\nClosing date: next Friday\n\n${DUTIES}`, "bad_date"],
  ])("%#: %s -> %s", (text, code) => {
    const error = failure(text);
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/\n/);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("names the unreadable deadline in the message", () => {
    expect(failure(`Logistics Officer\nDeadline: 31/02/2026\n\n${DUTIES}`).message).toMatch(/31\/02\/2026/);
  });
});

describe("stability", () => {
  it("the same notice gives the same vacancy every time", () => {
    const text = `Logistics Officer\nDeadline: 1 June 2025\n\n${DUTIES}`;
    expect(parse(text).vacancy).toEqual(parse(text).vacancy);
    expect(parse(text).vacancy.id).toBe("logistics-officer");
  });
});

describe("time zone from the location", () => {
  it.each([
    ["Norfolk, United States", "America/New_York"],
    ["The Hague, Netherlands", "Europe/Amsterdam"],
    ["Mons", "Europe/Brussels"],
    ["Naples, Italy", "Europe/Rome"],
  ])("a post in %s closes by the clock of %s", (place, zone) => {
    const v = parse(`Logistics Officer\n${place}\nDeadline: 3 June 2025\n\n${DUTIES}`).vacancy;
    expect(v.location).toBe(place);
    expect(v.timeZone).toBe(zone);
  });

  it.each([
    ["Tampa, Florida", "America/New_York"],
    ["Ottawa, Ontario", "America/Toronto"],
    ["Canberra, Australia", "Australia/Sydney"],
    ["Singapore", "Asia/Singapore"],
  ])("a post in %s (outside Europe) closes by the clock of %s", (place, zone) => {
    const v = parse(`Logistics Officer\n${place}\nDeadline: 3 June 2025\n\n${DUTIES}`).vacancy;
    expect(v.location).toBe(place);
    expect(v.timeZone).toBe(zone);
  });

  it.each([
    ["Norfolk, Virginia, United States", "Deadline: 3 June 2025 23:59 CET", "Europe/Brussels"],
    ["Norfolk, Virginia, United States", "Deadline: 3 June 2025 (midnight Brussels time)", "Europe/Brussels"],
    ["Mons, Belgium", "Deadline: 3 June 2025 17:00 EST", "America/New_York"],
    ["Mons, Belgium", "Closing date: 3 June 2025, 12:00 noon Eastern Time", "America/New_York"],
    ["Nairobi, Kenya", "Date limite : 3 juin 2025, 23h59 heure de Bruxelles", "Europe/Brussels"],
    ["Nairobi, Kenya", "Applications must be received no later than 3 June 2025 at 23:59 (GMT+1).", "UTC+1"],
    ["Nairobi, Kenya", "Deadline: 3 June 2025 23:59 UTC", "UTC"],
    // the location's clock agrees with the one named: its own zone is kept
    ["Rome, Italy", "Deadline: 3 June 2025 23:59 CET", "Europe/Rome"],
    ["Mons, Belgium", "Deadline: 3 January 2025 23:59 (GMT+1)", "Europe/Brussels"],
    // a French "est" is a verb, not Eastern Standard Time
    ["Mons, Belgium", "La date limite est le 3 juin 2025.", "Europe/Brussels"],
  ])("a post in %s with %j closes by the clock of %s", (place, deadline, zone) => {
    const v = parse(`Logistics Officer\n${place}\n${deadline}\n\n${DUTIES}`).vacancy;
    expect(v.deadline).toMatch(/^2025-0[16]-03$/);
    expect(v.timeZone).toBe(zone);
  });

  it("keeps the default zone for a place it does not know, or none", () => {
    expect(parse(`Logistics Officer\nDeadline: 3 June 2025\n\n${DUTIES}`).vacancy.timeZone).toBe(
      "Europe/Brussels",
    );
  });
});
