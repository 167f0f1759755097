// More notices in layouts the seeds do not use (test/fixtures/notices/), written from how NATO
// bodies, EU agencies and UN-style organisations publish: "LABEL: value" blocks, bare labels above
// their values, numbered / lettered / roman / run-in requirement lists, renamed or missing
// sections, deadlines as "14 Mar. 2026", "2026-03-14", "14/03/2026", "March 14th, 2026 at 23:59
// CET", salary in several forms, and page chrome around the notice. The expected values were
// decided from the notice text before the parser was changed to read them.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import { parseSeed, plain } from "./seedNotices.ts";

const FIXTURES = "test/fixtures/notices";
const CHROME = /cookie|Share this page|Apply now|Related jobs|Back to|Menu\b|Sign in|Careers Home|©/i;

describe("NSPA: 'POST TITLE:' block, '14 Mar. 2026', numbered lists under 'Minimum Requirements'", () => {
  const seed = parseSeed("nspa-", FIXTURES);
  const v = seed.vacancy;

  it("reads the labelled block", () => {
    expect(v).toMatchObject({
      title: "Logistics Engineering Officer",
      location: "Capellen, Luxembourg",
      deadline: "2026-03-14",
      grade: "A-2",
      reference: "NSPA/LOG/2026/014",
      unit: "Logistics Operations Division",
      posts: 1,
      salary: "Basic monthly salary (12 x per year) EUR 6,789.24, tax free",
    });
    expect(v.organisation).toMatch(/NATO Support and Procurement Agency/);
    expect(v.contract).toMatchObject({ type: "Definite duration", duration: "3 years" });
  });

  it("reads '1. ...' entries without their numbers; the numbered duties stay out", () => {
    expect(v.essential).toEqual([
      "A university degree in mechanical, aeronautical or industrial engineering",
      "At least 5 years of experience in logistics engineering or integrated logistics support",
      "Experience with configuration management of complex weapon systems",
      "Proficiency in the use of MS Office applications and SAP",
      "English: NATO SLP 3333",
    ]);
    expect(v.desirable).toEqual([
      "Knowledge of NATO logistics policies and procedures",
      "Experience in an international, multicultural environment",
      "Knowledge of French",
    ]);
  });

  it("drops the cookie banner, breadcrumb and share bar", () => {
    expect(JSON.stringify(v)).not.toMatch(CHROME);
    expect(v.summary).toMatch(/^The NATO Support and Procurement Agency \(NSPA\) brings together/);
    expect(plain(seed.text)).toContain(v.summary.slice(0, 80));
  });
});

describe("NCIA on a talent platform: title with its vacancy number, ISO deadline, lettered lists", () => {
  const v = parseSeed("ncia-principal-", FIXTURES).vacancy;

  it("takes the number out of the title and reads the fields", () => {
    expect(v).toMatchObject({
      title: "Principal Software Engineer",
      reference: "260612",
      location: "Mons, Belgium",
      deadline: "2026-03-14",
      grade: "A4",
      posts: 2,
      salary: "EUR 9,417.66 per month, tax free",
      reportsTo: "Chief, Software Factory",
    });
    expect(v.organisation).toMatch(/^NATO Communications and Information Agency/);
  });

  it("reads 'a.' lists under 'Qualifications and Experience'; the related-jobs tail stays out", () => {
    expect(v.essential).toEqual([
      "A university degree in computer science, software engineering or a related discipline",
      "At least 10 years of experience in software development, of which 5 years in a lead or architect role",
      "Demonstrable experience with container platforms (Kubernetes, OpenShift) and continuous delivery pipelines",
      "Experience with secure software development practices",
      "English: SLP 3333",
    ]);
    expect(v.desirable).toEqual([
      "Experience of working in NATO or a national defence organisation",
      "Certification in a public cloud platform (e.g. AWS, Azure)",
      "Knowledge of French",
    ]);
    expect(JSON.stringify(v)).not.toMatch(CHROME);
  });
});

