// A blind round of notices in formats the parser had not been tuned on (test/fixtures/notices/blind/):
// a web table of one row whose header cells are field labels, a deadline "by COB 14/03/2027", an
// application window "1 Feb – 3 Mar 2027", a title after "We're hiring!", a one-line chat message,
// a notice that is one paragraph, an e-mail that names "the post of X", numbered sub-entries, a
// job board's "·" line, run-in labels under "Desirable", "Should have:", entries in capitals, a grade
// on the place line, a French "Référence"; and from two later held-out rounds, a forwarded subject
// "..., NSPA Taranto", "Education. A degree ..." labels and a German "IT-Systemadministrator" at
// "Standort Capellen". Expected values were written before the parser ran.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { parseSeed } from "./seedNotices.ts";

const BLIND = "test/fixtures/notices/blind";
const parse = (prefix: string) => parseSeed(prefix, BLIND).vacancy;

function parseText(text: string): Vacancy {
  const result = parseNotice(text, { source: "test" });
  if (!result.ok) throw new Error(result.error.message);
  return result.vacancy;
}

describe("unseen formats: the facts of each notice", () => {
  const cases: [string, Partial<Vacancy>, number, number][] = [
    [
      "markdown-wide-table-jfcnp",
      {
        title: "Financial Controller",
        organisation: "Allied Joint Force Command Naples",
        location: "Naples, Italy",
        grade: "A-4",
        deadline: "2027-03-19",
      },
      3,
      2,
    ],
    [
      "allcaps-entries-aircom",
      { organisation: "Headquarters Allied Air Command Ramstein", reference: "ACO AIR 0457", grade: "A-2" },
      3,
      1,
    ],
    ["cob-deadline-jwc", { title: "Exercise Planner", deadline: "2027-03-14" }, 3, 1],
    ["grade-on-place-line-cmre", { title: "Acoustic Scientist", grade: "A-3", deadline: "2027-02-28" }, 3, 2],
    [
      "application-window-eda",
      { organisation: "European Defence Agency", deadline: "2027-03-03", publishedDate: "2027-02-01" },
      5,
      1,
    ],
    ["french-reference-otan", { reference: "270245", deadline: "2027-03-15" }, 3, 1],
    [
      "one-paragraph-ndc",
      { title: "Librarian", organisation: "NATO Defense College", location: "Rome, Italy", grade: "B-5" },
      // ("must hold a degree ... and have at least five years ...": two requirements)
      2,
      1,
    ],
    [
      "exclaimed-title-ncia",
      { title: "DevSecOps Engineer", organisation: "NCIA", location: "The Hague", deadline: "2027-01-31" },
      3,
      2,
    ],
    [
      "email-post-of-jfcnp",
      {
        title: "Communications Officer",
        grade: "B-5",
        deadline: "2027-03-05",
        organisation: "Allied Joint Force Command Naples",
        location: "Naples, Italy",
      },
      3,
      1,
    ],
    ["should-have-nato-is", { title: "Human Resources Officer (Talent Acquisition)" }, 2, 2],
    [
      "numbered-subentries-satcen",
      { title: "Geospatial Imagery Analyst", reference: "SATCEN/27/03", deadline: "2027-02-22" },
      3,
      2,
    ],
    [
      "middle-dots-marcom",
      { location: "Northwood, United Kingdom", deadline: "2027-02-10", publishedDate: "2027-01-10" },
      3,
      1,
    ],
    [
      "runin-desirable-ncia",
      { reference: "270301", location: "Brussels, Belgium", grade: "A-2", deadline: "2027-03-16" },
      // (the "Languages:" line, French and English with their levels, is one requirement)
      3,
      2,
    ],
    [
      "chat-one-liner-shape",
      {
        title: "Cyber Analysts",
        organisation: "SHAPE",
        location: "Mons, Belgium",
        grade: "A-2",
        posts: 2,
        deadline: "2027-04-02",
      },
      1,
      1,
    ],
    [
      "quoted-subject-site-nspa",
      {
        title: "Security Officer",
        grade: "B-5",
        organisation: "NATO Support and Procurement Agency",
        location: "Taranto, Italy",
        deadline: "2027-03-02",
      },
      3,
      1,
    ],
    [
      "german-compound-standort-nspa",
      {
        title: "IT-Systemadministrator",
        organisation: "NATO Support and Procurement Agency",
        location: "Capellen, Luxemburg",
        deadline: "2027-03-20",
      },
      3,
      1,
    ],
    ["full-stop-labels-jfcbs", { title: "Plans Officer", grade: "A-3", deadline: "2027-03-24" }, 3, 1],
  ];
  it.each(cases)("%s", (prefix, facts, essential, desirable) => {
    const v = parse(`${prefix}.`);
    expect(v).toMatchObject(facts);
    expect(v.essential).toHaveLength(essential);
    expect(v.desirable).toHaveLength(desirable);
  });

  it("numbered sub-entries lose their numbers; an entry in capitals is no heading", () => {
    expect(parse("numbered-subentries-satcen.").desirable).toEqual([
      "Experience with ERDAS Imagine or ArcGIS Pro",
      "Military background in imagery intelligence",
    ]);
    expect(parse("allcaps-entries-aircom.").essential).toContain(
      "EXPERIENCE WITH SECURITY ACCREDITATION PROCESSES",
    );
  });

  it("a sentence with a requirement and an advantage gives one of each", () => {
    const v = parse("one-paragraph-ndc.");
    expect(v.essential[0]).toMatch(/^Candidates must hold a degree in library/);
    expect(v.desirable).toEqual(["Experience with the Koha library system would be an advantage"]);
  });

  it("a chat message's 'must have' and 'nice to have' clauses", () => {
    const v = parse("chat-one-liner-shape.");
    expect(v.essential).toEqual(["GCIH or GCIA and 3 years in a SOC"]);
    expect(v.desirable).toEqual(["French"]);
  });
});

