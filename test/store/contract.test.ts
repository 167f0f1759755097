// The VacancyStore contract, run against every implementation, so the in-memory store used in
// tests behaves like the file store used in production (and a future PostgreSQL store can join).
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.ts";
import {
  ConflictError,
  DuplicateError,
  InvalidRecordError,
  JsonFileStore,
  MemoryStore,
  NotFoundError,
  type VacancyStore,
} from "../../src/store/index.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const implementations: [string, () => Promise<VacancyStore>][] = [
  ["MemoryStore", async () => new MemoryStore([], clock)],
  [
    "JsonFileStore",
    async () => {
      const { dir, cleanup } = await tempFolder();
      cleanups.push(cleanup);
      const store = new JsonFileStore({ dataFile: join(dir, "vacancies.json"), clock });
      await store.open();
      return store;
    },
  ],
];

describe.each(implementations)("VacancyStore contract: %s", (_name, create) => {
  it("creates, updates and reports etags that change with content", async () => {
    const store = await create();
    const first = await store.upsert(makeVacancy("a"), { actor: recruiter, mode: "create" });
    expect(first).toMatchObject({ created: true, changed: true });
    const second = await store.upsert(makeVacancy("a", { posts: 2 }), { actor: recruiter, mode: "update" });
    expect(second).toMatchObject({ created: false, changed: true });
    expect(second.etag).not.toBe(first.etag);
    expect(store.etag("a")).toBe(second.etag);
    expect(store.etag("missing")).toBeUndefined();
  });

  it("throws the typed errors", async () => {
    const store = await create();
    await store.upsert(makeVacancy("a"), { actor: recruiter });
    await expect(store.upsert(makeVacancy("a"), { actor: recruiter, mode: "create" })).rejects.toBeInstanceOf(
      DuplicateError,
    );
    await expect(store.upsert(makeVacancy("b"), { actor: recruiter, mode: "update" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      store.upsert(makeVacancy("a", { posts: 3 }), { actor: recruiter, expectedEtag: "stale" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(store.close("a", { actor: recruiter, expectedEtag: "stale" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(store.upsert(makeVacancy("Not A Slug"), { actor: recruiter })).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    await expect(store.withdraw("b", { actor: recruiter })).rejects.toBeInstanceOf(NotFoundError);
    expect(store.list().map((v) => v.id)).toEqual(["a"]);
  });

  it("stores a batch all-or-nothing", async () => {
    const store = await create();
    await store.upsert(makeVacancy("taken"), { actor: recruiter });
    await expect(
      store.upsertMany?.([makeVacancy("new-1"), makeVacancy("taken")], { actor: recruiter, mode: "create" }),
    ).rejects.toBeInstanceOf(DuplicateError);
    expect(store.list().map((v) => v.id)).toEqual(["taken"]);

    const results = await store.upsertMany?.(
      [makeVacancy("new-1"), makeVacancy("new-2", { deadline: "2020-01-01" }), makeVacancy("taken")],
      { actor: recruiter },
    );
    expect(results?.map((r) => [r.vacancy.id, r.created, r.changed, r.warnings.length])).toEqual([
      ["new-1", true, true, 0],
      ["new-2", true, true, 1],
      ["taken", false, false, 0],
    ]);
    expect(store.list().map((v) => v.id)).toEqual(["taken", "new-1", "new-2"]);
    expect(await store.history("new-2")).toHaveLength(1);
  });

  it("signals every change, with before and after", async () => {
    const store = await create();
    const changes: string[] = [];
    const unsubscribe = store.onChange((c) =>
      changes.push(`${c.action}:${c.vacancy.id}:${c.before?.state ?? "-"}`),
    );
    await store.upsert(makeVacancy("a"), { actor: recruiter });
    await store.close("a", { actor: recruiter });
    await store.withdraw("a", { actor: recruiter });
    unsubscribe();
    await store.upsert(makeVacancy("b"), { actor: recruiter });
    expect(changes).toEqual(["create:a:-", "close:a:published", "withdraw:a:closed"]);
  });
});