describe("SHAPE: title first, fields on one '|' line, '14/03/2026', run-in requirement paragraphs", () => {
  const v = parseSeed("shape-", FIXTURES).vacancy;

  it("reads the title, posts and the fields of the '|' line", () => {
    expect(v).toMatchObject({
      title: "Plans Officer, Resilience",
      posts: 2,
      location: "Mons, Belgium",
      deadline: "2026-03-14",
      reference: "260143",
      reportsTo: "Branch Head, Resilience",
    });
    expect(v.grade).toMatch(/A-3$/);
    expect(v.organisation).toMatch(/Supreme Headquarters Allied Powers Europe/);
    expect(v.salary).toBe("EUR 8,041.70, tax free");
  });

  it("splits 'Essential Qualifications: a; b; c' into entries", () => {
    expect(v.essential).toEqual([
      "a university degree in political science, international relations, security studies or a related discipline",
      "at least 6 years of experience in defence or civil emergency planning",
      "experience of drafting plans and policy documents at national or international level",
      "excellent drafting skills in English",
      "proficiency in English (SLP 3333)",
    ]);
    expect(v.desirable).toEqual([
      "experience in a NATO or multinational headquarters",
      "knowledge of the NATO Crisis Response System",
      "knowledge of French (SLP 2222)",
    ]);
  });
});

describe("JFC Naples: all-capitals employer line, 'March 14th, 2026 at 23:59 CET', '(a)' lists", () => {
  const v = parseSeed("jfc-naples-", FIXTURES).vacancy;

  it("reads the header", () => {
    expect(v).toMatchObject({
      title: "Finance Assistant (Budget Execution)",
      organisation: "Allied Joint Force Command Naples",
      location: "Lago Patria, Naples, Italy",
      deadline: "2026-03-14",
      timeZone: "Europe/Rome",
      reference: "JFCNP FCXX 0120",
      posts: 1,
      salary: "EUR 4,312.55, tax free",
    });
    expect(v.grade).toMatch(/B-4$/);
    expect(v.contract).toMatchObject({ type: "Definite duration", duration: "3 years" });
  });

  it("reads the lists; the '(a)' duties stay out", () => {
    expect(v.essential).toHaveLength(4);
    expect(v.essential[0]).toBe(
      "Higher secondary education and 3 years of experience in budget or accounting work",
    );
    expect(v.essential[3]).toBe("English: NATO SLP 3322");
    expect(v.desirable).toEqual(["Experience in a NATO or military finance office", "Knowledge of Italian"]);
  });
});

describe("NATO Defense College: address line, 'POST TITLE:' in capitals, numbered headings", () => {
  const v = parseSeed("ndc-faculty-", FIXTURES).vacancy;

  it("reads the title in title case, the college and the city of its address", () => {
    expect(v).toMatchObject({
      title: "Faculty Adviser (Academic Research)",
      organisation: "NATO Defense College",
      location: "Rome, Italy",
      deadline: "2026-04-02",
      grade: "A-3",
      unit: "Academic Policy Division",
      reportsTo: "Dean",
      posts: 1,
    });
    expect(v.salary).toMatch(/^EUR 8,245\.13 per month, tax free/);
    expect(v.contract).toMatchObject({ type: "Definite duration", duration: "3 years" });
  });

  it("reads the '(a)' lists under numbered headings", () => {
    expect(v.essential).toHaveLength(4);
    expect(v.essential[3]).toBe("Proficiency in English (NATO SLP 4444 or equivalent)");
    expect(v.desirable).toEqual([
      "Experience of working in a multinational environment",
      "Knowledge of French",
    ]);
  });
});

