// The re-ranker's short-field similarity must score exactly as a fuse.js token search over the
// same candidates does (the reference below is fuse.js itself, built per query the plain way), for
// real and generated posts, typos, repeated, long, accented and odd queries, and after its memory
// of word matches has filled from earlier queries.
import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { generateVacancies } from "../../bench/generateVacancies.ts";
import { benchQuestions, typo } from "../../bench/questions.ts";
import { placeText, titleText } from "../../src/search/fields.ts";
import { ShortFieldSimilarity, type ShortFields } from "../../src/search/shortFieldSimilarity.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { seedVacancies } from "../fixtures/seedVacancies.ts";

/** The plain way: a fuse.js token search over the candidates, 1 - its score (0 when unmatched). */
function fuseSimilarities(query: string, fields: readonly ShortFields[]): number[] {
  const docs = fields.map((f, i) => ({ i, ...f }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: "title", weight: 3 },
      { name: "acronyms", weight: 2 },
      { name: "place", weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.4,
  });
  const similarity = new Array<number>(fields.length).fill(0);
  for (const r of fuse.search(query)) similarity[r.item.i] = 1 - (r.score ?? 1);
  return similarity;
}

function shortFields(vacancy: Vacancy): ShortFields {
  const acronyms = vacancy.acronyms.map((a) => `${a.long} \n ${a.short}`).join(" \n ");
  return { title: titleText(vacancy), acronyms, place: placeText(vacancy) };
}

const ODD_QUERIES = [
  "",
  "   ",
  "?!",
  "network network network technician",
  "Netwrok TECHNICHIAN deadline",
  "télécommunications sécurité Mons",
  "supercalifragilisticexpialidociousnetworkoperations",
  "a",
  "it",
  "what's open?",
  "CIS & cyber-security (NCIA) in Brussels, Belgium",
];

describe("short-field similarity vs fuse.js token search", () => {
  const seeds = seedVacancies();
  const generated = generateVacancies(300, { seed: 11 });
  const index = new VacancyIndex([...seeds, ...generated]);
  const questions = [
    ...ODD_QUERIES,
    ...benchQuestions(generated),
    ...seeds.map((v) => typo(v.title.toLowerCase())),
    ...readFileSync(new URL("../fixtures/dev-questions.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q),
  ];
  // One instance for every query: later queries meet word matches remembered from earlier ones.
  const similarity = new ShortFieldSimilarity();

  it("has questions with candidates to compare", () => {
    expect(questions.filter((q) => index.search(q, { limit: 12 }).length > 0).length).toBeGreaterThan(40);
  });

  it.each(questions)("scores exactly as fuse.js for %j (the index's candidates)", (q) => {
    const candidates = index.search(q, { limit: 12 }).map((h) => shortFields(h.vacancy));
    // Candidates the index did not pick, too: fields the query barely touches.
    const others = generated.slice(0, 12).map(shortFields);
    for (const fields of [candidates, others]) {
      expect(similarity.similarities(q, fields)).toEqual(fuseSimilarities(q, fields));
    }
  });

  it("scores as fuse.js while its memory of word matches fills and is cleared", () => {
    const forgetful = new ShortFieldSimilarity({ maxRemembered: 200 });
    for (const q of questions.slice(0, 40)) {
      const fields = index.search(q, { limit: 12 }).map((h) => shortFields(h.vacancy));
      expect(forgetful.similarities(q, fields)).toEqual(fuseSimilarities(q, fields));
    }
  });

  it("scores as fuse.js on near-miss words (few letters: many one- and two-error matches)", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const text = (length: number, letters: string) =>
      Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join("");
    const fresh = new ShortFieldSimilarity();
    for (let round = 0; round < 150; round++) {
      const letters = ["ab ", "abc ", "abcdef  "][round % 3] as string;
      const fields = Array.from({ length: 4 }, () => ({
        title: text(5 + Math.floor(random() * 30), letters),
        acronyms: text(Math.floor(random() * 12), letters),
        place: text(3 + Math.floor(random() * 20), letters),
      }));
      const q = text(2 + Math.floor(random() * 25), letters);
      expect(fresh.similarities(q, fields)).toEqual(fuseSimilarities(q, fields));
    }
  });

  it("scores blank and odd fields as fuse.js does", () => {
    const fields: ShortFields[] = [
      { title: "Network Technician", acronyms: "", place: "   " },
      { title: " \n ", acronyms: "—", place: "Mons \n Belgium" },
      { title: "Technician, Network", acronyms: "NT \n network technician", place: "Zürich" },
    ];
    for (const q of ["network technician", "technican", "zurich", "—", "belgium network"]) {
      expect(similarity.similarities(q, fields)).toEqual(fuseSimilarities(q, fields));
    }
  });

  it("is not fooled by an unrelated query (the comparison can fail)", () => {
    const fields = [shortFields(seeds[0] as Vacancy)];
    expect(similarity.similarities(seeds[0]?.title ?? "", fields)[0]).toBeGreaterThan(0.5);
    expect(similarity.similarities("xylophone quartz", fields)).toEqual([0]);
  });
});
