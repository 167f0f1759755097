// How the index holds vacancies: read back through their owner (the store) instead of a second copy.
import { describe, expect, it } from "vitest";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

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