describe("HQ SACT: employer line above the title, deadline in Brussels time, salary per annum", () => {
  const v = parseSeed("act-", FIXTURES).vacancy;

  it("takes the job line as the title, not the headquarters line", () => {
    expect(v.title).toBe("Data Scientist");
    expect(v.organisation).toBe("Headquarters Supreme Allied Commander Transformation");
    expect(v.reference).toBe("ACT ICE 2026/17");
    expect(v.posts).toBe(2);
  });

  it("reads the deadline in the zone it names, not the zone of Norfolk", () => {
    expect(v.location).toBe("Norfolk, Virginia, United States");
    expect(v.deadline).toBe("2026-04-30");
    expect(v.timeZone).toBe("Europe/Brussels");
    expect(v.salary).toBe("USD 104,316 per annum, tax free");
  });

  it("reads 'a.' lists", () => {
    expect(v.essential).toHaveLength(5);
    expect(v.essential[2]).toBe("Proficiency in Python and SQL");
    expect(v.desirable).toEqual([
      "Experience with NATO or national defence data sets",
      "A recognised cloud certification",
      "Knowledge of French",
    ]);
  });
});

describe("EDA: '14 Mar. 2026 at 12:00 (midday) Brussels time', roman lists, pay in the conditions", () => {
  const v = parseSeed("eda-", FIXTURES).vacancy;

  it("reads grade and salary from the conditions of employment", () => {
    expect(v).toMatchObject({
      title: "Project Officer Cyber Defence",
      organisation: "European Defence Agency",
      location: "Brussels, Belgium",
      deadline: "2026-03-14",
      reference: "EDA/TA/AD10/2026/07",
      grade: "AD10",
      salary: "EUR 10,612.12, subject to EU tax",
    });
    expect(v.contract).toMatchObject({ type: "Temporary Agent", duration: "4 years" });
  });

  it("reads '(i)' lists; the duties' run-in list stays out", () => {
    expect(v.essential).toEqual(
      expect.arrayContaining([
        "at least 12 years of professional experience after the award of the diploma",
        "very good knowledge of English (C1)",
      ]),
    );
    // "Eligibility criteria" under "SELECTION CRITERIA": the nationality condition comes first
    expect(v.essential[0]).toMatch(/^Candidates must be nationals of an EU Member State participating/);
    expect(v.essential.join(" ")).not.toMatch(/project arrangements|chairing project team/);
    expect(v.desirable).toEqual([
      "experience in a national ministry of defence or armed forces",
      "knowledge of EU procurement rules",
    ]);
  });
});

describe("OSCE: 'Position Title:' field, '14-Mar-2026', 'Necessary Qualifications', remuneration section", () => {
  const v = parseSeed("osce-", FIXTURES).vacancy;

  it("reads the fields and the remuneration", () => {
    expect(v).toMatchObject({
      title: "Political Officer",
      location: "Vienna, Austria",
      deadline: "2026-03-14",
      grade: "P3",
      reference: "SEC000512",
      salary: "EUR 7,100 (net of tax)",
    });
  });

  it("'Necessary Qualifications' is the essential list", () => {
    expect(v.essential).toHaveLength(4);
    expect(v.essential[0]).toBe(
      "Advanced university degree in political science, international relations or a related field",
    );
    expect(v.desirable).toEqual(["Knowledge of Russian", "Field experience in an OSCE participating State"]);
  });
});

describe("NATO IS on a careers page: menus and cookie bar, 'Apply before:', renamed sections", () => {
  const v = parseSeed("nato-is-", FIXTURES).vacancy;

  it("reads the title, posts, organisation and place apart", () => {
    expect(v).toMatchObject({
      title: "Assistant, Budget and Finance",
      posts: 2,
      organisation: "NATO Headquarters",
      location: "Brussels, Belgium",
      deadline: "2026-04-07",
      grade: "B-4",
      reference: "260231",
      salary: null,
      reportsTo: "Budget Officer",
    });
  });

  it("reads 'Minimum qualifications' / 'would be an asset' lists; no chrome", () => {
    expect(v.essential).toHaveLength(4);
    expect(v.essential[3]).toMatch(/IV \("Upper Intermediate"\) in one; I \("Beginner"\) in the other$/);
    expect(v.desirable).toEqual([
      "experience in an international organisation",
      "a professional accountancy qualification",
    ]);
    expect(JSON.stringify(v)).not.toMatch(CHROME);
  });
});

