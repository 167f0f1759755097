import { describe, expect, it } from "vitest";
import { findAcronymDefinitions, impliedAcronyms, vacancyAcronyms } from "../../src/search/acronyms.ts";
import { titleInitials } from "../../src/search/fields.ts";
import { MIN_COVERAGE, VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex(seedVacancies());
const top = (q: string) => index.search(q)[0]?.vacancy.title;

describe("VacancyIndex.search: finding a post by its name", () => {
  it.each([
    ["network and communications technician", "Network and Communications Technician"],
    ["communications technician", "Network and Communications Technician"],
    ["network technician", "Network and Communications Technician"],
    ["digital backbone", "Officer, Digital Backbone CIS and Cybersecurity"],
    ["cybersecurity officer", "Officer, Digital Backbone CIS and Cybersecurity"],
    ["technical security operator", "Operator, Technical Security"],
    ["BNOSC chief", "BICES Network Operations and Security Centre Chief"],
    ["nosc chief", "BICES Network Operations and Security Centre Chief"],
    ["network operations and security centre", "BICES Network Operations and Security Centre Chief"],
    ["deputy director OSS", "Deputy Director OSS"],
    ["deputy director of operations and security services", "Deputy Director OSS"],
    ["NOR officer", "Officer, Digital Backbone CIS and Cybersecurity"],
    ["NATO Office of Resources", "Officer, Digital Backbone CIS and Cybersecurity"],
  ])("%s -> %s", (query, title) => {
    expect(top(query)).toBe(title);
  });
});

describe("VacancyIndex.search: typos", () => {
  it.each([
    ["netwrok technichian", "Network and Communications Technician"],
    ["netwrok and comunications techncian", "Network and Communications Technician"],
    ["operatr technical securty", "Operator, Technical Security"],
    ["tecnical security operater", "Operator, Technical Security"],
    ["digtal backbone oficer", "Officer, Digital Backbone CIS and Cybersecurity"],
    ["depty directr", "Deputy Director OSS"],
    ["fortigat firewals", "Network and Communications Technician"],
  ])("%s -> %s", (query, title) => {
    expect(top(query)).toBe(title);
  });

  it("says which vocabulary word a misspelt query word was read as", () => {
    const r = index.query("netwrok");
    expect(r.terms[0]).toMatchObject({ term: "netwrok", corrected: true });
    expect(r.terms[0]?.matched).toContain("network");
  });
});

describe("VacancyIndex.search: skills in requirements", () => {
  it.each([
    ["fortigate", "Network and Communications Technician"],
    ["PKI MPLS", "Network and Communications Technician"],
    ["tempest", "Operator, Technical Security"],
    ["TSCM", "Operator, Technical Security"],
    ["technical surveillance counter measures", "Operator, Technical Security"],
    ["redhat linux", "BICES Network Operations and Security Centre Chief"],
    ["CISSP", "Officer, Digital Backbone CIS and Cybersecurity"],
    ["prince2", "Officer, Digital Backbone CIS and Cybersecurity"],
  ])("%s -> %s", (query, title) => {
    expect(top(query)).toBe(title);
  });

  it("finds every post that mentions a skill", () => {
    const titles = index.search("ITIL").map((h) => h.vacancy.title);
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Network and Communications Technician",
        "BICES Network Operations and Security Centre Chief",
        "Officer, Digital Backbone CIS and Cybersecurity",
      ]),
    );
  });

  it("meets word families: 'certified' finds 'certification'", () => {
    expect(index.search("ITIL certified").length).toBeGreaterThan(0);
    expect(index.query("certified").terms[0]?.matched.some((m) => m.startsWith("certifi"))).toBe(true);
  });
});

describe("VacancyIndex.search: hyphenated particles", () => {
  it("finds 'on-call' duties, not every post that mentions a call", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "t", title: "Technician", workingConditions: ["Subject to on-call duties."] }),
      makeVacancy({ id: "a", title: "Assistant", essential: ["Training in call managers"] }),
    ]);
    expect(index.query("on-call", { limit: 5 }).hits.map((h) => h.vacancy.id)).toEqual(["t"]);
  });
});

