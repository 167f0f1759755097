// A third blind round (test/fixtures/notices/blind/, 17 notices): other NATO bodies and EU/UN
// templates, numbered paragraphs, a deadline only in the last paragraph, two grades, a web table
// pasted one cell a line, Windows line endings with non-breaking spaces, unusual bullets, a notice
// of 15,000 characters, three identical posts, an internal-only vacancy, a re-advertisement and
// '2359hrs (CET) 15 Jan 27'. The expected values were written from the text before the parser ran.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import { parseSeed } from "./seedNotices.ts";

const BLIND = "test/fixtures/notices/blind";
const parse = (prefix: string) => parseSeed(prefix, BLIND);

describe("third blind round: the facts of each notice", () => {
  const cases: [string, Record<string, unknown>, number, number][] = [
    [
      "numbered-paragraphs-nspa",
      {
        title: "Quality Assurance Engineer",
        grade: "A-2",
        reference: "NSPA-QA-0412",
        deadline: "2027-01-18",
      },
      4,
      3,
    ],
    [
      "deadline-last-paragraph-ncia",
      { title: "Network Operations Engineer", location: "The Hague, Netherlands", deadline: "2027-02-07" },
      4,
      2,
    ],
    [
      "two-grades-shape",
      {
        title: "Staff Officer (Capability Planning)",
        organisation: "Supreme Headquarters Allied Powers Europe",
        grade: "A-2 / A-3",
        salary: "A-2: EUR 7,144.36 net per month; A-3: EUR 8,602.15 net per month",
      },
      3,
      2,
    ],
    [
      "html-table-cells-jfcbs",
      {
        title: "Logistics Assistant (Movements)",
        grade: "B-4",
        location: "Brunssum, Netherlands",
        deadline: "2027-02-19",
      },
      3,
      1,
    ],
    [
      "crlf-nbsp-sto",
      {
        title: "Panel Assistant",
        organisation: "NATO Science and Technology Organization",
        location: "Neuilly-sur-Seine, France",
        reference: "CSO 27/02",
        deadline: "2027-03-15",
      },
      3,
      2,
    ],
    [
      "unusual-glyphs-cmre",
      {
        title: "Autonomous Systems Engineer",
        organisation: "Centre for Maritime Research and Experimentation",
        grade: "A-3",
        reference: "CMRE 27-004",
        deadline: "2027-02-28",
      },
      4,
      2,
    ],
    [
      "long-spread-act",
      {
        title: "Modelling and Simulation Engineer",
        location: "Norfolk, Virginia, United States",
        timeZone: "America/New_York",
        deadline: "2027-03-14",
        reference: "ACT-CAPDEV-0927",
      },
      7,
      5,
    ],
    ["three-identical-posts-jfcnp", { title: "Motor Transport Driver", posts: 3, grade: "B-2" }, 4, 1],
    [
      "internal-only-ncia",
      {
        title: "Senior Service Delivery Manager",
        organisation: "NATO Communications and Information Agency",
        deadline: "2027-01-29",
      },
      4,
      1,
    ],
    [
      "readvertised-jfcnp",
      { title: "Budget Officer", deadline: "2027-02-26", reference: "JFCNP FCXX 0340" },
      3,
      2,
    ],
    [
      "odd-deadline-time-jwc",
      { title: "Exercise Scenario Developer", organisation: "Joint Warfare Centre", deadline: "2027-01-15" },
      3,
      2,
    ],
    [
      "eu-agency-template-emsa",
      { organisation: "European Maritime Safety Agency", grade: "AD 6", deadline: "2027-02-12" },
      6,
      2,
    ],
    [
      "csdp-mission-call",
      {
        title: "Mission Security Officer",
        organisation: "European Union Advisory Mission Ukraine",
        location: "Kyiv, Ukraine",
        deadline: "2027-01-29",
      },
      4,
      2,
    ],
    [
      "undp-us-dates",
      {
        title: "Procurement Specialist",
        reference: "21345",
        publishedDate: "2026-12-10",
        deadline: "2027-01-29",
      },
      4,
      2,
    ],
    ["tab-separated-nato-is", { title: "Translator (English)", grade: "A2", deadline: "2027-02-10" }, 4, 1],
    [
      "military-nlt-aircom",
      { title: "Airspace Management Assistant", organisation: "HQ AIRCOM Ramstein", deadline: "2027-03-05" },
      3,
      1,
    ],
    [
      "closing-sentence-header-nato-is",
      { title: "Armaments Cooperation Officer", grade: "A3", deadline: "2027-01-11" },
      3,
      2,
    ],
  ];
  for (const [name, facts, essential, desirable] of cases) {
    it(`${name}: ${Object.keys(facts).join(", ")}, ${essential} essential and ${desirable} desirable`, () => {
      const v = parse(`${name}.`).vacancy;
      expect(v).toMatchObject(facts);
      expect([v.essential.length, v.desirable.length]).toEqual([essential, desirable]);
    });
  }
});