describe("UNICEF: 'Application close: 2026-03-14', title with grade and place, lead-in 'you will have:'", () => {
  const v = parseSeed("unicef-", FIXTURES).vacancy;

  it("peels grade and place off the title", () => {
    expect(v).toMatchObject({
      title: "Information Management Officer",
      grade: "P-3",
      location: "Geneva, Switzerland",
      timeZone: "Europe/Zurich",
      deadline: "2026-03-14",
      reference: "587214",
      reportsTo: "Chief, Information Management",
    });
    expect(v.contract).toMatchObject({ type: "Fixed-term", duration: "1 year" });
  });

  it("the list after 'To qualify ... you will have:' is essential", () => {
    expect(v.essential).toEqual([
      "An advanced university degree in information management, statistics, computer science or a related field",
      "A minimum of five years of relevant experience in information management in humanitarian settings",
      "Fluency in English is required",
    ]);
    expect(v.desirable).toEqual([
      "Knowledge of another official UN language (French or Spanish)",
      "Experience with GIS tools",
    ]);
  });
});

describe("notices written after the parser changes (held out while fixing)", () => {
  it("talent platform: bare labels above their values", () => {
    const v = parseSeed("tap-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Senior Legal Adviser",
      location: "Brussels, Belgium",
      deadline: "2026-03-14",
      grade: "A5",
      reference: "R0012345",
      reportsTo: "Legal Adviser",
    });
    expect(v.essential).toHaveLength(3);
    expect(v.desirable).toEqual([
      "experience in an international organisation",
      "knowledge of employment law",
    ]);
    expect(JSON.stringify(v)).not.toMatch(CHROME);
  });

  it("JFC Brunssum: '14.03.2026', 'a)' lists, office code in the title's number", () => {
    const v = parseSeed("jfcbs-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "IT Technician (Service Desk)",
      reference: "JFCBS 2026/08",
      organisation: "Allied Joint Force Command Brunssum",
      deadline: "2026-03-14",
      salary: "EUR 4,105.20, tax free",
    });
    expect(v.contract?.duration).toBe("3 years");
    expect(v.essential).toEqual([
      "Secondary education and 3 years of experience in IT support",
      "Knowledge of Windows client and server operating systems",
      "English: SLP 3332",
    ]);
  });

  it("EUSPA: '4.1 Essential' / '4.2 Advantageous', deadline in Prague time", () => {
    const v = parseSeed("euspa-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Security Accreditation Officer",
      reference: "EUSPA/2026/AD/004",
      grade: "AD8",
      location: "Prague, Czech Republic",
      deadline: "2026-03-14",
      timeZone: "Europe/Prague",
    });
    expect(v.desirable).toEqual(["Experience in the space sector", "CISSP or equivalent certification"]);
  });

  it("NDC: 'Minimum qualifications: a; b' and 'Preferred qualifications: a; b' run-ins, unit line", () => {
    const v = parseSeed("ndc-research-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Research Assistant",
      organisation: "NATO Defense College",
      unit: "Research Division",
      location: "Rome, Italy",
      deadline: "2026-04-15",
      salary: "EUR 4,611.37 per month, tax free",
    });
    expect(v.essential).toHaveLength(4);
    expect(v.desirable).toEqual([
      "a university degree in international relations",
      "knowledge of Italian or French",
    ]);
  });

  it("UN Office at Geneva: prose sections, posting period", () => {
    const v = parseSeed("unog-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Human Resources Officer",
      grade: "P3",
      organisation: "United Nations Office at Geneva",
      deadline: "2026-03-11",
      publishedDate: "2026-02-10",
      reportsTo: "Chief, Staff Administration Section",
    });
    expect(v.desirable).toEqual([
      "Experience in an international organisation is desirable",
      "Knowledge of French is desirable",
    ]);
  });
});