describe("VacancyIndex.search: the no-match threshold", () => {
  it.each([
    "lunch",
    "coffee machine",
    "helicopter pilot",
    "marine biologist",
    "data scientist",
    "canteen menu",
    "parking space",
    "brain surgeon",
    "football",
    "xyzzy",
    "",
    "the and of",
    "🚀🔥",
  ])("%s matches nothing", (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it("does not match on one common word when the rest of the question is unknown", () => {
    expect(index.search("network helicopter pilot")).toEqual([]);
    expect(index.search("security guard dog trainer")).toEqual([]);
  });

  it("still matches when most of the query is known", () => {
    expect(index.search("cisco network technician brussels").length).toBeGreaterThan(0);
    expect(index.search("fortigate firewall skills").length).toBeGreaterThan(0);
  });

  it("reports coverage at or above the threshold for every hit", () => {
    for (const hit of index.search("security operations"))
      expect(hit.coverage).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });
});

describe("VacancyIndex: hostile queries", () => {
  it.each([
    "(.*)+[a-z]{1000}\\\\",
    "<script>alert(1)</script>",
    "a".repeat(10_000),
    "word ".repeat(3_000),
    "\u0000\u0001\u0002",
    "$^*+?()[]{}|\\",
  ])("does not throw on %#", (query) => {
    expect(() => index.search(query)).not.toThrow();
  });
});

describe("VacancyIndex: incremental updates", () => {
  it("finds an added post, forgets a removed one, and replaces an updated one", () => {
    const idx = new VacancyIndex(seedVacancies());
    expect(idx.search("helicopter pilot")).toEqual([]);
    expect(idx.search("helicoptor")).toEqual([]); // its reading is remembered, until the data changes
    idx.upsert(
      makeVacancy({
        id: "helicopter-pilot",
        title: "Helicopter Pilot",
        essential: ["Hold a commercial helicopter licence"],
      }),
    );
    expect(idx.search("helicopter pilot")[0]?.vacancy.id).toBe("helicopter-pilot");
    expect(idx.search("helicoptor")[0]?.vacancy.id).toBe("helicopter-pilot");
    expect(idx.size).toBe(6);
    idx.upsert(makeVacancy({ id: "helicopter-pilot", title: "Drone Operator" }));
    expect(idx.search("helicopter pilot")).toEqual([]);
    expect(idx.search("drone operator")[0]?.vacancy.id).toBe("helicopter-pilot");
    expect(idx.size).toBe(6);
    expect(idx.search("dronne")[0]?.vacancy.id).toBe("helicopter-pilot");
    idx.remove("helicopter-pilot");
    expect(idx.search("drone operator")).toEqual([]);
    expect(idx.search("dronne")).toEqual([]);
    expect(idx.get("helicopter-pilot")).toBeUndefined();
    expect(idx.size).toBe(5);
    idx.remove("no-such-id");
    expect(idx.size).toBe(5);
  });

  it("stays correct through many upserts (tombstones and compaction)", () => {
    const idx = new VacancyIndex([]);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 400; i++) {
        idx.upsert(
          makeVacancy({
            id: `post-${i}`,
            title: `Analyst ${round === 2 && i === 7 ? "Quantum" : "Generic"} ${i}`,
            summary: "word ".repeat(40),
            deadline: "2025-01-01",
          }),
        );
      }
    }
    expect(idx.size).toBe(400);
    expect(idx.search("quantum analyst").map((h) => h.vacancy.id)).toEqual(["post-7"]);
    expect(idx.openByDeadline(new Date("2024-06-01T12:00:00Z"), 5).total).toBe(400);
  });

  it("keeps the deadline order up to date", () => {
    const idx = new VacancyIndex([
      makeVacancy({ id: "a", deadline: "2024-07-01" }),
      makeVacancy({ id: "b", deadline: "2024-06-20" }),
      makeVacancy({ id: "c", deadline: null }),
    ]);
    const now = new Date("2024-06-05T12:00:00Z");
    expect(idx.openByDeadline(now, 10).vacancies.map((v) => v.id)).toEqual(["b", "a"]);
    idx.upsert(makeVacancy({ id: "d", deadline: "2024-06-10" }));
    idx.upsert(makeVacancy({ id: "b", deadline: "2024-06-01" }));
    expect(idx.openByDeadline(now, 10).vacancies.map((v) => v.id)).toEqual(["d", "a"]);
    expect(idx.recentlyClosed(now, 10).map((v) => v.id)).toEqual(["b"]);
    expect(idx.withoutDeadline(10).vacancies.map((v) => v.id)).toEqual(["c"]);
    idx.upsert(makeVacancy({ id: "a", deadline: "2024-07-01", state: "closed" }));
    expect(idx.openByDeadline(now, 10).vacancies.map((v) => v.id)).toEqual(["d"]);
  });
});

