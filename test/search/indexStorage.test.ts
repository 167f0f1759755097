// How the index stores what it knows: postings packed by a batch build exactly as if added one by
// one, and vacancies read back through their owner (the store) instead of a second copy.
import { describe, expect, it } from "vitest";
import { generateVacancies } from "../../bench/generateVacancies.ts";
import { FIELDS } from "../../src/search/fields.ts";
import { InvertedIndex, type Postings } from "../../src/search/InvertedIndex.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const docs = generateVacancies(120).map((v) => [
  v.title,
  "",
  v.location ?? "",
  v.essential.join(" \n "),
  v.summary,
]);

function postingsOf(index: InvertedIndex, term: string): number[][] {
  const id = index.termId(term);
  if (id === undefined) return [];
  const p: Postings = index.postings(id);
  return Array.from({ length: p.length }, (_, k) => [p.slots[k] as number, p.impacts[k] as number]);
}

function vocabulary(index: InvertedIndex): string[] {
  const out: string[] = [];
  for (let id = 0; index.termText(id) !== ""; id++) out.push(index.termText(id));
  return out;
}

describe("InvertedIndex: batch build", () => {
  it("packs exactly the postings that adding one by one gives, around earlier and later documents", () => {
    const averages = FIELDS.map(() => 40);
    const oneByOne = new InvertedIndex();
    const batched = new InvertedIndex();
    oneByOne.primeAverages(averages);
    batched.primeAverages(averages);
    // 10 before the batch (one of them removed), 100 in it, 10 after it.
    for (let i = 0; i < 10; i++) {
      oneByOne.add(i, docs[i] as string[]);
      batched.add(i, docs[i] as string[]);
    }
    oneByOne.remove(3, docs[3] as string[]);
    batched.remove(3, docs[3] as string[]);
    oneByOne.add(10, docs[10] as string[]);
    batched.beginBulk(1000); // too small on purpose: the buffer must grow
    batched.add(10, docs[10] as string[]);
    for (let i = 11; i < 110; i++) {
      oneByOne.add(i, docs[i] as string[]);
      batched.add(i, docs[i] as string[]);
    }
    batched.endBulk();
    for (let i = 110; i < 120; i++) {
      oneByOne.add(i, docs[i] as string[]);
      batched.add(i, docs[i] as string[]);
    }
    const terms = vocabulary(oneByOne);
    expect(vocabulary(batched)).toEqual(terms);
    expect(terms.length).toBeGreaterThan(200);
    for (const term of terms) {
      const id = oneByOne.termId(term) as number;
      expect([term, batched.df(id)]).toEqual([term, oneByOne.df(id)]);
      expect([term, postingsOf(batched, term)]).toEqual([term, postingsOf(oneByOne, term)]);
    }
  });
});

describe("VacancyIndex: vacancies owned by a lookup (the store)", () => {
  const seeds = seedVacancies();
  const owner = () => new Map(seeds.map((v) => [v.id, v]));

  it("answers with the owner's objects and reads every hit through it", () => {
    const store = owner();
    const reads: string[] = [];
    const index = new VacancyIndex(store.values(), {
      lookup: (id) => {
        reads.push(id);
        return store.get(id);
      },
    });
    const hit = index.search("network technician")[0];
    expect(hit?.vacancy).toBe(store.get("network-and-communications-technician"));
    expect(reads).toContain("network-and-communications-technician");
    expect(index.get("network-and-communications-technician")).toBe(hit?.vacancy);
    expect(index.get("no-such-id")).toBeUndefined();
    expect(index.all().length).toBe(seeds.length);
  });

  it("builds from a one-shot iterator as well as from an array", () => {
    function* once(): Generator<Vacancy> {
      yield* seeds;
    }
    const fromIterator = new VacancyIndex(once());
    const fromArray = new VacancyIndex(seeds);
    for (const q of ["network technician", "TSCM", "deputy director OSS", "what cybersecurity posts"]) {
      expect(fromIterator.search(q).map((h) => [h.vacancy.id, h.coverage])).toEqual(
        fromArray.search(q).map((h) => [h.vacancy.id, h.coverage]),
      );
    }
  });

  it("replaces a vacancy given the version it replaces, and refuses without it", () => {
    const store = owner();
    const index = new VacancyIndex(store.values(), { lookup: (id) => store.get(id) });
    const before = store.get("network-and-communications-technician") as Vacancy;
    const after = makeVacancy({ id: before.id, title: "Drone Operator" });
    store.set(after.id, after);
    expect(() => index.upsert(after)).toThrow(/needs the version it replaces/);
    index.upsert(after, before);
    expect(index.search("drone operator")[0]?.vacancy).toBe(after);
    expect(index.search("network communications technician")[0]?.vacancy.id).not.toBe(after.id);
    expect(index.size).toBe(seeds.length);
  });

  it("knows which vacancies are open without reading them", () => {
    const store = owner();
    let reads = 0;
    const index = new VacancyIndex(store.values(), {
      lookup: (id) => {
        reads++;
        return store.get(id);
      },
    });
    const { total } = index.openByDeadline(new Date("2000-01-01T00:00:00Z"), 0);
    expect(total).toBe(seeds.filter((v) => v.deadline && v.state === "published").length);
    expect(reads).toBe(0);
  });
});