describe("text that is not a vacancy notice is refused with a message saying so", () => {
  const failure = (text: string) => {
    const r = parseNotice(text, { source: "test" });
    if (r.ok) throw new Error(`parsed as "${r.vacancy.title}"`);
    return r.error;
  };

  it.each([
    "Meeting minutes\n\nThe committee met on 3 March 2026 and agreed the budget for the coming year.",
    "# vacancy-bot\n\nA recruiting chat bot. Run `npm test` to check it before you commit anything.",
    '{\n  "compilerOptions": {\n    "strict": true\n  }\n}',
  ])("%#", (text) => {
    const error = failure(text);
    expect(error.code).toBe("not_a_notice");
    expect(error.message).toMatch(/does not look like a vacancy notice/);
    expect(error.message).not.toMatch(/\n/);
  });

  it("a title that names a post is still enough, with nothing else", () => {
    const r = parseNotice("Budget Officer\n\nThe team manages the civil budget of the headquarters.", {
      source: "test",
    });
    expect(r.ok).toBe(true);
  });
});

describe("more ways notices write a deadline, salary, number of posts and title", () => {
  const DUTIES =
    "The Procurement Officer manages tenders for the agency and advises programme managers on procurement rules.";
  const notice = (header: string, title = "Procurement Officer") =>
    `${title}\n${header}\n\n${DUTIES}\n\nEssential\n- A university degree in law or business.\n`;
  const parsed = (text: string) => {
    const r = parseNotice(text, { source: "test" });
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy;
  };

  it.each([
    "Applications by 14 March 2026 (23:59 CET)",
    "Deadline: 14 Mar 26",
    "Closing date: 14 Mar. 2026",
    "Closing Date: Saturday, 14 March 2026",
    "Deadline: Sat 14 Mar 2026 23:59 CET",
    "Application close: 2026-03-14",
  ])("deadline %s", (line) => {
    expect(parsed(notice(line)).deadline).toBe("2026-03-14");
  });

  it.each([
    ["Monthly basic salary: 6.789,24 EUR", "6.789,24 EUR"],
    ["The basic monthly salary is 6 789,24 € net of tax.", "6 789,24 € net of tax"],
    ["Remuneration: from EUR 5,000 to EUR 6,000 per month", "from EUR 5,000 to EUR 6,000 per month"],
  ])("salary %s", (line, salary) => {
    expect(parsed(notice(line)).salary).toBe(salary);
  });

  it.each([
    ["Posts: two", 2],
    ["2 positions available", 2],
    ["Number of vacancies: 3", 3],
  ])("posts %s", (line, posts) => {
    expect(parsed(notice(line)).posts).toBe(posts);
  });

  it.each([
    ["Vacancy: Procurement Officer (Ref. NSPA-2026-01)", { reference: "NSPA-2026-01" }],
    ["Job Opening: Procurement Officer, NSPA/2026/01", { reference: "NSPA/2026/01" }],
    [
      "Procurement Officer | NSPA | Capellen, Luxembourg",
      { organisation: "NSPA", location: "Capellen, Luxembourg" },
    ],
    ["NCIA - Procurement Officer - 250101", { organisation: "NCIA", reference: "250101" }],
    ["Procurement Officer (m/f/d)", {}],
  ])("title %s", (title, fields) => {
    expect(parsed(notice("", title))).toMatchObject({ title: "Procurement Officer", ...fields });
  });

  it("a bare year after the title stays in it", () => {
    expect(parsed(notice("", "Graduate Programme Officer - 2026")).title).toBe(
      "Graduate Programme Officer - 2026",
    );
  });
});

describe("a notice that opens with its summary names the post in prose", () => {
  const QUALIFICATIONS =
    "\n\n2. QUALIFICATIONS AND EXPERIENCE\nEssential:\nThe incumbent must possess:\n\u2022 A university degree;\n\u2022 5 years of experience.\n";
  it.each([
    [
      "The Branch provides support to nations. As Senior Financial Analyst, you will prepare budget reports for the committees.",
      "Senior Financial Analyst",
    ],
    [
      "The Division supports the nations. We are seeking a Legal Officer to advise on contracts and procurement matters.",
      "Legal Officer",
    ],
  ])("%s", (summary, title) => {
    const r = parseNotice(`1. SUMMARY\n${summary}${QUALIFICATIONS}`, { source: "test" });
    expect(r.ok && r.vacancy.title).toBe(title);
  });
});