describe("acronyms from the notice text", () => {
  it("reads 'Long Name (ABBR)' definitions", () => {
    const defs = findAcronymDefinitions(
      "the Operations and Security Services (OSS) Division and the BICES Network Operations and Security Centre (BNOSC) and Video and Teleconferencing (VTC), see (e.g. ITIL)",
    );
    expect(defs).toEqual([
      { short: "OSS", long: "Operations and Security Services" },
      { short: "BNOSC", long: "BICES Network Operations and Security Centre" },
      { short: "VTC", long: "Video and Teleconferencing" },
    ]);
  });

  it("derives implied acronyms (BNOSC -> NOSC)", () => {
    expect(impliedAcronyms({ short: "BNOSC", long: "BICES Network Operations and Security Centre" })).toEqual(
      [{ short: "NOSC", long: "Network Operations and Security Centre" }],
    );
    expect(impliedAcronyms({ short: "OSS", long: "Operations and Security Services" })).toEqual([]);
  });

  it("collects a vacancy's acronyms from its parsed list and its own text", () => {
    const v = makeVacancy({
      summary:
        "Within the NATO Office of Resources (NOR), the branch advises on the NATO Security Investment Programme (NSIP).",
    });
    const shorts = vacancyAcronyms(v).map((d) => d.short);
    expect(shorts).toEqual(expect.arrayContaining(["NOR", "NSIP"]));
  });
});

describe("VacancyIndex.search: what the notice says beyond title and summary", () => {
  const desk = makeVacancy({
    id: "desk",
    title: "Systems Technician",
    summary: "Supports servers.",
    description: "Supports servers.\nThe incumbent could perform Service Desk functions as required.",
  });
  const resources = makeVacancy({
    id: "resources",
    title: "Capability Officer",
    summary: "Manages a portfolio of projects.",
    acronyms: [{ short: "NOR", long: "NATO Office of Resources" }],
  });
  const other = makeVacancy({ id: "other", title: "Protocol Assistant", summary: "Organises visits." });
  const small = new VacancyIndex([desk, resources, other]);
  const titles = (q: string) => small.search(q).map((h) => h.vacancy.title);

  it("finds a post by its description", () => {
    expect(titles("service desk")).toEqual(["Systems Technician"]);
  });

  it("finds a post by the units and bodies its notice defines acronyms for", () => {
    expect(titles("NATO Office of Resources")).toEqual(["Capability Officer"]);
    expect(titles("office of resources")).toEqual(["Capability Officer"]);
  });
});

describe("VacancyIndex.search: a country finds posts in its cities", () => {
  const brussels = makeVacancy({ id: "b", title: "Protocol Assistant", location: "Brussels" });
  const norfolk = makeVacancy({ id: "n", title: "Plans Officer", location: "Norfolk" });
  const places = new VacancyIndex([brussels, norfolk]);

  it("reads a bare city as being in its country", () => {
    expect(places.search("Belgium").map((h) => h.vacancy.id)).toEqual(["b"]);
    expect(places.search("united states").map((h) => h.vacancy.id)).toEqual(["n"]);
  });
});

describe("VacancyIndex.search: a title's initials", () => {
  it("reads initials in written and spoken order", () => {
    expect(titleInitials("Network and Communications Technician")).toEqual(["nct"]);
    expect(titleInitials("Operator, Technical Security")).toEqual(["ots", "tso"]);
    expect(titleInitials("Chief")).toEqual([]);
    // An acronym in the title may be written apart from the initials of the rest.
    expect(titleInitials("Deputy Director OSS")).toEqual(["ddo", "dd"]);
  });

  it("finds a post by them", () => {
    expect(top("NCT")).toBe("Network and Communications Technician");
    expect(top("TSO")).toBe("Operator, Technical Security");
  });
});
