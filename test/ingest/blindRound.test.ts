// A blind round (test/fixtures/notices/blind/): notices written in layouts the other fixtures do
// not use, their expected values written down from the text before the parser was run on them.
// Each block names the layout; the parser reads them by mechanism, not by these files.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import { parseSeed } from "./seedNotices.ts";

const BLIND = "test/fixtures/notices/blind";
const DUTIES =
  "The incumbent manages the logistics support of the headquarters and plans the procurement of equipment.";

function readBlind(prefix: string): string {
  const name = readdirSync(BLIND).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no notice ${prefix}* in ${BLIND}`);
  return readFileSync(`${BLIND}/${name}`, "utf8");
}

describe("a Teams message: 'We're hiring a cyber analyst in Mons, apply by 3 March to ...'", () => {
  const text = "We're hiring a cyber analyst in Mons, apply by 3 March to cyber.jobs@ncia.nato.int";

  it("is a post: title and place from the sentence, the deadline the next 3 March from today", () => {
    const r = parseNotice(text, { source: "teams", now: new Date("2026-11-23T12:00:00Z") });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy).toMatchObject({
      title: "Cyber Analyst",
      location: "Mons",
      deadline: "2027-03-03",
      posts: 1,
    });
    expect(r.warnings).toContainEqual(expect.stringMatching(/"3 March" gives no year/));
  });

  it("without a clock the deadline stays unknown rather than guessed", () => {
    const r = parseNotice(text, { source: "teams" });
    expect(r.ok && r.vacancy.deadline).toBeNull();
  });
});

describe("a careers page that answers questions: 'What is the job?', 'Where is it based?', 'When do applications close?'", () => {
  const v = parseSeed("faq-style-", BLIND).vacancy;

  it("reads the title before the page's tagline, the answers as fields, the employer from its acronym", () => {
    expect(v).toMatchObject({
      title: "Ocean Data Scientist",
      organisation: "NATO Centre for Maritime Research and Experimentation",
      location: "La Spezia, Italy",
      timeZone: "Europe/Rome",
      deadline: "2026-04-23",
    });
  });

  it("reads 'What do I need?' and 'What would help?' as the requirement lists", () => {
    expect(v.essential).toEqual([
      "A PhD or a master's degree in data science, physics or oceanography",
      "Experience with Python and deep learning frameworks",
      "English: SLP 3333",
    ]);
    expect(v.desirable).toEqual(["Sea-going experience"]);
  });
});

describe("two deadlines: internal candidates close earlier than external ones", () => {
  it("a 'Deadlines:' block: the post is open until the external deadline, and a warning names the internal one", () => {
    const r = parseNotice(readBlind("two-deadlines-"), { source: "test" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy).toMatchObject({
      title: "Procurement Assistant",
      location: "Capellen, Luxembourg",
      grade: "B4",
      reference: "260318",
      deadline: "2026-04-24",
    });
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/internal candidates close earlier \(2026-04-10\)/),
    );
  });

  it("one sentence naming both", () => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\n\nInternal candidates must apply by 10 April 2026 and external candidates by 24 April 2026.\n\n${DUTIES}`,
      { source: "test" },
    );
    expect(r.ok && r.vacancy.deadline).toBe("2026-04-24");
  });
});

describe("a deadline counted from publication", () => {
  it("'Applications close two weeks after the publication date' with a publication date", () => {
    const v = parseSeed("relative-publication-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "Service Delivery Manager",
      location: "The Hague, Netherlands",
      publishedDate: "2026-03-02",
      deadline: "2026-03-16",
    });
  });

  it("'Deadline: 30 days after publication' with no publication date: no deadline, and a warning saying why", () => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\nDeadline: 30 days after publication\n\n${DUTIES}`,
      {
        source: "test",
      },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy.deadline).toBeNull();
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/counts from publication .* gives no publication date/),
    );
  });

  it("'Deadline: 30 days after publication' with one", () => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\nPublished: 15 January 2026\nDeadline: 30 days after publication\n\n${DUTIES}`,
      { source: "test" },
    );
    expect(r.ok && r.vacancy.deadline).toBe("2026-02-14");
  });
});