describe("requirement lists that mark or mix their desirable entries", () => {
  const notice = (list: string) =>
    `Finance Officer\nDeadline: 1 May 2026\n\nThe Finance Officer manages the accounts of the agency and reports to the Head of Finance.\n\n${list}`;
  const lists = (list: string) => {
    const r = parseNotice(notice(list), { source: "test" });
    if (!r.ok) throw new Error(r.error.message);
    return [r.vacancy.essential, r.vacancy.desirable];
  };

  it("'(essential)' / '(desirable)' / '(an asset)' markers in one list", () => {
    expect(
      lists(
        "Requirements\n- University degree in finance (essential);\n- Knowledge of French (desirable);\n- SAP experience (an asset).",
      ),
    ).toEqual([["University degree in finance"], ["Knowledge of French", "SAP experience"]]);
  });

  it("entries that say they are an advantage, under a bare 'Qualifications' heading", () => {
    expect(
      lists("Qualifications\n- University degree in finance;\n- Knowledge of French would be an advantage."),
    ).toEqual([["University degree in finance"], ["Knowledge of French would be an advantage"]]);
  });

  it("'Your profile' with a 'Nice to have' list after it", () => {
    expect(
      lists(
        "Your profile\n- University degree in finance\n- 5 years of experience\nNice to have\n- Knowledge of French",
      ),
    ).toEqual([["University degree in finance", "5 years of experience"], ["Knowledge of French"]]);
  });

  it("a list run into one line under its heading", () => {
    expect(
      lists(
        "Minimum Requirements:\nUniversity degree in finance; 5 years of experience in accounting; fluent English.",
      ),
    ).toEqual([
      ["University degree in finance", "5 years of experience in accounting", "fluent English"],
      [],
    ]);
  });
});