describe("third blind round: the mechanisms", () => {
  it("'a) Professional/Experience' over '(i) ...' entries is the group's label, not a requirement", () => {
    const v = parse("numbered-paragraphs-nspa.").vacancy;
    expect(v.essential[0]).toBe("A university degree in mechanical, aeronautical or industrial engineering");
    expect(v.essential).not.toContain("Professional/Experience");
    expect(v.essential).not.toContain("Language");
  });

  it("'Qualifications – essential' / 'Qualifications – desirable' and 'Requirements (desirable):' open their lists", () => {
    expect(parse("three-identical-posts-jfcnp.").vacancy.desirable).toEqual(["Italian: SLP 2222"]);
    expect(parse("military-nlt-aircom.").vacancy.desirable).toEqual(["German: SLP 2222"]);
  });

  it("a web table pasted one cell a line: header cells, then as many values", () => {
    const r = parseNotice(
      "Post Title\nGrade\nLocation\nLogistics Assistant\nB-4\nMons, Belgium\n\nDuties\n- Plan",
      {
        source: "test",
      },
    );
    expect(r.ok && r.vacancy).toMatchObject({
      title: "Logistics Assistant",
      grade: "B-4",
      location: "Mons, Belgium",
    });
  });

  it("no non-breaking space or carriage return survives", () => {
    expect(JSON.stringify(parse("crlf-nbsp-sto.").vacancy)).not.toMatch(/[\u00a0\r]/);
  });

  it("a FAQ's question is no requirement, its answer's 'No.' is dropped, 'national authorities' restricts nobody", () => {
    const v = parse("long-spread-act.").vacancy;
    expect(v.essential).toContain(
      "Only nationals of NATO member states may apply for NATO international civilian posts",
    );
    expect(v.essential.join(" | ")).not.toMatch(/\?|security clearance/);
  });

  it("UNDP: 'Min. Education requirements', 'Desired skills in addition to ...', 'Experience in X' as an entry", () => {
    const v = parse("undp-us-dates.").vacancy;
    expect(v.essential[0]).toBe(
      "Advanced university degree in business administration, supply chain management or law",
    );
    expect(v.desirable).toEqual(["CIPS level 4 certification", "Experience in health product procurement"]);
  });

  it("a numeric date before a 12-hour time is month first; before a 24-hour one, day first", () => {
    const at = (time: string) =>
      parseNotice(`Data Analyst\nNCIA\nDeadline: 02/03/2027, ${time}\n- A degree`, { source: "test" });
    const am = at("08:15 AM");
    const h24 = at("08:15");
    expect(am.ok && am.vacancy.deadline).toBe("2027-02-03");
    expect(h24.ok && h24.vacancy.deadline).toBe("2027-03-02");
  });

  it("an internal-only vacancy and a re-advertisement say so in the application notes", () => {
    expect(parse("internal-only-ncia.").vacancy.applicationNotes).toContain(
      "Applications from external candidates will not be considered.",
    );
    const readvertised = parse("readvertised-jfcnp.").vacancy;
    expect(readvertised.applicationNotes).toContain("Re-advertised; previous applicants need not reapply.");
    expect(readvertised.summary).not.toMatch(/re-advertised/i);
  });

  it("a banner saying who may apply, or 'CIVILIAN VACANCY:', names no employer", () => {
    expect(parse("internal-only-ncia.").vacancy.organisation).toBe(
      "NATO Communications and Information Agency",
    );
    expect(parse("odd-deadline-time-jwc.").vacancy.organisation).toBe("Joint Warfare Centre");
  });

  it("a recruiter's labelled paste keeps its title: 'NCIA: Translator', 'Looking for: Data Engineer' above other fields", () => {
    const read = (text: string) => {
      const r = parseNotice(text, { source: "test" });
      return r.ok ? { title: r.vacancy.title, organisation: r.vacancy.organisation } : r.error.message;
    };
    const rest = "Location: Mons, Belgium\nDeadline: 3 March 2027\n- Python";
    expect(read(`NCIA: Translator\n${rest}`)).toEqual({ title: "Translator", organisation: "NCIA" });
    expect(read(`Looking for: Data Engineer\n${rest}`)).toEqual({
      title: "Data Engineer",
      organisation: null,
    });
    expect(read(`Opportunity: Data Engineer\n${rest}`)).toEqual({
      title: "Data Engineer",
      organisation: null,
    });
  });

  it("labelled lines with labels the parser does not know give no title ('Procurement'), but a clear error", () => {
    const r = parseNotice("Practice Area: Procurement\nAgency: UNDP\nGrade: P3\n", { source: "test" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/no post title found/);
  });
});

describe("third blind round, second batch (6 notices, written after the first batch's fixes)", () => {
  it("a PDF's page breaks ('NATO UNCLASSIFIED', 'Page 1 of 2') inside a list; 'two (2)' posts; 'NATO Grade G16'", () => {
    const v = parse("pdf-page-breaks-ncia.").vacancy;
    expect(v).toMatchObject({ title: "Cloud Platform Engineer", posts: 2, deadline: "2027-02-12" });
    expect(v.essential).toHaveLength(4);
    expect(JSON.stringify(v)).not.toMatch(/Page \d of/);
  });

  it("'Must have:' and 'Good to have:'", () => {
    const v = parse("us-format-act-norfolk.").vacancy;
    expect(v).toMatchObject({ title: "Cyberspace Capability Analyst", deadline: "2027-01-15" });
    expect(v.desirable).toEqual(["Master's degree", "Experience in NATO Defence Planning"]);
  });

  it("'Applications must reach the College by 5 p.m. (Rome time) on Friday 12th February 2027'", () => {
    expect(parse("ordinal-pm-deadline-ndc.").vacancy.deadline).toBe("2027-02-12");
  });

  it("OSCE: 'Issued by:' names the employer when no line does; 'BA - OSCE Mission ..., Sarajevo' is Sarajevo", () => {
    expect(parse("osce-field-operation.").vacancy).toMatchObject({
      organisation: "OSCE Mission to Bosnia and Herzegovina",
      location: "Sarajevo",
      deadline: "2027-01-06",
      publishedDate: "2026-12-08",
    });
    expect(parseSeed("osce-political-officer", "test/fixtures/notices").vacancy.organisation).toBe(
      "Organization for Security and Co-operation in Europe",
    );
  });

  it("checkbox bullets ('☐', '☑') under 'Essential' and 'Advantageous'", () => {
    const v = parse("checkbox-word-eda.").vacancy;
    expect([v.essential.length, v.desirable.length]).toEqual([3, 2]);
    expect(JSON.stringify(v)).not.toMatch(/[☐☑]/);
  });

  it("labelled fields side by side ('Post Title:   Financial Controller      Grade:   A-4')", () => {
    expect(parse("two-column-pdf-jfcbs.").vacancy).toMatchObject({
      title: "Financial Controller",
      grade: "A-4",
      reference: "JFCBS FCXX 0010",
      location: "Brunssum, NL",
      deadline: "2027-03-04",
    });
  });
});

describe("third blind round, third batch (6 notices, written after the second batch's fixes)", () => {
  it("a Teams thread: '[10:42] Maria Rossi' lines; 'an opening in the J6 Division at JFC Naples' names the employer", () => {
    const v = parse("teams-timestamps.").vacancy;
    expect(v).toMatchObject({
      title: "Network Administrator",
      organisation: "JFC Naples",
      deadline: "2027-02-08",
    });
    expect(JSON.stringify(v)).not.toContain("[10:42]");
  });

  it("'Senior Accountant (A-3) ×2': two posts at grade A-3", () => {
    expect(parse("title-times-two.").vacancy).toMatchObject({
      title: "Senior Accountant",
      posts: 2,
      grade: "A-3",
    });
  });

  it("a start date and an interview week above the closing date do not replace it", () => {
    expect(parse("start-date-before-deadline.").vacancy.deadline).toBe("2027-01-31");
  });

  it("'Geilenkirchen (Germany)'; 'Required:' and 'Preferred:'", () => {
    const v = parse("naew-paren-country.").vacancy;
    expect(v).toMatchObject({ reference: "NAEW 27-05", deadline: "2027-02-26" });
    expect([v.essential.length, v.desirable.length]).toEqual([3, 2]);
  });

  it("Markdown headings '## Requirements' / '### Essential' / '### Desirable'", () => {
    const v = parse("markdown-headings.").vacancy;
    expect(v).toMatchObject({ title: "Data Protection Officer", deadline: "2027-03-05", grade: "A3" });
    expect([v.essential.length, v.desirable.length]).toEqual([4, 1]);
  });

  it("'Selection criteria – essential' / 'Selection criteria – advantageous'; 'Sunday, January 10th 2027'", () => {
    const v = parse("weekday-ordinal-salary-range.").vacancy;
    expect(v.deadline).toBe("2027-01-10");
    expect(v.desirable).toEqual(["Experience with ISO/IEC 27001 audits"]);
    expect(v.essential).toHaveLength(4);
  });
});

describe("third blind round, fourth batch (4 notices, written after the third batch's fixes)", () => {
  it("an e-mail whose subject is 'Internal/External Vacancy - Knowledge Management Officer (A-2) - SHAPE J2'", () => {
    expect(parse("email-plain-forward-shape.").vacancy).toMatchObject({
      title: "Knowledge Management Officer",
      organisation: "SHAPE",
      grade: "A-2",
      deadline: "2027-01-20",
    });
  });

  it("'NATO DEFENSE COLLEGE — ROME': the place after the dash is no part of the name", () => {
    expect(parse("roman-sections-ndc.").vacancy).toMatchObject({
      title: "Protocol Officer",
      organisation: "NATO Defense College",
      deadline: "2027-02-16",
    });
  });

  it("'Applications close at 23:59 CET on Tuesday 2 March 2027.'", () => {
    expect(parse("deadline-weekday-time-first.").vacancy.deadline).toBe("2027-03-02");
  });

  it("'Two Policy Officers (Arms Control)' under 'NATO International Staff – Brussels, Belgium'", () => {
    expect(parse("grades-g-scale-two-posts.").vacancy).toMatchObject({
      title: "Policy Officers (Arms Control)",
      posts: 2,
      organisation: "NATO International Staff",
      grade: "G18/G19",
    });
  });
});