const REQUIREMENTS = "\nEssential\n- A university degree\n- 5 years of relevant experience\n";

describe("unseen formats: each mechanism on a notice of its own", () => {
  it("a two-row table keeps its rows as a list: only one row is one post's fields", () => {
    const v = parseText(
      [
        "Vacancies at NSPA",
        "",
        "| Position | Grade | Location |",
        "|---|---|---|",
        "| Buyer | A-2 | Capellen, Luxembourg |",
        "| Auditor | A-3 | Capellen, Luxembourg |",
        REQUIREMENTS,
      ].join("\n"),
    );
    expect(v.grade).toBeNull();
  });

  it("'Applications open from 2 to 30 June 2027': opened and closing days", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Brussels, Belgium\nApplications open from 2 to 30 June 2027.\n${REQUIREMENTS}`,
    );
    expect(v.deadline).toBe("2027-06-30");
    expect(v.publishedDate).toBe("2027-06-02");
  });

  it("'before close of business on 9 May 2027' is the deadline", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Brussels, Belgium\n${REQUIREMENTS}\nPlease send your CV through the portal before close of business on 9 May 2027.`,
    );
    expect(v.deadline).toBe("2027-05-09");
  });

  it("'Join us! Budget Analyst at EDA, Brussels'", () => {
    const v = parseText(`Join us! Budget Analyst at EDA, Brussels\n${REQUIREMENTS}`);
    expect(v.title).toBe("Budget Analyst");
    expect(v.organisation).toBe("EDA");
    expect(v.location).toBe("Brussels");
  });

  it("'Vacancy notice NCIA/27/114' is the reference; 'Vacancy notice: Analyst' names the post", () => {
    expect(
      parseText(`Vacancy notice NCIA/27/114\nBudget Analyst\nLocation: Mons, Belgium\n${REQUIREMENTS}`)
        .reference,
    ).toBe("NCIA/27/114");
    const named = parseText(`Vacancy notice: Budget Analyst\nLocation: Mons, Belgium\n${REQUIREMENTS}`);
    expect(named.title).toBe("Budget Analyst");
    expect(named.reference).toBeNull();
  });

  it("'Job ID: 27/5 | Mons, Belgium | B-4': a place and a grade among labelled facts", () => {
    const v = parseText(`Budget Assistant\nJob ID: 27/5 | Mons, Belgium | B-4\n${REQUIREMENTS}`);
    expect(v.location).toBe("Mons, Belgium");
    expect(v.grade).toBe("B-4");
  });

  it("'Should have:' is the desirable list", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Mons, Belgium\nMust have:\n- A degree\nShould have:\n- SAP experience\n`,
    );
    expect(v.essential).toEqual(["A degree"]);
    expect(v.desirable).toEqual(["SAP experience"]);
  });

  it("a short common word in a name in capitals is no acronym ('ALLIED AIR COMMAND')", () => {
    const v = parseText(
      `ALLIED AIR COMMAND\n\nBudget Assistant\nLocation: Ramstein, Germany\n${REQUIREMENTS}`,
    );
    expect(v.organisation).toBe("Allied Air Command");
  });

  it("'Key requirements' is the essential list; 'You may also have:' opens the desirable one", () => {
    const v = parseText(
      "Budget Assistant\nLocation: Mons, Belgium\n\nKey requirements\n- A degree\n- SAP\n\nYou may also have:\n- French\n",
    );
    expect(v.essential).toEqual(["A degree", "SAP"]);
    expect(v.desirable).toEqual(["French"]);
  });

  it("'NATO International Staff – Defence Investment Division': the employer without its division", () => {
    const v = parseText(
      `NATO International Staff – Defence Investment Division\n\nBudget Assistant\nLocation: Brussels, Belgium\n${REQUIREMENTS}`,
    );
    expect(v.organisation).toBe("NATO International Staff");
  });

  it("a place in capitals after the title reads as a place ('– BRUSSELS' -> 'Brussels')", () => {
    expect(parseText(`BUDGET OFFICER – BRUSSELS\n${REQUIREMENTS}`).location).toBe("Brussels");
  });

  it("a prose requirement with an unmarked clause after a dash stays one entry", () => {
    const v = parseText(
      "Budget Assistant\nLocation: Mons, Belgium\n\nCandidates must have five years of budget experience – ideally in a NATO body.\nApply by 3 March 2027.",
    );
    expect(v.essential).toEqual([
      "Candidates must have five years of budget experience – ideally in a NATO body",
    ]);
  });

  it("'Vacancy 2027' is no reference", () => {
    const v = parseText(`Vacancy 2027\nBudget Assistant\nLocation: Mons, Belgium\n${REQUIREMENTS}`);
    expect(v.reference).toBeNull();
  });

  it("'Hiring Manager: Jane Doe' announces no post 'Manager'", () => {
    const result = parseNotice(`Hiring Manager: Jane Doe\nLocation: Mons, Belgium\n${REQUIREMENTS}`, {
      source: "test",
    });
    expect(result.ok ? result.vacancy.title : null).not.toBe("Manager");
  });

  it("'Applications are invited until 15 April 2027.' is the deadline", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Mons, Belgium\nApplications are invited until 15 April 2027.\n${REQUIREMENTS}`,
    );
    expect(v.deadline).toBe("2027-04-15");
  });

  it("'Education. A university degree ...': the run-in label is no entry of its own", () => {
    const v = parseText(
      "Budget Assistant\nLocation: Mons, Belgium\n\nQualifications\nEducation. A university degree in finance.\nExperience. Three years in budgeting.\n",
    );
    expect(v.essential).toEqual(["A university degree in finance", "Three years in budgeting"]);
  });
});

