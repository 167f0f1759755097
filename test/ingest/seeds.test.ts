// The five real seed notices (data/notices/): every field checked against the notice text.
import { describe, expect, it } from "vitest";
import { type ParsedSeed, parseSeed, plain } from "./seedNotices.ts";

/** Every list entry must be text the notice states (no invented requirement). */
function expectStatedIn(seed: ParsedSeed, entries: string[]) {
  const text = plain(seed.text);
  for (const entry of entries) expect(text).toContain(entry);
}

describe("seed 000: technician, 3 posts over two profiles", () => {
  const seed = parseSeed("000_");
  const v = seed.vacancy;

  it("reads title, organisation, location, deadline", () => {
    expect(v.title).toBe("Network and Communications Technician");
    expect(v.id).toBe("network-and-communications-technician");
    expect(v.organisation).toBe("BICES Group Executive");
    expect(v.location).toBe("Brussels, Belgium");
    expect(v.deadline).toBe("2024-06-17");
    expect(v.publishedDate).toBeNull();
  });

  it("counts 3 posts split 2 + 1 across profiles with their units and superiors", () => {
    expect(v.posts).toBe(3);
    expect(v.profiles).toEqual([
      {
        name: "Profile A",
        unit: "Division A – PEM",
        posts: 2,
        reportsTo: "Head, Maintenance and Implementation Branch",
      },
      { name: "Profile B", unit: "Division B – OSS", posts: 1, reportsTo: "BNOSC Lead" },
    ]);
    expect(v.reportsTo).toContain("Head, Maintenance and Implementation Branch");
    expect(v.reportsTo).toContain("BNOSC Lead");
  });

  it("keeps both profiles' descriptions searchable, not only the summary paragraph", () => {
    expect(v.description).toContain("could perform Service Desk functions");
    expect(v.description).toContain(v.summary.slice(0, 80));
    // Prose only: the header's place and deadline lines are no part of it.
    expect(v.description).not.toContain("Application Deadline");
    for (const paragraph of v.description.split("\n"))
      expect(plain(seed.text)).toContain(paragraph.slice(-60));
  });

  it("lists 11 essential and 12 desirable requirements, one per entry, bullets stripped", () => {
    expect(v.essential).toHaveLength(11);
    expect(v.essential[0]).toMatch(/^Possess higher secondary education with 6 years/);
    expect(v.essential).toContain("Be flexible to work outside regular office hours");
    expect(v.essential.at(-1)).toBe("Possess level V (Advanced) of the English language");
    expect(v.desirable).toHaveLength(12);
    expect(v.desirable[0]).toMatch(/^Experience with national BICES/);
    expect(v.desirable.at(-1)).toMatch(/^Working knowledge of email Clients/);
    expect(v.desirable).toContain("Knowledge of CISCO CCNA/CCNP");
    for (const e of [...v.essential, ...v.desirable]) expect(e).not.toMatch(/^[•\-*]|;$|^The incumbent must/);
    expectStatedIn(seed, [...v.essential, ...v.desirable]);
  });

  it("reads language, competencies, reports, contract", () => {
    expect(v.languages).toEqual([{ language: "English", level: "V (Advanced)", note: null }]);
    expect(v.competencies).toHaveLength(8);
    expect(v.competencies[0]).toBe("Achievement: Works to meet standards");
    expect(v.directReports).toBe("N/A");
    expect(v.indirectReports).toBe("N/A");
    expect(v.contract?.type).toBe("Definite duration");
    expect(v.contract?.duration).toBe("3 years");
    expect(v.contract?.renewal).toMatch(/possibility of extension/i);
    expect(v.contract?.maximumService).toBeNull();
    // A secondee gets other terms, stated in the contract clauses.
    expect(v.contract?.seconded).toMatch(
      /^If the successful candidate is seconded .* two-year definite duration/,
    );
  });

  it("leaves unknown fields null and keeps boilerplate out", () => {
    expect(v.salary).toBeNull();
    expect(v.grade).toBeNull();
    expect(v.jobType).toBeNull();
    expect(v.summary).toMatch(/incumbent's primary role is to provide 2nd level support/);
    expect(JSON.stringify(v)).not.toMatch(/newsletter|cookies|Forgotten Password/i);
  });

  it("extracts acronym definitions", () => {
    expect(v.acronyms).toContainEqual({ short: "OSS", long: "Operations and Security Services" });
    expect(v.acronyms).toContainEqual({ short: "PEM", long: "Programmes, Engineering and Maintenance" });
    expect(v.acronyms).toContainEqual({
      short: "BNOSC",
      long: "BICES Network Operations and Security Centre",
    });
    expect(v.acronyms).toContainEqual({ short: "EEA", long: "Engineering and Enterprise Architecture" });
  });
});

describe("seed 001: NOSC chief, essential heading lost", () => {
  const seed = parseSeed("001_");
  const v = seed.vacancy;

  it("reads the header", () => {
    expect(v.title).toBe("BICES Network Operations and Security Centre Chief");
    expect(v.organisation).toBe("BICES Group Executive");
    expect(v.location).toBe("Brussels, Belgium");
    expect(v.deadline).toBe("2024-06-24");
    expect(v.posts).toBe(1);
  });

  it("finds the essential list without a heading and the desirable list at 'considered an advantage'", () => {
    expect(v.essential).toHaveLength(7);
    expect(v.essential[0]).toBe("Possess a University Degree or equivalent in Information Technology (IT)");
    expect(v.essential[1]).toBe(
      "Have a minimum of 5 years' experience in communications and information systems, in IT services provision or a related domain",
    );
    expect(v.desirable).toHaveLength(7);
    expect(v.desirable[0]).toBe(
      "Formal training in leadership and management of teams, preferably in an IT environment",
    );
    expect(v.desirable.at(-1)).toBe(
      "Certification on IT industry/service provider standards, (e.g. ITIL, eTOM)",
    );
    expectStatedIn(seed, [...v.essential, ...v.desirable]);
    expect(v.education).toEqual([v.essential[0]]);
    expect(v.experience).toEqual([v.essential[1]]);
  });

  it("reads reporting lines: reports to Branch Head NOSB, 13 direct and 2 indirect reports", () => {
    expect(v.reportsTo).toBe("Branch Head NOSB");
    expect(v.directReports).toBe("13");
    expect(v.indirectReports).toBe("2");
  });

  it("reads the contract: 3 years, renewable up to six more, 9 years maximum", () => {
    expect(v.contract).toMatchObject({
      type: "Definite duration",
      duration: "3 years",
      maximumService: "9 years",
    });
    expect(v.contract?.renewal).toMatch(/renewal for up to a further six years in 3-year increments/);
    expect(v.contract?.text).toMatch(/^Contract to be offered/);
  });

  it("summarises the post, not the organisation chart", () => {
    expect(v.summary).toMatch(/^Under the supervision of the Head NOSB, the incumbent's primary role/);
    expect(v.competencies).toHaveLength(8);
    expect(v.competencies[2]).toMatch(/^Clarity and Accuracy: checks own work/);
  });
});

describe("seed 002: deputy director, no heading, no deadline, lists lost", () => {
  const seed = parseSeed("002_");
  const v = seed.vacancy;

  it("takes the title from prose", () => {
    expect(v.title).toBe("Deputy Director OSS");
    expect(v.id).toBe("deputy-director-oss");
  });

  it("invents nothing: no deadline, no location, empty lists", () => {
    expect(v.deadline).toBeNull();
    expect(v.location).toBeNull();
    expect(v.salary).toBeNull();
    expect(v.contract).toBeNull();
    expect(v.essential).toEqual([]);
    expect(v.desirable).toEqual([]);
    expect(v.languages).toEqual([]);
    expect(seed.warnings.join(" ")).toMatch(/no deadline/);
  });

  it("reads organisation from the first sentence and the reporting line", () => {
    expect(v.organisation).toBe("BICES Group Executive");
    expect(v.reportsTo).toBe("BGX Director");
    expect(v.directReports).toBe("3");
    expect(v.indirectReports).toBe("25");
    expect(v.competencies).toHaveLength(9);
    expect(v.competencies[0]).toMatch(/^Achievement: Creates own measures of excellence/);
  });

  it("keeps the documents to attach and the generative-AI warning as application notes", () => {
    const notes = v.applicationNotes.join("\n");
    expect(notes).toMatch(/attach to their application a document of no more than two A4 pages/);
    expect(notes).toMatch(/endorsement letter/);
    expect(notes).toMatch(/generative artificial-intelligence \(AI\) tools/);
    expect(notes).not.toMatch(/medical evidence/);
  });

  it("summarises with the post's own paragraph", () => {
    expect(v.summary).toMatch(/^The Deputy Director OSS serves as/);
  });
});

describe("seed 003: digital backbone officer", () => {
  const seed = parseSeed("003_");
  const v = seed.vacancy;

  it("reads the header block", () => {
    expect(v.title).toBe("Officer, Digital Backbone CIS and Cybersecurity");
    expect(v.organisation).toBe("International Staff, NATO HQ");
    expect(v.location).toBe("Brussels, Belgium");
    expect(v.jobType).toBe("Full-time");
    expect(v.deadline).toBe("2025-03-30");
    expect(v.publishedDate).toBeNull();
  });

  it("reads the lists", () => {
    expect(v.essential).toHaveLength(5);
    expect(v.essential[1]).toMatch(/^Have at least 8 years of experience/);
    expect(v.desirable).toHaveLength(6);
    expect(v.desirable).toContain("Prince2 and ITIL certifications (or equivalent)");
    expectStatedIn(seed, [...v.essential, ...v.desirable]);
    expect(v.education[0]).toMatch(/^Have a university degree in computer science/);
  });

  it("reads languages with the either/or levels", () => {
    expect(v.languages.map((l) => l.language)).toEqual(["English", "French"]);
    expect(v.languages[0]?.note).toBe("V (Advanced) in one; I (Beginner) in the other");
  });

  it("reads reporting and contract", () => {
    expect(v.reportsTo).toBe("CIS and Cyber Capabilities Branch Head");
    expect(v.directReports).toBe("N/A");
    expect(v.contract).toMatchObject({
      type: "Definite duration",
      duration: "3 years",
      maximumService: "6 years",
    });
    expect(v.contract?.renewal).toMatch(/^Possibility of renewal for up to three years/);
    // The secondee's clause, not the bullet before it that runs into it.
    expect(v.contract?.seconded).toMatch(
      /^If the successful applicant is seconded .* as a seconded staff member is six years/,
    );
    expect(v.competencies).toHaveLength(7);
  });

  it("summarises with the officer's paragraph", () => {
    expect(v.summary).toMatch(/^The Officer, Digital Backbone CIS and Cybersecurity manages/);
    expect(v.salary).toBeNull();
  });
});

describe("seed 004: technical security operator, job-board layout", () => {
  const seed = parseSeed("004_");
  const v = seed.vacancy;

  it("peels 'NATO: NATO:' and '– Brussels' off the title", () => {
    expect(v.title).toBe("Operator, Technical Security");
    expect(v.organisation).toBe("NATO");
    expect(v.location).toBe("Brussels");
  });

  it("reads the job-board fields; the relative 'Posted: 3 hours ago' is no date", () => {
    expect(v.deadline).toBe("2026-01-29");
    expect(v.salary).toBe("$75,000 - $85,000 / YEAR");
    expect(v.jobType).toBe("Full-time");
    expect(v.category).toBe("Information and Communication Technology");
    expect(v.publishedDate).toBeNull();
  });

  it("reads 'We recruit two posts'", () => {
    expect(v.posts).toBe(2);
  });

  it("reads upper-case ESSENTIAL / DESIRABLE lists", () => {
    expect(v.essential).toHaveLength(7);
    expect(v.essential[0]).toBe("have a good general education of at least secondary level");
    expect(v.desirable).toHaveLength(4);
    expect(v.desirable[3]).toBe("be conversant with technical plans and drawings");
    expectStatedIn(seed, [...v.essential, ...v.desirable]);
  });

  it("reads English/French with 'V in one and II in the other'", () => {
    expect(v.languages).toEqual([
      { language: "English", level: null, note: "V (Advanced) in one and II (Elementary) in the other" },
      { language: "French", level: null, note: "V (Advanced) in one and II (Elementary) in the other" },
    ]);
  });

  it("reads unit, reporting, contract", () => {
    expect(v.unit).toBe("Operations Section of PSESB");
    expect(v.reportsTo).toBe("Head, Technical Security");
    expect(v.directReports).toBe("N/A");
    expect(v.contract).toMatchObject({
      type: "Definite duration",
      duration: "3 years",
      maximumService: null,
    });
    expect(v.contract?.renewal).toMatch(/indefinite duration contract thereafter/);
    expect(v.summary).toMatch(/^The incumbent works in the Operations Section of PSESB/);
    expect(v.acronyms).toContainEqual({ short: "TSCM", long: "Technical Surveillance Counter Measures" });
    expect(v.acronyms).toContainEqual({ short: "DASG-S", long: "Deputy ASG for Security" });
  });
});