describe("a PDF extraction: running header and page number repeated mid-list, words hyphenated at line ends", () => {
  const v = parseSeed("pdf-hyphen-headers-", BLIND).vacancy;

  it("reads the labelled block", () => {
    expect(v).toMatchObject({
      title: "Financial Management Officer",
      location: "Norfolk, Virginia, United States",
      grade: "A-3",
      reference: "TCN 0456",
      deadline: "2026-04-02",
    });
  });

  it("a list broken by a page's running header stays one list; hyphenated words are whole", () => {
    expect(v.essential).toEqual([
      "A university degree in finance, accounting or business administration",
      "At least 5 years of experience in public sector budgeting",
      "Experience with ERP financial systems",
      "English: SLP 3333",
    ]);
    expect(v.desirable).toHaveLength(2);
    expect(v.summary).toMatch(/Capability Development Directorate .* planned programmes and projects/);
    expect(JSON.stringify(v)).not.toMatch(/UNCLASSIFIED/);
  });

  it("a line repeated without a marking or page number beside it stays (two profiles' 'Essential' headings)", () => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\nDeadline: 1 May 2026\n\n${DUTIES}\n\nProfile A\nEssential\n- Degree in logistics\n\nProfile B\nEssential\n- Degree in engineering`,
      { source: "test" },
    );
    expect(r.ok && r.vacancy.essential).toEqual(["Degree in logistics", "Degree in engineering"]);
  });
});

describe("a careers page: cookie banner, menu, breadcrumb ending in the title, share bar, related vacancies", () => {
  const v = parseSeed("careers-cookie-", BLIND).vacancy;

  it("the breadcrumb is navigation, not the title; the chrome stays out", () => {
    expect(v).toMatchObject({
      title: "Ground Segment Engineer",
      organisation: "EUMETSAT",
      location: "Darmstadt, Germany",
      deadline: "2026-04-19",
      grade: "A2/A4",
      reference: "VN 26/12",
    });
    expect(v.essential).toHaveLength(3);
    expect(v.desirable).toEqual([
      "Experience with satellite monitoring and control systems",
      "Knowledge of German",
    ]);
    expect(JSON.stringify({ ...v, source: "" })).not.toMatch(
      /cookie|Careers >|Share this|Related vacancies|©/i,
    );
  });
});

describe("a person specification: 'Criteria / Essential / Desirable' table with a mark in one column per row", () => {
  it("copied with tabs between cells: the rows are the two lists", () => {
    const v = parseSeed("essential-desirable-table-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "Geospatial Data Manager",
      location: "Torrejón de Ardoz, Madrid, Spain",
      timeZone: "Europe/Madrid",
      deadline: "2026-04-30",
      grade: "AD7",
      reference: "SATCEN/26/07",
    });
    expect(v.essential).toEqual([
      "University degree in geography, geomatics or computer science",
      "At least 6 years of professional experience in geospatial data management",
      "Experience with PostGIS and OGC web services",
    ]);
    expect(v.desirable).toEqual(["Experience with cloud object storage", "Knowledge of Spanish"]);
  });

  it("drawn in Markdown with ticks", () => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\nDeadline: 1 May 2026\n\n${DUTIES}\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n| Degree in logistics | ✓ | |\n| SAP experience | | ✓ |`,
      { source: "test" },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy.essential).toEqual(["Degree in logistics"]);
    expect(r.vacancy.desirable).toEqual(["SAP experience"]);
  });
});

describe("a bilingual English/French notice: 'Post title / Intitulé du poste: Staff Assistant / Assistant d'état-major'", () => {
  const v = parseSeed("bilingual-en-fr-", BLIND).vacancy;

  it("a bilingual label's value in as many languages is read in the label's first language", () => {
    expect(v).toMatchObject({
      title: "Staff Assistant",
      organisation: "Supreme Headquarters Allied Powers Europe (SHAPE)",
      location: "Mons, Belgium",
      deadline: "2026-03-12",
      grade: "B3",
    });
  });

  it("a short summary section is still the summary", () => {
    expect(v.summary).toBe(
      "The Staff Assistant provides administrative support to the Deputy Chief of Staff.",
    );
  });

  it("a value with a slash of its own stays whole ('A2/A3' under a one-language label)", () => {
    const r = parseNotice(`Logistics Officer\nGrade: A2 / A3\nDeadline: 1 May 2026\n\n${DUTIES}`, {
      source: "test",
    });
    expect(r.ok && r.vacancy.grade).toBe("A2 / A3");
  });
});