describe("numbered lists of short entries (found by numbering the '-' lists of every fixture)", () => {
  it("'1. University degree in finance' / '2. ...': entries, not numbered headings", () => {
    const v = parseText(
      [
        "Finance Assistant",
        "Location: Mons, Belgium",
        "",
        "Essential",
        "1. University degree in finance",
        "2. Five years of experience",
        "3. Excellent English",
        "",
        "Desirable",
        "1. Knowledge of French",
      ].join("\n"),
    );
    expect(v.essential).toEqual([
      "University degree in finance",
      "Five years of experience",
      "Excellent English",
    ]);
    expect(v.desirable).toEqual(["Knowledge of French"]);
  });

  it("'1.' under each of several headings: lists of one", () => {
    const v = parseText(
      "Site Engineer\nLocation: Mons, Belgium\n\nEducation\n1. A degree in civil engineering\n\nExperience\n1. Five years on building sites\n",
    );
    expect(v.essential).toEqual(["A degree in civil engineering", "Five years on building sites"]);
  });

  it("numbered headings with text under them stay headings", () => {
    const v = parseText(
      [
        "Site Engineer",
        "Location: Mons, Belgium",
        "1. Summary",
        "The Site Engineer supervises construction works on the headquarters campus and reports to the Head of Infrastructure.",
        "2. Essential requirements",
        "- A degree in civil engineering",
      ].join("\n"),
    );
    expect(v.essential).toEqual(["A degree in civil engineering"]);
    expect(v.summary).toMatch(/^The Site Engineer supervises/);
  });
});

