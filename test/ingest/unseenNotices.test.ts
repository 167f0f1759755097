// Notices in layouts the seeds do not use (test/fixtures/notices/): an NCIA page with labelled
// fields and title-case headings, an EU agency notice with numbered sub-headings and a
// day-first deadline. The parser was not tuned to them; they check it generalises.
import { describe, expect, it } from "vitest";
import { parseSeed, plain } from "./seedNotices.ts";

const FIXTURES = "test/fixtures/notices";

describe("NCIA notice: organisation line above the title, labelled fields", () => {
  const seed = parseSeed("ncia-senior-", FIXTURES);
  const v = seed.vacancy;

  it("reads title, organisation, location, deadline and the other fields", () => {
    expect(v.title).toBe("Senior Cyber Security Engineer");
    expect(v.organisation).toBe("NATO Communications and Information Agency");
    expect(v.location).toBe("The Hague, Netherlands");
    expect(v.deadline).toBe("2025-04-15");
    expect(v.reference).toBe("250417");
    expect(v.grade).toBe("A3");
    expect(v.posts).toBe(1);
    expect(v.reportsTo).toBe("Head, Cyber Security Engineering Branch");
  });

  it("reads the requirement lists under 'Essential/Desirable Qualifications / Experience'", () => {
    // (the "Remarks" sentence on nationality is a condition to apply: the first essential entry)
    expect(v.essential).toEqual([
      "Only nationals from the 32 NATO member states can apply for vacancies at NCIA",
      "A university degree in computer science, information security or a related discipline",
      "At least 7 years of experience in the design and implementation of security architectures for large networks",
      "Demonstrable experience with firewalls, intrusion detection systems and public key infrastructure (PKI)",
      "Experience with security accreditation of communications and information systems",
      "English: SLP 3333 (Listening, Speaking, Reading and Writing)",
    ]);
    expect(v.desirable).toEqual([
      "CISSP or equivalent certification",
      "Knowledge of NATO security policies and directives",
      "Experience of working in an international environment",
    ]);
    expect(v.languages).toEqual([{ language: "English", level: "SLP 3333", note: null }]);
  });

  it("reads the contract and application notes; page chrome stays out", () => {
    expect(v.contract).toMatchObject({ type: "Definite duration", duration: "3 years" });
    expect(v.applicationNotes).toContain(
      "Applicants must attach a motivation letter and a CV in English to their application.",
    );
    expect(v.summary).toMatch(/^The Senior Cyber Security Engineer leads/);
    expect(JSON.stringify(v)).not.toMatch(
      /Share this job|Apply now|All rights reserved|Skip to main content/,
    );
    expect(plain(seed.text)).toContain(v.summary.slice(0, 80));
  });
});

describe("EU agency notice: numbered sections, '3.1 Essential', day-first deadline with a time", () => {
  const v = parseSeed("eu-agency-", FIXTURES).vacancy;

  it("reads title and grade from '... – Threat Landscape (AD7)'", () => {
    expect(v.title).toBe("Cybersecurity Expert – Threat Landscape");
    expect(v.grade).toBe("AD7");
    expect(v.reference).toBe("EUAC/TA/AD/2026/04");
  });

  it("reads 29/01/2026 as 29 January and the place of employment", () => {
    expect(v.deadline).toBe("2026-01-29");
    expect(v.location).toBe("Athens, Greece");
    expect(v.organisation).toBe("European Union Agency for Cyber Resilience");
    expect(v.publishedDate).toBeNull();
  });

  it("reads essential and 'Advantageous' lists", () => {
    expect(v.essential).toHaveLength(3);
    expect(v.essential[1]).toBe("At least 6 years of professional experience in cyber threat intelligence");
    expect(v.desirable).toEqual([
      "Experience in the drafting of threat assessments for policy makers",
      "Knowledge of French or German (B2)",
    ]);
    expect(v.languages[0]).toEqual({ language: "English", level: "C1", note: null });
    expect(v.languages.map((l) => l.language)).toEqual(["English", "French", "German"]);
  });

  it("reads contract terms and the application notes", () => {
    expect(v.contract).toMatchObject({ type: "Temporary Agent", duration: "5 years" });
    expect(v.contract?.renewal).toMatch(/renewable for a further period of 5 years/i);
    expect(v.applicationNotes).toContain("Candidates must attach a cover letter of no more than one page.");
    expect(v.summary).toMatch(/^We are looking for a Cybersecurity Expert/);
    expect(JSON.stringify(v)).not.toMatch(/newsletter|cookies|2 days ago/i);
  });
});

describe("UN notice: labelled header, upper-case title and duty station, prose requirements", () => {
  const v = parseSeed("un-", FIXTURES).vacancy;

  it("reads the header fields; 'Posting Period' gives published and closing dates", () => {
    expect(v.title).toBe("Programme Management Officer");
    expect(v.grade).toBe("P3");
    expect(v.organisation).toBe("United Nations Environment Programme");
    expect(v.location).toBe("Nairobi");
    expect(v.publishedDate).toBe("2026-01-15");
    expect(v.deadline).toBe("2026-02-13");
    expect(v.unit).toBe("Ecosystems Division");
    expect(v.reportsTo).toBe("Chief of the Freshwater Unit");
  });

  it("splits prose Education / Work Experience / Languages into essential and desirable sentences", () => {
    expect(v.education[0]).toMatch(/^An advanced university degree \(Master's degree or equivalent\)/);
    expect(v.experience).toEqual([
      "A minimum of five years of progressively responsible experience in project management in the field of environment is required",
    ]);
    expect(v.desirable).toEqual([
      "Experience in the United Nations system is desirable",
      "Knowledge of French is desirable",
    ]);
    expect(v.languages).toEqual([
      { language: "English", level: "fluency", note: null },
      { language: "French", level: null, note: "desirable: Knowledge of French is desirable" },
    ]);
  });

  it("finds contract terms outside a contract section", () => {
    expect(v.contract).toMatchObject({ type: "Fixed-term", duration: "1 year" });
    expect(v.summary).toMatch(/^This position is located in the Ecosystems Division/);
  });
});
