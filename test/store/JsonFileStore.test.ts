// The JSON file store against a real temp folder: durability, validation, errors, audit, signals.
import { readFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.ts";
import {
  ConflictError,
  CorruptFileError,
  DuplicateError,
  InvalidRecordError,
  JsonFileStore,
  NotFoundError,
  openStore,
  type StoreChange,
  StoreError,
} from "../../src/store/index.ts";
import { LIMITS, type Vacancy } from "../../src/vacancy.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
let dataFile: string;
const clock = fixedClock("2026-11-23T10:00:00Z");

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  dataFile = join(dir, "vacancies.json");
});
afterEach(() => cleanup());

const open = () => openStore({ dataFile, clock });
const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8"));

describe("JsonFileStore: storing", () => {
  it("refuses reads and writes before open(), rather than look like an empty dataset", async () => {
    const store = new JsonFileStore({ dataFile });
    expect(() => store.list()).toThrow(/load\(\) .* before reading/);
    await expect(store.upsert(makeVacancy("a"), { actor: recruiter })).rejects.toThrow(/before writing/);
  });

  it("starts empty without creating a file when none exists, and creates it on the first write", async () => {
    const store = await open();
    expect(store.list()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    await store.upsert(makeVacancy("cyber-analyst"), { actor: recruiter });
    expect(await readdir(dir)).toEqual(["audit.jsonl", "vacancies.json"]);
  });

  it("keeps data/vacancies.json a plain JSON array of validated Vacancy objects that a reopen reads back", async () => {
    const store = await open();
    const { vacancy, created, etag, warnings } = await store.upsert(makeVacancy("cyber-analyst"), {
      actor: recruiter,
    });
    expect(created).toBe(true);
    expect(warnings).toEqual([]);
    expect(etag).toBe(store.etag("cyber-analyst"));
    expect(vacancy.state).toBe("published");
    const onDisk = await readJson(dataFile);
    expect(Array.isArray(onDisk)).toBe(true);
    expect(onDisk).toEqual([vacancy]);
    const reopened = await open();
    expect(reopened.get("cyber-analyst")).toEqual(vacancy);
    expect(reopened.etag("cyber-analyst")).toBe(etag);
  });

  it("lands all of 50 concurrent upserts, in memory, on disk and in the audit log", async () => {
    const store = await open();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.upsert(makeVacancy(`post-${i}`), { actor: recruiter })),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(store.list()).toHaveLength(50);
    const ids = (await readJson(dataFile)).map((v: Vacancy) => v.id).sort();
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => `post-${i}`).sort());
    const audit = (await readFile(join(dir, "audit.jsonl"), "utf8")).trim().split("\n");
    expect(audit).toHaveLength(50);
    expect((await open()).list()).toHaveLength(50);
  });

  it("serialises concurrent edits of the same vacancy without losing any (no expected etag)", async () => {
    const store = await open();
    await store.upsert(makeVacancy("shared", { posts: 1 }), { actor: recruiter });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.upsert(makeVacancy("shared", { posts: i + 2 }), { actor: recruiter }),
      ),
    );
    expect(store.get("shared")?.posts).toBe(21);
    expect((await store.history("shared")).map((e) => e.after?.posts)).toEqual(
      Array.from({ length: 21 }, (_, i) => i + 1),
    );
  });

  it("gives one success and one ConflictError for two edits based on the same version", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    const base = store.etag("analyst");
    const outcomes = await Promise.allSettled([
      store.upsert(makeVacancy("analyst", { title: "Edit by Alice" }), {
        actor: recruiter,
        expectedEtag: base,
      }),
      store.upsert(makeVacancy("analyst", { title: "Edit by Bob" }), {
        actor: recruiter,
        expectedEtag: base,
      }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ConflictError);
    expect(failure.reason.code).toBe("conflict");
    expect(failure.reason.message).toMatch(/changed by someone else.*reload/i);
    expect((await open()).get("analyst")?.title).toBe("Edit by Alice");
  });

  it("refuses a create whose id was taken meanwhile (expectedEtag null) as a conflict", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    await expect(
      store.upsert(makeVacancy("analyst"), { actor: recruiter, expectedEtag: null }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("does not write or audit an upsert that changes nothing", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    const again = await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    expect(again).toMatchObject({ created: false, changed: false });
    expect(await store.history("analyst")).toHaveLength(1);
  });

  it("keeps the replaced version as the backup", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst", { title: "First" }), { actor: recruiter });
    await store.upsert(makeVacancy("analyst", { title: "Second" }), { actor: recruiter });
    expect((await readJson(`${dataFile}.bak`))[0].title).toBe("First");
    expect((await readJson(dataFile))[0].title).toBe("Second");
    expect((await readdir(dir)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

describe("JsonFileStore: lifecycle and audit", () => {
  it("closes and withdraws with a reason, idempotently, recording who/when/what/before/after", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    const closed = await store.close("analyst", { actor: recruiter, reason: "Post filled" });
    expect(closed).toMatchObject({ state: "closed", closedReason: "Post filled" });
    await store.close("analyst", { actor: recruiter, reason: "again" }); // no-op
    const withdrawn = await store.withdraw("analyst", { actor: { id: "cli-user", via: "cli" } });
    expect(withdrawn.state).toBe("withdrawn");

    const history = await (await open()).history("analyst");
    expect(history.map((e) => e.action)).toEqual(["create", "close", "withdraw"]);
    expect(history[1]).toMatchObject({
      at: "2026-11-23T10:00:00.000Z",
      actor: recruiter,
      reason: "Post filled",
      before: { state: "published" },
      after: { state: "closed", closedReason: "Post filled" },
    });
    expect(history[2]?.actor).toEqual({ id: "cli-user", via: "cli" });
    expect(await store.history("unknown-id")).toEqual([]);
  });

  it("records a reopen when a closed vacancy is published again", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    await store.close("analyst", { actor: recruiter });
    await store.upsert(makeVacancy("analyst", { state: "published" }), { actor: recruiter });
    expect((await store.history("analyst")).map((e) => e.action)).toEqual(["create", "close", "reopen"]);
  });

  it("signals a change only after it is durable on disk", async () => {
    const store = await open();
    const seen: { change: StoreChange; onDisk: Vacancy[] }[] = [];
    store.onChange((change) => {
      // Synchronous read on purpose: the file must already hold the change when the signal fires.
      seen.push({ change, onDisk: JSON.parse(readFileSync(dataFile, "utf8")) });
    });
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    await store.close("analyst", { actor: recruiter });
    expect(seen.map((s) => s.change.action)).toEqual(["create", "close"]);
    expect(seen[0]?.onDisk.map((v) => v.id)).toEqual(["analyst"]);
    expect(seen[1]?.onDisk[0]?.state).toBe("closed");
    expect(seen[1]?.change.before?.state).toBe("published");
  });

  it("keeps a write successful when a change listener throws", async () => {
    const store = new JsonFileStore({ dataFile, clock, logger: undefined });
    await store.open();
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
    try {
      store.onChange(() => {
        throw new Error("listener broke");
      });
      await expect(store.upsert(makeVacancy("analyst"), { actor: recruiter })).resolves.toBeDefined();
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).toMatch(/listener failed.*listener broke/);
  });

  it("sees changes another store instance (another process) wrote before writing its own", async () => {
    const server = await open();
    const cli = await open();
    const external: string[] = [];
    server.onChange((c) => external.push(`${c.action}:${c.vacancy.id}`));
    await cli.upsert(makeVacancy("from-cli"), { actor: { id: "ops", via: "cli" } });
    await server.upsert(makeVacancy("from-bot"), { actor: recruiter });
    expect((await readJson(dataFile)).map((v: Vacancy) => v.id)).toEqual(["from-cli", "from-bot"]);
    expect(external).toEqual(["create:from-cli", "create:from-bot"]);
  });
});

describe("JsonFileStore: bad input is refused with nothing written", () => {
  async function snapshot() {
    const files = await readdir(dir);
    return Promise.all(files.sort().map(async (f) => [f, await readFile(join(dir, f), "utf8")]));
  }

  it("refuses a duplicate id in create mode", async () => {
    const store = await open();
    await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    const before = await snapshot();
    const error = await store
      .upsert(makeVacancy("analyst", { title: "Other" }), { actor: recruiter, mode: "create" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(DuplicateError);
    expect(error.code).toBe("duplicate");
    expect(error.message).toMatch(/"analyst" already exists \("Post analyst"\)/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an update of a vacancy that does not exist", async () => {
    const store = await open();
    const error = await store
      .upsert(makeVacancy("ghost"), { actor: recruiter, mode: "update" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/No vacancy with id "ghost" to update/);
    await expect(store.close("ghost", { actor: recruiter })).rejects.toMatchObject({ code: "not_found" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("accepts a deadline already past when posting, with a warning", async () => {
    const store = await open();
    const result = await store.upsert(makeVacancy("late", { deadline: "2026-11-22" }), { actor: recruiter });
    expect(result.created).toBe(true);
    expect(result.warnings).toEqual([
      expect.stringMatching(/deadline 2026-11-22 is already past.*2026-11-23/),
    ]);
    const today = await store.upsert(makeVacancy("today", { deadline: "2026-11-23" }), { actor: recruiter });
    expect(today.warnings).toEqual([]);
  });

  it("refuses fields over the limits, naming each field", async () => {
    const store = await open();
    const error = await store
      .upsert(makeVacancy("long", { title: "x".repeat(LIMITS.title + 1), posts: 0 }), { actor: recruiter })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/title: .*300/);
    expect(error.message).toMatch(/posts: /);
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses text with broken characters (lone surrogates cannot be written as UTF-8)", async () => {
    const store = await open();
    const error = await store
      .upsert(makeVacancy("broken", { summary: "caf\uD800 au lait" }), { actor: recruiter })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.message).toMatch(/summary: contains broken characters/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("JsonFileStore: a damaged data file stops start-up with a clear error", () => {
  async function writeGoodFile() {
    const store = await open();
    await store.upsert(makeVacancy("first"), { actor: recruiter });
    await store.upsert(makeVacancy("second"), { actor: recruiter });
    return readFile(dataFile);
  }

  async function openError(): Promise<CorruptFileError> {
    const error = await open().catch((e) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain(dataFile);
    return error;
  }

  it("names the file, the line, the truncation and the backup to restore for a truncated file", async () => {
    const good = await writeGoodFile();
    const truncated = good.subarray(0, Math.floor(good.length * 0.6));
    await writeFile(dataFile, truncated);
    const error = await openError();
    expect(error.message).toMatch(/line \d+, column \d+: .*truncated/);
    expect(error.details.location?.line).toBeGreaterThan(1);
    expect(error.message).toContain(`cp ${dataFile}.bak ${dataFile}`);
    expect(error.message).toMatch(/last good copy \(\d vacanc(y|ies)/);
    expect(error.message).toContain("audit.jsonl");
    // Nothing was replaced: the damaged file is still there for the user to inspect.
    expect(Buffer.compare(await readFile(dataFile), truncated)).toBe(0);
    // And the backup really is loadable.
    await writeFile(dataFile, await readFile(`${dataFile}.bak`));
    expect((await open()).list().length).toBeGreaterThan(0);
  });

  it("names the line, entry and field of a hand-broken value", async () => {
    await writeGoodFile();
    const text = await readFile(dataFile, "utf8");
    await writeFile(dataFile, text.replace('"deadline": "2026-12-31"', '"deadline": "31/12/2026"'));
    const error = await openError();
    expect(error.message).toMatch(
      /line 8, entry 1 \(id "first"\), field "deadline": expected a date as YYYY-MM-DD/,
    );
    expect(error.details).toMatchObject({ field: "deadline", location: { line: 8 } });
  });

  it("reports a duplicate id in the file with both lines", async () => {
    await writeGoodFile();
    const entries = await readJson(dataFile);
    await writeFile(dataFile, JSON.stringify([entries[0], entries[1], entries[0]], null, 2));
    const error = await openError();
    expect(error.message).toMatch(
      /entry 3 \(id "first"\): duplicate id, already used by the vacancy at line 2/,
    );
  });

  it("refuses a file that is not valid UTF-8, naming the line", async () => {
    await writeGoodFile();
    const bytes = await readFile(dataFile);
    const at = bytes.indexOf("Summary of second");
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]);
    await writeFile(dataFile, broken);
    const error = await openError();
    const line = bytes.subarray(0, at).toString("utf8").split("\n").length;
    expect(error.message).toContain(`line ${line}, column`);
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it("never treats an empty file or a non-array as an empty dataset", async () => {
    await writeGoodFile();
    await writeFile(dataFile, "");
    expect((await openError()).message).toMatch(/the file is empty/);
    await writeFile(dataFile, '{"id": "x"}');
    expect((await openError()).message).toMatch(/expected a JSON array of vacancies/);
  });

  it("says so when there is no backup to restore", async () => {
    await writeFile(dataFile, "[{");
    const error = await openError();
    expect(error.message).toMatch(/no backup at .*vacancies\.json\.bak/);
  });
});

describe("JsonFileStore: stored records are shared read-only", () => {
  it("returns and signals the very (frozen) object it stores, so an in-place edit throws", async () => {
    const store = await open();
    let signalled: Vacancy | undefined;
    store.onChange((c) => {
      signalled = c.vacancy;
    });
    const { vacancy } = await store.upsert(makeVacancy("analyst"), { actor: recruiter });
    expect(store.get("analyst")).toBe(vacancy);
    expect(signalled).toBe(vacancy);
    expect(() => {
      (vacancy as { title: string }).title = "changed behind the store's back";
    }).toThrow(TypeError);
    expect(() => (vacancy.essential as string[]).push("x")).toThrow(TypeError);
    expect((await open()).get("analyst")?.title).toBe("Post analyst");
  });
});