describe("variations of every fixture (a dash for a label's colon, ISO and US dates, headings in capitals)", () => {
  it("'Closing date – 19 April 2027', 'Location – ...', 'Grade – P3': fields, and no title", () => {
    const v = parseText(
      [
        "Agency: UNDP",
        "Grade – P3",
        "Location – NATO HQ, Boulevard Léopold III, 1110 Brussels, Belgium",
        "Closing date – 19 April 2027",
        "",
        "Job Description",
        "Procurement Specialist",
        REQUIREMENTS,
      ].join("\n"),
    );
    expect(v.title).toBe("Procurement Specialist");
    expect(v.grade).toBe("P3");
    expect(v.location).toBe("Brussels, Belgium");
    expect(v.deadline).toBe("2027-04-19");
  });

  it("'Closing date: 2027-01-29' over 'This vacancy is open only to staff': no 29 posts", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Mons, Belgium\nClosing date: 2027-01-29\n\nThis vacancy is open only to staff members of the Agency.\n${REQUIREMENTS}`,
    );
    expect(v.posts).toBe(1);
  });

  it("internal and external deadlines written 'April 10, 2027' and 'April 24, 2027'", () => {
    const v = parseText(
      `Budget Assistant\nLocation: Norfolk, Virginia, United States\nClosing date: internal candidates April 10, 2027; external candidates April 24, 2027\n${REQUIREMENTS}`,
    );
    expect(v.deadline).toBe("2027-04-24");
  });

  it("'QUALIFICATIONS THAT WOULD BE AN ADVANTAGE' is the desirable list", () => {
    const v = parseText(
      "Budget Assistant\nLocation: Mons, Belgium\n\nESSENTIAL QUALIFICATIONS\n- A degree\n\nQUALIFICATIONS THAT WOULD BE AN ADVANTAGE\n- Knowledge of French\n",
    );
    expect(v.desirable).toEqual(["Knowledge of French"]);
  });
});

describe("an e-mail that names the post in a sentence", () => {
  it("'vacancy notice for the post of X in the Y Branch, <employer>, <place>'", () => {
    const v = parseText(
      [
        "Subject: New vacancy – Finance",
        "",
        "Dear all,",
        "",
        "Please find attached the vacancy notice for the post of Budget Assistant (B-4) in the Budget Branch, NATO Support and Procurement Agency, Capellen, Luxembourg.",
        REQUIREMENTS,
      ].join("\n"),
    );
    expect(v).toMatchObject({
      title: "Budget Assistant",
      grade: "B-4",
      organisation: "NATO Support and Procurement Agency",
      location: "Capellen, Luxembourg",
    });
  });
});
