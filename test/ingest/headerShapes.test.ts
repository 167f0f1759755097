// Header shapes missed in a blind round: a reference number opening the title line, a pasted
// two-cell table row ("Grade | B-4"), a label with "(s)", and an employer's acronym written
// before its place after the title. Each is checked on a notice of its own.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";

function parse(text: string): Vacancy {
  const result = parseNotice(text, { source: "test" });
  if (!result.ok) throw new Error(result.error.message);
  return result.vacancy;
}

const REQUIREMENTS = [
  "",
  "Essential",
  "- University degree in a relevant field",
  "- 5 years of relevant experience",
  "",
  "Desirable",
  "- Knowledge of French",
].join("\n");

describe("a reference number before the title", () => {
  it("'Ref. 26/040 – Budget Analyst (A-2)': the reference, not part of the title", () => {
    const v = parse(`Ref. 26/040 – Budget Analyst (A-2)\n\nLocation: Brussels, Belgium\n${REQUIREMENTS}`);
    expect(v.title).toBe("Budget Analyst");
    expect(v.reference).toBe("26/040");
    expect(v.grade).toBe("A-2");
  });

  it("'Reference NSPA-2026-77 - Buyer': the word spelled out", () => {
    const v = parse(`Reference NSPA-2026-77 - Buyer\n\nLocation: Capellen, Luxembourg\n${REQUIREMENTS}`);
    expect(v.title).toBe("Buyer");
    expect(v.reference).toBe("NSPA-2026-77");
  });

  it("a title that merely starts with 'Reference' keeps it", () => {
    const v = parse(`Reference Data Manager\n\nLocation: Brussels, Belgium\n${REQUIREMENTS}`);
    expect(v.title).toBe("Reference Data Manager");
    expect(v.reference).toBeNull();
  });
});

describe("'Label | value' rows of a table pasted without its rule row", () => {
  const text = [
    "Procurement Officer",
    "| Employer | NATO Support and Procurement Agency |",
    "| Grade | A-3 |",
    "Duty station | Capellen, Luxembourg",
    "Closing date | 20.04.2027",
    REQUIREMENTS,
  ].join("\n");

  it("reads each row as the field its first cell names", () => {
    const v = parse(text);
    expect(v.title).toBe("Procurement Officer");
    expect(v.organisation).toBe("NATO Support and Procurement Agency");
    expect(v.grade).toBe("A-3");
    expect(v.location).toBe("Capellen, Luxembourg");
    expect(v.deadline).toBe("2027-04-20");
  });

  it("a row whose first cell names no field stays as it is", () => {
    const v = parse(`Procurement Officer\nLocation: Capellen, Luxembourg\nTeam | Contracts\n${REQUIREMENTS}`);
    expect(v.unit).toBeNull();
  });
});

describe("a label with '(s)'", () => {
  it("'Duty station(s): Naples (ITA) / Brunssum (NLD)' is the location", () => {
    const v = parse(`Plans Officer\nDuty station(s): Naples (ITA) / Brunssum (NLD)\n${REQUIREMENTS}`);
    expect(v.location).toBe("Naples (ITA) / Brunssum (NLD)");
  });

  it("'Number of post(s): 2' is the number of posts", () => {
    const v = parse(`Plans Officer\nLocation: Naples, Italy\nNumber of post(s): 2\n${REQUIREMENTS}`);
    expect(v.posts).toBe(2);
  });
});

describe("an employer's acronym before the place after the title", () => {
  it("'Network Engineer – NSPA Capellen, Luxembourg': employer NSPA, place Capellen", () => {
    const v = parse(`Network Engineer – NSPA Capellen, Luxembourg\n${REQUIREMENTS}`);
    expect(v.title).toBe("Network Engineer");
    expect(v.location).toBe("Capellen, Luxembourg");
    expect(v.organisation).toBe("NSPA");
  });

  it("'Finance Assistant – ROME ITALY' (a city in capitals) stays a place", () => {
    const v = parse(`Finance Assistant – ROME ITALY\n${REQUIREMENTS}`);
    expect(v.title).toBe("Finance Assistant");
    expect(v.organisation).toBeNull();
  });
});
