import { describe, expect, it } from "vitest";
import { postTerms } from "../../src/answer/postTerms.ts";
import { terms } from "../../src/search/text.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("postTerms", () => {
  const vacancy = makeVacancy({
    title: "Network and Communications Technician",
    unit: "BICES Network Operations and Security Centre",
    organisation: "BICES Group Executive",
    location: "Brussels",
    essential: ["Experience with PKI and MPLS networks."],
    acronyms: [
      { short: "BNOSC", long: "BICES Network Operations and Security Centre" },
      { short: "PKI", long: "Public Key Infrastructure" },
    ],
  });

  it("derives each set from the post's fields", () => {
    const t = postTerms(vacancy);
    expect(t.place.has("belgium")).toBe(true); // a city's country is a place term
    expect(t.specific).toEqual(expect.arrayContaining(terms("PKI MPLS")));
    expect(t.specific).toContain("nct"); // title initials
    expect(new Set(t.specific).size).toBe(t.specific.length);
    // The unit's acronym names the post; the requirement's acronym is a skill.
    expect(t.naming.acronyms).toEqual(["bnosc"]);
    expect(t.naming.terms.has("pki")).toBe(false);
    expect(t.names).toContainEqual(terms("BICES Group Executive"));
  });

  it("keeps one set per vacancy object, and a changed vacancy (a new object) gets its own", () => {
    expect(postTerms(vacancy)).toBe(postTerms(vacancy));
    const renamed = makeVacancy({ ...vacancy, title: "Cyber Analyst" });
    expect(postTerms(renamed).titleAndInitials.has("cyber")).toBe(true);
    expect(postTerms(vacancy).titleAndInitials.has("cyber")).toBe(false);
  });
});
