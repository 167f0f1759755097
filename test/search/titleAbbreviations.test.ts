// Chat shorthand for title words ("dep dir", "mgr", "sec op"), from the rule to the index.
import { describe, expect, it } from "vitest";
import { isShorthandFor, TitleVocabulary } from "../../src/search/TitleAbbreviations.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

describe("isShorthandFor", () => {
  it.each([
    ["dep", "deputy"],
    ["dir", "director"],
    ["op", "operator"],
    ["mgr", "manager"],
    ["dept", "department"],
    ["asst", "assistant"],
    ["eng", "engineer"],
    ["nw", "network"], // initials of a compound's parts: net|work
    ["hq", "headquarters"],
  ])("reads %s as %s", (short, word) => {
    expect(isShorthandFor(short, word)).toBe(true);
  });

  it.each([
    ["ot", "operator"], // two letters start the word or a syllable after a consonant
    ["nt", "network"], // "t" follows a vowel: no syllable of its own
    ["sr", "security"], // "r" follows a vowel
    ["na", "network"], // a vowel opens nothing
    ["rep", "deputy"], // first letters differ
    ["dpe", "deputy"], // letters out of order
    ["deputy", "deputy"], // not shorter
    ["d", "deputy"], // one letter says nothing
  ])("does not read %s as %s", (short, word) => {
    expect(isShorthandFor(short, word)).toBe(false);
  });
});

describe("TitleVocabulary", () => {
  const vocabulary = new TitleVocabulary();
  for (const word of ["operator", "operation", "security", "deputy", "director", "manager", "it", "x25"]) {
    vocabulary.add(word);
  }

  it("gives every title word a shorthand may stand for, a plural included", () => {
    expect(vocabulary.readings("op").sort()).toEqual(["operation", "operator"]);
    expect(vocabulary.readings("ops").sort()).toEqual(["operation", "operator"]);
    expect(vocabulary.readings("mgr")).toEqual(["manager"]);
  });

  it("reads only short words without digits, and keeps no tiny or numbered words", () => {
    expect(vocabulary.readings("secur")).toEqual([]); // long enough for the index's own rules
    expect(vocabulary.readings("s1")).toEqual([]);
    expect(vocabulary.terms().sort()).toEqual([
      "deputy",
      "director",
      "manager",
      "operation",
      "operator",
      "security",
    ]);
  });
});

describe("VacancyIndex with title shorthand", () => {
  const vacancies = [
    makeVacancy({ id: "dd", title: "Deputy Director Operations", summary: "Leads the directorate." }),
    makeVacancy({ id: "tso", title: "Operator, Technical Security", summary: "Sweeps rooms." }),
    makeVacancy({ id: "nct", title: "Network Technician", summary: "Keeps the network running." }),
  ];
  const ids = (index: VacancyIndex, query: string) => index.search(query).map((h) => h.vacancy.id);

  it("finds a post by its title words shortened", () => {
    const index = new VacancyIndex(vacancies);
    expect(ids(index, "dep dir")[0]).toBe("dd");
    expect(ids(index, "tech sec op")[0]).toBe("tso");
    const read = index.query("dep dir").terms;
    expect(read.map((t) => [t.term, t.matched, t.corrected])).toEqual([
      ["dep", ["deputy"], true],
      ["dir", ["director"], true],
    ]);
  });

  it("leaves a word the vocabulary knows as it is, and a shorthand of no title word unread", () => {
    const index = new VacancyIndex(vacancies);
    expect(index.query("network").terms[0]?.matched).toEqual(["network"]);
    expect(index.query("zq").terms[0]?.matched).toEqual([]);
    expect(ids(index, "zq xv")).toEqual([]);
  });

  it("learns the title words of a vacancy added later, and keeps them in a snapshot", () => {
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    const index = new VacancyIndex(vacancies, { lookup: (id) => byId.get(id) });
    const added = makeVacancy({ id: "mgr", title: "Programme Manager", summary: "Runs programmes." });
    byId.set(added.id, added);
    index.upsert(added, null);
    expect(ids(index, "prog mgr")[0]).toBe("mgr");
    const loaded = VacancyIndex.fromSnapshot(index.toSnapshot(), { lookup: (id) => byId.get(id) });
    expect(ids(loaded, "prog mgr")[0]).toBe("mgr");
    expect(ids(loaded, "dep dir")[0]).toBe("dd");
  });
});