describe("a grade band and a job ref under labels of their own; no salary stated", () => {
  it("'Grade band: A2–A3', 'Job ref: VAC-2026-041'", () => {
    const v = parseSeed("grade-band-only-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "Software Engineer – Data Services",
      organisation: "ECMWF",
      location: "Bologna, Italy",
      grade: "A2–A3",
      reference: "VAC-2026-041",
      salary: null,
      deadline: "2026-05-06",
    });
  });
});

describe("an all-capitals military message: 'FM:', 'SUBJ: VACANCY ANNOUNCEMENT - ...', numbered paragraphs", () => {
  const v = parseSeed("allcaps-military-", BLIND).vacancy;

  it("the subject line names the post; 'FM:' the originator", () => {
    expect(v).toMatchObject({
      title: "Communications Technician",
      organisation: "JFC NAPLES HQ",
      deadline: "2026-04-20",
    });
  });

  it("reads the lettered lists under the numbered headings", () => {
    expect(v.essential).toHaveLength(3);
    expect(v.desirable).toHaveLength(1);
  });
});

describe("a German notice: bare title line above the employer, 'Ihre Aufgaben', 'Ihr Profil', 'Wir bieten'", () => {
  const v = parseSeed("german-bare-title-", BLIND).vacancy;

  it("reads the title (its gender note dropped), the employer, the pay grade under 'Wir bieten'", () => {
    expect(v).toMatchObject({
      title: "Sachbearbeiter Haushalt und Finanzen",
      organisation: "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr",
      deadline: "2026-04-17",
      grade: "E 11",
    });
    expect(v.essential).toHaveLength(3);
    // what the employer offers is no requirement
    expect(v.essential.join(" ")).not.toMatch(/Entgeltgruppe|Unbefristete/);
  });
});

// A second round, written after the first was scored: layouts of the big public employers.
describe("a European Commission notice: 'Vacancy notice for the post of ... in Unit ...', 'We look for'", () => {
  const v = parseSeed("eu-commission-", BLIND).vacancy;

  it("the post without the notice's words or its unit; the place from a sentence; 'sent before' is a deadline", () => {
    expect(v).toMatchObject({
      title: "Policy Officer",
      organisation: "European Commission",
      grade: "AD 7",
      location: "Brussels",
      deadline: "2026-04-15",
    });
  });

  it("'We look for' is the requirement list; the eligibility condition comes first", () => {
    expect(v.essential).toEqual([
      "Candidates must be officials of the European institutions in grade AD 7 or laureates of an EPSO competition",
      "A university degree in economics, law or political science",
      "Knowledge of the European defence market",
      "Good drafting skills in English",
    ]);
  });
});

describe("a UN careers page: 'Assessment' and 'Special Notice' after the language requirements", () => {
  const v = parseSeed("un-careers-", BLIND).vacancy;

  it("the UN template's closing headings end the requirements", () => {
    expect(v).toMatchObject({
      title: "Programme Management Officer",
      location: "Nairobi",
      deadline: "2026-03-31",
      grade: "P3",
    });
    expect(v.essential.join(" | ")).not.toMatch(
      /Assessment|Special Notice|budget approval|assessment exercise/,
    );
    expect(v.essential).toContain("For this position, fluency in English is required");
  });
});

describe("a job-board page: pay and job type in 'Job details', 'Nice to have', a numeric deadline", () => {
  it("reads the facts", () => {
    const v = parseSeed("job-board-pay-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "IT Support Technician",
      organisation: "NATO Communications and Information Agency",
      location: "Brussels",
      salary: "€3,900 - €4,400 a month",
      jobType: "Full-time",
      deadline: "2026-05-12",
    });
    expect(v.essential).toHaveLength(3);
    expect(v.desirable).toEqual(["French language skills"]);
  });
});

describe("one requirements list, each entry opening with 'Essential:' or 'Desirable:'", () => {
  it("the marker sorts the entry and is dropped", () => {
    const v = parseSeed("prefixed-essential-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "Legal Adviser",
      organisation: "NATO Defense College",
      location: "Rome, Italy",
    });
    expect(v.essential).toEqual([
      "A law degree from a recognised university",
      "5 years of post-qualification legal experience",
    ]);
    expect(v.desirable).toEqual(["Experience in international organisations", "Italian language skills"]);
  });
});