describe("contract, place and reference fields in other words", () => {
  const parsed = (header: string) => {
    const r = parseNotice(
      `Finance Officer\n${header}\n\nThe Finance Officer manages the accounts of the agency.\n\nEssential\n- University degree in finance.\n`,
      { source: "test" },
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy;
  };

  it("a contract field holding only the duration is a valid notice", () => {
    expect(parsed("Duration: 36 months").contract).toMatchObject({ type: null, duration: "36 months" });
  });

  it.each([
    ["Type of contract: Fixed-term, 2 years", "Fixed-term", "2 years"],
    ["Contract type: Definite duration (3 years)", "Definite duration", "3 years"],
  ])("%s", (line, type, duration) => {
    expect(parsed(line).contract).toMatchObject({ type, duration });
  });

  it.each([
    ["Duty Location: Brussels, Belgium", { location: "Brussels, Belgium" }],
    ["Place of Duty: Oeiras, Portugal", { location: "Oeiras, Portugal", timeZone: "Europe/Lisbon" }],
    ["Vacancy Notice Number: 25/012", { reference: "25/012" }],
    ["Locations: The Hague (NL), Mons (BE)", { location: "The Hague (NL), Mons (BE)" }],
  ])("%s", (line, fields) => {
    expect(parsed(line)).toMatchObject(fields);
  });
});

describe("text from a PDF: wrapped at a fixed width, page numbers and security markings", () => {
  const v = parseSeed("pdf-", FIXTURES).vacancy;

  it("joins wrapped lines, also before a capitalised word", () => {
    expect(v.reportsTo).toBe("Head, Network Engineering");
    expect(v.essential[0]).toBe(
      "A university degree in electrical engineering, telecommunications or a related discipline",
    );
    expect(v.summary).toMatch(
      /The Network Engineer designs, implements and maintains wide area network services for NATO Headquarters/,
    );
  });

  it("reads the fields and lists across the page break; the page furniture stays out", () => {
    expect(v).toMatchObject({
      title: "Network Engineer",
      organisation: "NATO Communications and Information Agency",
      location: "Mons, Belgium",
      deadline: "2026-03-20",
      grade: "A2",
      reference: "260455",
    });
    expect(v.essential).toHaveLength(4);
    expect(v.desirable).toEqual(["CCNP or JNCIP certification", "Knowledge of NATO security policies"]);
    expect(JSON.stringify(v)).not.toMatch(/UNCLASSIFIED|Page \d/);
  });
});

describe("bilingual (English/French) labels and deadline sentences", () => {
  const parsed = (header: string, title = "Finance Officer") => {
    const r = parseNotice(
      `${title}\n${header}\n\nThe Finance Officer manages the accounts of the agency.\n\nEssential\n- University degree in finance.\n`,
      { source: "test" },
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy;
  };

  it("'Post Title / Titre du poste:' and 'Closing date / Date de clôture:'", () => {
    const r = parseNotice(
      "Post Title / Titre du poste: Finance Officer\nClosing date / Date de clôture: 14 March 2026\n\nThe Finance Officer manages the accounts.",
      { source: "test" },
    );
    expect(r.ok && [r.vacancy.title, r.vacancy.deadline]).toEqual(["Finance Officer", "2026-03-14"]);
  });

  it.each(["Date de clôture: 14 mars 2026", "Applications close at midnight (CET) on 14 March 2026."])(
    "%s",
    (line) => {
      expect(parsed(line).deadline).toBe("2026-03-14");
    },
  );
});

describe("a requirement with its own sub-list", () => {
  const lists = (list: string) => {
    const r = parseNotice(
      `Finance Officer\nDeadline: 14 March 2026\n\nThe Finance Officer manages the accounts of the agency.\n\n${list}`,
      { source: "test" },
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy.essential;
  };

  it("indented 'o' items under '- ... one of:' stay one requirement", () => {
    expect(
      lists(
        "Essential\n- University degree in one of:\n  o finance;\n  o accounting;\n- 5 years of experience.",
      ),
    ).toEqual(["University degree in one of: finance; accounting", "5 years of experience"]);
  });

  it("'(a)' items under a numbered entry, without indentation", () => {
    expect(lists("Essential\n1) Knowledge of:\n(a) IFRS;\n(b) IPSAS;\n2) Fluent English.")).toEqual([
      "Knowledge of: IFRS; IPSAS",
      "Fluent English",
    ]);
  });
});

describe("title lines that carry grade, posts, place, number or closing date in any order", () => {
  const BODY =
    "\n\nThe incumbent manages tenders for the agency and advises programme managers on procurement rules.\n\nEssential\n- A university degree in law or business.\n";
  it.each([
    ["Senior Engineer, NATO Grade A3", { grade: "A3" }],
    ["Senior Engineer - A3 - The Hague", { grade: "A3", location: "The Hague" }],
    ["Senior Engineer (A3) - 2 posts", { grade: "A3", posts: 2 }],
    ["Senior Engineer – Ref: 26/112", { reference: "26/112" }],
    ["Senior Engineer [NCIA/26/112]", { reference: "NCIA/26/112" }],
    ["Senior Engineer (Closing date 14 March 2026)", { deadline: "2026-03-14" }],
    ["Senior Engineer *", {}],
  ])("%s", (line, fields) => {
    const r = parseNotice(`${line}${BODY}`, { source: "test" });
    expect(r.ok && r.vacancy).toMatchObject({ title: "Senior Engineer", ...fields });
  });

  it("keeps what is part of the title", () => {
    for (const title of [
      "Head of Section, Finance",
      "Senior Engineer (Temporary)",
      "Plans Officer, Resilience",
    ]) {
      const r = parseNotice(`${title}${BODY}`, { source: "test" });
      expect(r.ok && r.vacancy.title).toBe(title);
    }
  });
});

describe("cookie banners go, requirements that mention cookies stay", () => {
  it("keeps 'Experience with session cookies ...' as a requirement", () => {
    const r = parseNotice(
      "Web Developer\nThis website uses cookies. By continuing to browse the site you agree to our use of cookies.\n\nThe Web Developer builds the intranet of the agency.\n\nEssential\n- Experience with session cookies and browser storage policy;\n- Knowledge of web technologies (HTTP, cookies, REST).",
      { source: "test" },
    );
    expect(r.ok && r.vacancy.essential).toEqual([
      "Experience with session cookies and browser storage policy",
      "Knowledge of web technologies (HTTP, cookies, REST)",
    ]);
    expect(r.ok && JSON.stringify(r.vacancy)).not.toMatch(/continuing to browse/);
  });
});

describe("Frontex: lettered section headings, '(a) Essential' under a list marker, Word symbol bullets", () => {
  const v = parseSeed("frontex-", FIXTURES).vacancy;

  it("reads the header, the deadline's own clock and the pay", () => {
    expect(v).toMatchObject({
      title: "Risk Analyst",
      location: "Warsaw, Poland",
      deadline: "2026-03-14",
      timeZone: "Europe/Warsaw",
      reference: "RCT-2026-00012",
      reportsTo: "Head of the Risk Analysis Unit",
    });
    expect(v.grade).toMatch(/^AD ?7$/);
    expect(v.salary).toMatch(/^EUR 6,834\.40/);
    expect(v.contract).toMatchObject({ type: "Temporary Agent", duration: "5 years" });
  });

  it("'(a) Essential' and '(b) Advantageous' head their lists, after the eligibility criteria", () => {
    expect(v.essential).toEqual([
      "Candidates must be nationals of an EU Member State and hold a university degree of at least three years",
      "Proven professional experience of at least 3 years in risk or intelligence analysis",
      "Very good knowledge of English (C1)",
    ]);
    expect(v.desirable).toEqual([
      "Experience in the field of border management",
      "Knowledge of GIS software",
    ]);
  });
});

describe("UN notice with 'Qualifications/special skills' prose and a duty station in capitals", () => {
  const v = parseSeed("unv-", FIXTURES).vacancy;

  it("reads 'NEW YORK' as New York and splits the prose", () => {
    expect(v).toMatchObject({
      title: "Information Systems Officer",
      grade: "P3",
      location: "New York",
      timeZone: "America/New_York",
      deadline: "2026-03-30",
      reportsTo: "Chief of the Centre",
    });
    expect(v.essential).toEqual(
      expect.arrayContaining([
        "An advanced university degree in computer science or a related field is required",
        "Fluency in English is required",
      ]),
    );
    expect(v.desirable).toEqual(["Experience with SAP is desirable", "Knowledge of French is desirable"]);
  });
});

describe("notices that read right without a parser change (guards)", () => {
  it("NCIA: 'Posts: 3', 'Salary (tax free):', '&' in the requirement headings", () => {
    const v = parseSeed("ncia-service-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Service Support Officer",
      posts: 3,
      grade: "A2",
      deadline: "2026-04-03",
      location: "Braine-l'Alleud, Belgium",
      reportsTo: "Head, Service Desk",
    });
    expect(v.salary).toMatch(/EUR 7,203\.13/);
    expect(v.essential).toHaveLength(3);
    expect(v.desirable).toEqual(["ITIL Intermediate certification", "Experience with ServiceNow"]);
  });

  it("a notice pasted in Slack with *bold* labels and headings", () => {
    const v = parseSeed("slack-", FIXTURES).vacancy;
    expect(v).toMatchObject({
      title: "Budget Officer",
      organisation: "NATO International Staff",
      location: "Brussels, Belgium",
      deadline: "2026-04-03",
      reportsTo: "Head, Budget Section",
      desirable: ["Experience in an international organisation"],
    });
    expect(v.essential).toEqual([
      "University degree in finance, economics or public administration",
      "at least 5 years of experience in public budgeting",
      "English V, French I",
    ]);
  });
});
