// Shapes of requirements the previous blind rounds left wrong: one "must" governing two verbs, a
// language line with a semicolon, a lone numbered entry in capitals, a short notice quoted whole.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";

function parseText(text: string): Vacancy {
  const result = parseNotice(text, { source: "test" });
  if (!result.ok) throw new Error(result.error.message);
  return result.vacancy;
}

describe("requirement shapes", () => {
  it("reads 'must hold A and have B' in one sentence as two essential requirements", () => {
    const v = parseText(
      [
        "Records Clerk (G4)",
        "City Archive, Lisbon",
        "",
        "The City Archive seeks a Records Clerk to manage its paper and digital holdings.",
        "",
        "Candidates must hold a secondary school diploma and have three years of experience in records management.",
        "",
        "Closing date: 12 March 2027",
      ].join("\n"),
    );
    expect(v.essential).toEqual([
      "Candidates must hold a secondary school diploma",
      "Candidates must have three years of experience in records management",
    ]);
  });

  it("splits 'must hold A and have B' in a sentence that also names an advantage", () => {
    const v = parseText(
      [
        "Librarian",
        "",
        "The College is looking for a Librarian (grade B-5) to run its research library. Candidates must hold a degree in library science and have five years of experience in a research library; experience with Koha would be an advantage. Applications should reach the College by 12 April 2027.",
      ].join("\n"),
    );
    expect(v.essential).toEqual([
      "Candidates must hold a degree in library science",
      "Candidates must have five years of experience in a research library",
    ]);
    expect(v.desirable).toEqual(["Experience with Koha would be an advantage"]);
  });

  it("keeps only the nationality of 'must be nationals of X and have B' as the eligibility entry", () => {
    const v = parseText(
      [
        "Driver (C-3)",
        "SHAPE, Mons, Belgium",
        "",
        "Duties include driving senior staff and maintaining the vehicle log.",
        "",
        "Applicants must be nationals of a NATO member state and have a valid category C driving licence.",
        "",
        "Deadline: 11 June 2027",
      ].join("\n"),
    );
    expect(v.essential).toEqual([
      "Applicants must be nationals of a NATO member state",
      "Applicants must have a valid category C driving licence",
    ]);
  });

  it("keeps a run-in language line whole, each language with its own level", () => {
    const v = parseText(
      [
        "Translator (P3)",
        "Court of Justice, Luxembourg",
        "",
        "Requirements",
        "Education: a university degree in law or languages.",
        "Languages: French as mother tongue; excellent command of English.",
        "",
        "Closing date: 12 March 2027",
      ].join("\n"),
    );
    expect(v.essential).toEqual([
      "a university degree in law or languages",
      "French as mother tongue; excellent command of English",
    ]);
    expect(v.languages).toEqual([
      { language: "French", level: "mother tongue", note: null },
      { language: "English", level: "excellent", note: null },
    ]);
  });

  it("still splits a language line whose parts fall in different lists", () => {
    const v = parseText(
      [
        "Translator (P3)",
        "Court of Justice, Luxembourg",
        "",
        "Requirements",
        "Education: a university degree in law or languages.",
        "Languages: Fluency in English; knowledge of French is an asset.",
        "",
        "Closing date: 12 March 2027",
      ].join("\n"),
    );
    expect(v.essential).toContain("Fluency in English");
    expect(v.desirable).toEqual(["knowledge of French is an asset"]);
  });

  it("reads a lone '1.' in capitals under a requirement heading as an entry, not a heading", () => {
    const v = parseText(
      [
        "INFORMATION SECURITY OFFICER",
        "",
        "GRADE: A-2",
        "LOCATION: RAMSTEIN, GERMANY",
        "CLOSING DATE: 04 MARCH 2027",
        "",
        "ESSENTIAL QUALIFICATIONS AND EXPERIENCE",
        "- UNIVERSITY DEGREE IN INFORMATION SECURITY OR A RELATED DISCIPLINE",
        "- 5 YEARS OF EXPERIENCE IN INFORMATION ASSURANCE",
        "",
        "DESIRABLE QUALIFICATIONS AND EXPERIENCE",
        "1. CISSP CERTIFICATION",
      ].join("\n"),
    );
    expect(v.essential).toHaveLength(2);
    expect(v.desirable).toEqual(["CISSP CERTIFICATION"]);
  });

  it("parses a short notice quoted whole, every line behind '> '", () => {
    const v = parseText("> Records Clerk\n> Closing date: 12 March 2027\n");
    expect(v.title).toBe("Records Clerk");
    expect(v.deadline).toBe("2027-03-12");
  });

  it("reads a title line shaped like a place, 'Logistics Officer (A-2), JFC Brunssum, Netherlands'", () => {
    const v = parseText("Logistics Officer (A-2), JFC Brunssum, Netherlands\nClosing date: 30 April 2027\n");
    expect(v.title).toBe("Logistics Officer");
    expect(v.grade).toBe("A-2");
  });
});