describe("a French NATO notice: 'Lieu :', 'Conditions d'admission', 'Qualifications requises', 'Atouts'", () => {
  const v = parseSeed("otan-french-", BLIND).vacancy;

  it("reads the French labels and the employer's line", () => {
    expect(v).toMatchObject({
      title: "Traducteur/Traductrice (français)",
      organisation: "OTAN – Secrétariat international",
      location: "Bruxelles, Belgique",
      grade: "A2",
      deadline: "2026-04-07",
    });
  });

  it("the admission conditions (nationality) are essential requirements, first", () => {
    expect(v.essential[0]).toBe("Être ressortissant(e) d'un pays membre de l'OTAN");
    expect(v.essential).toHaveLength(4);
    expect(v.desirable).toEqual(["Connaissance d'une troisième langue de l'OTAN"]);
  });
});

describe("a LinkedIn job page with emoji bullets ('✅ What you bring', '⭐ Bonus', '📅 Apply by ...')", () => {
  it("reads the lists and the deadline", () => {
    const v = parseSeed("linkedin-emoji-", BLIND).vacancy;
    expect(v).toMatchObject({
      title: "Cyber Threat Intelligence Analyst",
      organisation: "NATO Communications and Information Agency",
      location: "Mons, Wallonia, Belgium",
      deadline: "2026-05-14",
    });
    expect(v.essential).toHaveLength(4);
    expect(v.desirable).toEqual(["French language skills"]);
  });
});

describe("a number of posts stated the way a message states it", () => {
  const posts = (head: string, line = "") =>
    parseNotice(
      `${head}\nMons, Belgium\n${line}\nDeadline: 1 May 2026\n\n${DUTIES}\n\nEssential:\n- Degree\n`,
      {
        source: "test",
      },
    );

  it("'(x3)' after the title", () => {
    const r = posts("Logistics Officer (x3)");
    expect(r.ok && r.vacancy).toMatchObject({ title: "Logistics Officer", posts: 3 });
  });

  it("'We are recruiting two Logistics Officers.'; 'looking for 5 years of experience' counts no posts", () => {
    expect(posts("Logistics Officer", "We are recruiting two Logistics Officers.").ok).toBe(true);
    const two = posts("Logistics Officer", "We are recruiting two Logistics Officers.");
    expect(two.ok && two.vacancy.posts).toBe(2);
    const years = posts("Logistics Officer", "We are looking for 5 years of experience in logistics.");
    expect(years.ok && years.vacancy.posts).toBe(1);
  });
});

describe("one-line chat messages announcing a post", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const read = (text: string) => {
    const r = parseNotice(text, { source: "chat", now });
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy;
  };

  it("'Hiring: Data Engineer (Mons) - apply by 12 April - DM me'", () => {
    expect(read("Hiring: Data Engineer (Mons) - apply by 12 April - DM me")).toMatchObject({
      title: "Data Engineer",
      location: "Mons",
      deadline: "2026-04-12",
    });
  });

  it("'Job alert! NCIA is looking for a DevOps engineer in The Hague. Closing 12 April.'", () => {
    expect(
      read("Job alert! NCIA is looking for a DevOps engineer in The Hague. Closing 12 April."),
    ).toMatchObject({
      title: "DevOps Engineer",
      organisation: "NCIA",
      location: "The Hague",
      deadline: "2026-04-12",
    });
  });

  it("'SHAPE needs a Finance Assistant (B4) in Mons, deadline 30 April 2026'", () => {
    expect(
      read(
        "Anyone interested? SHAPE needs a Finance Assistant (B4) in Mons, deadline 30 April 2026. Send CVs to hr@shape.nato.int",
      ),
    ).toMatchObject({
      title: "Finance Assistant",
      organisation: "SHAPE",
      location: "Mons",
      grade: "B4",
      deadline: "2026-04-30",
    });
  });

  it("'New opening: Senior Network Engineer @ NCIA Mons, closes 15/05/2026'", () => {
    expect(read("New opening: Senior Network Engineer @ NCIA Mons, closes 15/05/2026")).toMatchObject({
      title: "Senior Network Engineer",
      organisation: "NCIA",
      location: "Mons",
      deadline: "2026-05-15",
    });
  });

  it("a title with a dash and no word about applying keeps its dash part ('Software Engineer – Data Services')", () => {
    expect(
      read(
        "Software Engineer – Data Services\nDeadline: 6 May 2026\n\nYou will develop the software that delivers forecast data.",
      ).title,
    ).toBe("Software Engineer – Data Services");
  });
});

