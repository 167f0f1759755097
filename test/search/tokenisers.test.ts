// The index reads words straight out of a vacancy's strings (field by field, piece by piece) with
// its own scanner; these tests hold it and forEachWord to the one definition: the [a-z0-9]+ words
// of foldCase(text), stop words dropped, stemmed.
import { describe, expect, it } from "vitest";
import { findAcronymDefinitions, vacancyAcronyms } from "../../src/search/acronyms.ts";
import { FIELDS } from "../../src/search/fields.ts";
import { InvertedIndex } from "../../src/search/InvertedIndex.ts";
import { SpellingIndex } from "../../src/search/SpellingIndex.ts";
import { foldCase, terms, words } from "../../src/search/text.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const TRICKY = [
  "Network and Communications Technician",
  "CAFÉ au lait, naïve résumé",
  "İstanbul ﬁre-ﬂow Straße",
  "organisation’s staff – “quoted”",
  "e\u0301te\u0301 ＫＬＭ ㎁ Ⅻ x²",
  "ΣΊΣΥΦΟΣ σοφός",
  "emoji \ud83d\ude00inside and a lone \ud83d surrogate",
  "MIXED-case_words@[brackets]`and{braces}",
  "",
  "   ",
];

const fields = (...texts: string[][]) => FIELDS.map((_, f) => texts[f] ?? []);

describe("forEachWord", () => {
  it.each(TRICKY)("gives the [a-z0-9]+ words of foldCase(%j)", (text) => {
    expect(words(text)).toEqual(foldCase(text).match(/[a-z0-9]+/g) ?? []);
  });
});

describe("hyphenated particles", () => {
  const text = "Subject to On-call duties, in-house e-mail; on - call and ON-CALL rota; online";

  it("reads 'on-call', 'in-house', 'e-mail' as one word each, and a spaced dash as two", () => {
    expect(words(text)).toEqual([
      "subject",
      "to",
      "oncall",
      "duties",
      "inhouse",
      "email",
      "on",
      "call",
      "and",
      "oncall",
      "rota",
      "online",
    ]);
  });

  it("gives the index the same terms as forEachWord", () => {
    const index = new InvertedIndex();
    expect(new Set(index.add(0, fields([text])))).toEqual(new Set(terms(text)));
    expect(index.termId("oncall")).toBeDefined();
  });
});

describe("InvertedIndex tokenising", () => {
  it("indexes exactly the terms of each piece", () => {
    const index = new InvertedIndex();
    const fresh = index.add(0, fields(TRICKY));
    expect(new Set(fresh)).toEqual(new Set(terms(TRICKY.join(" \n "))));
    for (const term of fresh) {
      const id = index.termId(term) as number;
      expect(index.df(id)).toBe(1);
      expect(index.postings(id).slots[0]).toBe(0);
    }
  });

  it("gives the same postings for a field in pieces as for its joined text", () => {
    const pieces = new InvertedIndex();
    const joined = new InvertedIndex();
    for (let slot = 0; slot < 3; slot++) {
      const title = [TRICKY[slot] as string, "technician"];
      const summary = TRICKY.slice(slot);
      pieces.add(slot, fields(title, [], [], [], summary));
      joined.add(slot, fields([title.join(" \n ")], [], [], [], [summary.join(" \n ")]));
    }
    for (const term of terms(TRICKY.join(" "))) {
      const a = pieces.postings(pieces.termId(term) as number);
      const b = joined.postings(joined.termId(term) as number);
      expect([...a.slots.subarray(0, a.length)]).toEqual([...b.slots.subarray(0, b.length)]);
      expect([...a.impacts.subarray(0, a.length)]).toEqual([...b.impacts.subarray(0, b.length)]);
    }
  });

  it("keeps postings sorted and complete across a large batch, later additions and removals", () => {
    const index = new InvertedIndex();
    const doc = (slot: number) =>
      fields([`post ${slot % 7} common`], [], [], [], [`word${slot % 100} common`]);
    for (let slot = 0; slot < 3000; slot++) index.add(slot, doc(slot));
    const common = index.termId("common") as number;
    expect(index.postings(common).length).toBe(3000);
    index.add(3000, doc(3000)); // after the batch was written into its lists
    index.remove(5, doc(5));
    const p = index.postings(common);
    expect(p.length).toBe(3001);
    expect(index.df(common)).toBe(3000);
    expect([...p.slots.subarray(0, p.length)]).toEqual([...Array(3001).keys()]);
    const rare = index.postings(index.termId("word42") as number);
    expect([...rare.slots.subarray(0, rare.length)]).toEqual([...Array(30).keys()].map((i) => 42 + 100 * i));
  });
});

describe("SpellingIndex", () => {
  it("still corrects early words once its variant table has grown many times", () => {
    const spelling = new SpellingIndex();
    spelling.add("technician");
    spelling.add("committee");
    for (let i = 0; i < 20_000; i++) spelling.add(`w${(i * 7919).toString(36).replace(/\d/g, "q")}ord`);
    expect(spelling.corrections("technichain").map((c) => c.term)).toContain("technician");
    expect(spelling.corrections("comittee")).toEqual([{ term: "committee", distance: 1 }]);
    expect(spelling.corrections("commitee")).toEqual([{ term: "committee", distance: 1 }]);
  });
});

describe("acronym definitions read piece by piece", () => {
  it("finds a definition whose long form starts in an earlier piece", () => {
    const vacancy = makeVacancy({
      title: "Chief",
      summary: "Operations and Security",
      essential: ["Services (OSS) experience"],
      acronyms: [],
    });
    expect(vacancyAcronyms(vacancy)).toContainEqual({
      short: "OSS",
      long: "Operations and Security Services",
    });
  });

  it("finds an (ABBR) split across two pieces as in their joined text", () => {
    const vacancy = makeVacancy({
      title: "Chief",
      summary: "Network Operations Centre (",
      essential: ["NOC) duty"],
      acronyms: [],
    });
    const joined = findAcronymDefinitions("Network Operations Centre (\nNOC) duty");
    expect(joined).toEqual([{ short: "NOC", long: "Network Operations Centre" }]);
    expect(vacancyAcronyms(vacancy)).toContainEqual(joined[0]);
  });
});
