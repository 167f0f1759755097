// The persisted search index: a loaded index answers exactly like the one it was saved from, keeps
// updating, and a file that does not match the data (stale, damaged, other version) is refused.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateVacancies } from "../../bench/generateVacancies.ts";
import { benchQuestions } from "../../bench/questions.ts";
import { indexFileFor, openIndex } from "../../src/search/indexFile.ts";
import {
  decodeSnapshot,
  encodeSnapshot,
  IndexSnapshotError,
  SNAPSHOT_VERSION,
} from "../../src/search/snapshotCodec.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { JsonFileStore } from "../../src/store/JsonFileStore.ts";
import type { Vacancy } from "../../src/vacancy.ts";
import { recruiter, tempFolder } from "../store/fixtures/vacancies.ts";

const vacancies = generateVacancies(300);
const questions = [
  ...benchQuestions(vacancies),
  "TSCM",
  "netwrok",
  "what's open in Brussels",
  "coffee machine",
];
const now = new Date("2025-06-01T12:00:00Z");

function ownedIndex(list: Vacancy[]) {
  const owner = new Map(list.map((v) => [v.id, v]));
  return { owner, index: new VacancyIndex(list, { lookup: (id) => owner.get(id) }) };
}

/** What a query returns, compared exactly (ids, scores, coverages, totals, word readings). */
function results(index: VacancyIndex, q: string) {
  const r = index.query(q, { limit: 20 });
  const open = index.query(q, { limit: 20, openOrUndatedAt: now, orderBy: "deadline" });
  return {
    hits: r.hits.map((h) => [h.vacancy.id, h.score, h.coverage, h.titleCoverage]),
    total: r.total,
    terms: r.terms,
    open: open.hits.map((h) => h.vacancy.id),
    openTotal: open.total,
  };
}

describe("index snapshot: encode and decode", () => {
  it("loads an index that answers exactly like the one saved, and keeps updating the same way", () => {
    const { owner, index } = ownedIndex(vacancies);
    const bytes = encodeSnapshot(index.toSnapshot(), "fp-1");
    const loaded = VacancyIndex.fromSnapshot(decodeSnapshot(bytes, "fp-1"), {
      lookup: (id) => owner.get(id),
    });
    for (const q of questions) expect([q, results(loaded, q)]).toEqual([q, results(index, q)]);
    expect(loaded.openByDeadline(now, 5)).toEqual(index.openByDeadline(now, 5));
    expect(loaded.withoutDeadline(5)).toEqual(index.withoutDeadline(5));

    // The same changes applied to both: one vacancy replaced, one closed, one added.
    const [a, b] = vacancies as [Vacancy, Vacancy];
    const changes: [Vacancy, Vacancy | null][] = [
      [{ ...a, title: "Helicopter Pilot" }, a],
      [{ ...b, state: "closed" }, b],
      [{ ...a, id: "brand-new", title: "Marine Biologist" }, null],
    ];
    for (const [after, before] of changes) {
      owner.set(after.id, after);
      index.upsert(after, before);
      loaded.upsert(after, before);
    }
    for (const q of [...questions, "helicopter pilot", "marine biologist"]) {
      expect([q, results(loaded, q)]).toEqual([q, results(index, q)]);
    }
  });

  it("refuses what it cannot trust, with a reason", () => {
    const { index } = ownedIndex(vacancies.slice(0, 20));
    const bytes = encodeSnapshot(index.toSnapshot(), "fp-1");
    const refuse = (input: Uint8Array, fingerprint: string, reason: RegExp) => {
      expect(() => decodeSnapshot(input, fingerprint)).toThrow(IndexSnapshotError);
      expect(() => decodeSnapshot(input, fingerprint)).toThrow(reason);
    };
    refuse(bytes, "fp-2", /other data/);
    refuse(new TextEncoder().encode("[{}]"), "fp-1", /not a vacancy-bot index/);
    refuse(bytes.slice(0, bytes.length - 100), "fp-1", /cut short/);
    const otherVersion = Buffer.from(bytes);
    const at = otherVersion.indexOf(`"version":${SNAPSHOT_VERSION}`);
    otherVersion.write('"version":9', at, "latin1");
    refuse(otherVersion, "fp-1", /another version/);
    // A posting that names a vacancy the index does not have: the last int32 of the slots section.
    const damaged = Buffer.from(bytes);
    const decoded = decodeSnapshot(damaged, "fp-1");
    const slots = decoded.index.slots;
    slots[slots.length - 1] = 1_000_000;
    refuse(damaged, "fp-1", /inconsistent/);
  });

  it("is only taken of an index whose vacancies a lookup owns", () => {
    expect(() => new VacancyIndex(vacancies.slice(0, 3)).toSnapshot()).toThrow(/only an index over a lookup/);
  });
});

describe("openIndex: the index file next to the data file", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
  });
  afterEach(() => cleanup());

  async function storeWith(list: Vacancy[]) {
    const dataFile = join(dir, "vacancies.json");
    await writeFile(dataFile, `${JSON.stringify(list, null, 2)}\n`);
    const store = new JsonFileStore({ dataFile });
    await store.open();
    return { store, file: indexFileFor(dataFile) };
  }

  it("builds and saves once, then loads; rebuilds after the data changed", async () => {
    const { store, file } = await storeWith(vacancies.slice(0, 50));
    expect(file).toBe(join(dir, "vacancies.index"));
    const first = await openIndex({ store, file, persistFrom: 10 });
    expect(first.origin).toBe("built");
    expect(first.stale).toBe(true);
    await first.save();
    expect(first.stale).toBe(false);

    const second = await openIndex({ store, file, persistFrom: 10 });
    expect(second.origin).toBe("loaded");
    expect(second.stale).toBe(false);
    for (const q of questions.slice(0, 12)) expect(results(second.index, q)).toEqual(results(first.index, q));

    await store.close((vacancies[0] as Vacancy).id, { actor: recruiter });
    expect(second.stale).toBe(true); // the file no longer matches the data
    const third = await openIndex({ store, file, persistFrom: 10 });
    expect(third.origin).toBe("built");
    expect(third.ignored).toMatch(/other data/);
  });

  it("ignores a damaged file and rebuilds, saying why", async () => {
    const { store, file } = await storeWith(vacancies.slice(0, 20));
    await writeFile(file, "garbage");
    const opened = await openIndex({ store, file, persistFrom: 10 });
    expect(opened.origin).toBe("built");
    expect(opened.ignored).toMatch(/not a vacancy-bot index/);
    expect(opened.index.size).toBe(20);
  });

  it("keeps no file for a small dataset or without a file", async () => {
    const { store, file } = await storeWith(vacancies.slice(0, 20));
    const small = await openIndex({ store, file });
    expect(small.stale).toBe(false);
    await small.save();
    await expect(readFile(file)).rejects.toMatchObject({ code: "ENOENT" });
    const none = await openIndex({ store, file: undefined, persistFrom: 1 });
    await none.save();
    await expect(readFile(file)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