describe("title lines with their facts around them", () => {
  const title = (head: string) => {
    const r = parseNotice(`${head}\nDeadline: 1 May 2026\n\n${DUTIES}\n\nEssential:\n- Degree\n`, {
      source: "test",
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.vacancy;
  };

  it("in capitals, a bracketed word is part of the title unless it is a known employer's acronym", () => {
    expect(title("12 March 2026\nNCIA – SENIOR ENGINEER (CLOUD)\nThe Hague, Netherlands")).toMatchObject({
      title: "Senior Engineer (Cloud)",
      organisation: "NCIA",
    });
    expect(title("VACANCY NOTICE: LOGISTICS OFFICER (NSPA)")).toMatchObject({
      title: "Logistics Officer",
      organisation: "NSPA",
    });
  });

  it("'Engineer | The Hague | A3': the grade part is a grade, not the employer", () => {
    expect(title("JOB OPENING\nSenior Cloud Engineer | The Hague | A3")).toMatchObject({
      title: "Senior Cloud Engineer",
      location: "The Hague",
      grade: "A3",
      organisation: null,
    });
  });

  it("'Engineer, NCIA, The Hague (A3)': the grade after the place, and the place", () => {
    expect(title("Senior Cloud Engineer, NCIA, The Hague (A3)")).toMatchObject({
      location: "The Hague",
      grade: "A3",
    });
  });

  it("'Vacancy 26/114 – Senior Cloud Engineer': the number is the reference", () => {
    expect(title("Vacancy 26/114 – Senior Cloud Engineer")).toMatchObject({
      title: "Senior Cloud Engineer",
      reference: "26/114",
    });
  });
});

describe("requirement lists in a chattier register", () => {
  const HEAD =
    "Data Engineer\nMons, Belgium\nDeadline: 1 May 2026\n\nThe Data Engineer builds the data pipelines of the Agency and maintains its data platform for analysts.\n\n";
  const lists = (body: string) => {
    const r = parseNotice(HEAD + body, { source: "test" });
    if (!r.ok) throw new Error(r.error.message);
    return { essential: r.vacancy.essential, desirable: r.vacancy.desirable };
  };

  it("'You will need:' and 'It would be great if you also had:' open the two lists", () => {
    expect(
      lists(
        "You will need:\n1) A degree in computer science\n2) 3 years of experience with Python\n\nIt would be great if you also had:\n1) Experience with Spark",
      ),
    ).toEqual({
      essential: ["A degree in computer science", "3 years of experience with Python"],
      desirable: ["Experience with Spark"],
    });
  });

  it("'Must-haves' / 'Nice-to-haves' headings", () => {
    expect(
      lists("Must-haves\nPython, SQL and Docker experience.\nEnglish SLP 3333.\n\nNice-to-haves\nSpark."),
    ).toEqual({
      essential: ["Python, SQL and Docker experience", "English SLP 3333"],
      desirable: ["Spark"],
    });
  });

  it("'Skills: Python • SQL • Docker': a run-in list with bullets between its entries", () => {
    expect(lists("Skills: Python • SQL • Docker").essential).toEqual(["Python", "SQL", "Docker"]);
  });
});

describe("deadlines stated in more ways", () => {
  const deadline = (line: string) => {
    const r = parseNotice(
      `Logistics Officer\nMons, Belgium\n\n${DUTIES}\n\n${line}\n\nEssential:\n- Degree\n`,
      {
        source: "test",
      },
    );
    if (!r.ok) throw new Error(r.error.message);
    return [r.vacancy.deadline, r.vacancy.publishedDate];
  };

  it.each([
    ["Applications will be accepted until 15 April 2026 (midnight CET).", "2026-04-15", null],
    ["Application window: 1–15 April 2026", "2026-04-15", "2026-04-01"],
    ["Candidatures jusqu'au 15 avril 2026.", "2026-04-15", null],
    ["Las solicitudes se aceptan hasta el 15 de abril de 2026.", "2026-04-15", null],
    ["Review of applications begins 15 April 2026; open until filled.", null, null],
  ])("%s", (line, expected, published) => {
    expect(deadline(line)).toEqual([expected, published]);
  });
});
