// Leftovers and neighbours: a lock held by another process, a lock or temp file left by a killed
// one, a torn audit line. Each is handled with a clear message or cleaned up, never ignored.
import { spawnSync } from "node:child_process";
import { appendFile, link, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JsonFileStore, openStore, StoreIoError } from "../../src/store/index.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
let dataFile: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  dataFile = join(dir, "vacancies.json");
});
afterEach(() => cleanup());

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("file lock", () => {
  it("waits for a live holder and then names it in a clear error", async () => {
    const store = new JsonFileStore({ dataFile, lockTimeoutMs: 150 });
    await store.open();
    // A live process (this one, as if another store instance held it) owns the lock.
    await writeFile(`${dataFile}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), at: "then" }));
    const error = await store.upsert(makeVacancy("a"), { actor: recruiter }).catch((e) => e);
    expect(error).toBeInstanceOf(StoreIoError);
    expect(error.code).toBe("io");
    expect(error.message).toContain(`locked by process ${process.pid}`);
    expect(error.message).toContain(`delete ${dataFile}.lock`);
    expect(store.list()).toEqual([]);
  });

  it("takes over a lock left by a killed process", async () => {
    const store = await openStore({ dataFile });
    await writeFile(`${dataFile}.lock`, JSON.stringify({ pid: deadPid(), host: hostname(), at: "then" }));
    await store.upsert(makeVacancy("a"), { actor: recruiter });
    expect((await openStore({ dataFile })).get("a")).toBeDefined();
    expect(await readdir(dir)).not.toContain("vacancies.json.lock");
  });
});

describe("leftovers of a killed writer", () => {
  it("removes temp files of dead processes on open and keeps those of live ones", async () => {
    const dead = `vacancies.json.tmp-${deadPid()}-7`;
    const live = `vacancies.json.tmp-${process.pid}-999999`;
    await writeFile(join(dir, dead), "[{");
    await writeFile(join(dir, live), "[{");
    await openStore({ dataFile });
    const names = await readdir(dir);
    expect(names).not.toContain(dead);
    expect(names).toContain(live);
  });
});

describe("a writer killed between its backup step and its rename", () => {
  it("leaves the backup linked to the data file: the next write separates them and leaves no staging file", async () => {
    const store = await openStore({ dataFile });
    await store.upsert(makeVacancy("a"), { actor: recruiter });
    // Recreate the state such a kill leaves: the backup is a hard link of the live data file.
    await rm(`${dataFile}.bak`, { force: true });
    await link(dataFile, `${dataFile}.bak`);

    await (await openStore({ dataFile })).upsert(makeVacancy("b"), { actor: recruiter });
    expect((await readdir(dir)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect((await stat(`${dataFile}.bak`)).ino).not.toBe((await stat(dataFile)).ino);
    expect(JSON.parse(await readFile(`${dataFile}.bak`, "utf8")).map((v: { id: string }) => v.id)).toEqual([
      "a",
    ]);
  });
});

describe("read-only use", () => {
  it("opening and reading a store writes nothing into its folder", async () => {
    await writeFile(dataFile, JSON.stringify([makeVacancy("a")]));
    const store = await openStore({ dataFile });
    store.list();
    await store.history("a");
    expect(await readdir(dir)).toEqual(["vacancies.json"]);
  });
});

describe("audit log", () => {
  it("skips and reports a torn line without losing the entries around it", async () => {
    const store = new JsonFileStore({ dataFile });
    await store.open();
    await store.upsert(makeVacancy("a"), { actor: recruiter });
    const auditFile = join(dir, "audit.jsonl");
    await appendFile(auditFile, '{"at":"2026-11-23T10:00:00Z","actor":{"id":"x"'); // torn by a crash
    const restarted = new JsonFileStore({ dataFile });
    await restarted.open();
    await restarted.close("a", { actor: recruiter });

    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect((await restarted.history("a")).map((e) => e.action)).toEqual(["create", "close"]);
    } finally {
      console.warn = original;
    }
    expect(warnings).toEqual([expect.stringMatching(/audit\.jsonl line 2 was skipped: not JSON/)]);
    // Our append started on a fresh line, so the torn fragment did not swallow it.
    expect((await readFile(auditFile, "utf8")).split("\n")).toHaveLength(4);
  });
});
