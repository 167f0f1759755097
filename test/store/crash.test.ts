// A process killed (SIGKILL) in the middle of its writes leaves a data file that parses, holds
// every acknowledged write, and can be written to again by the next process: both in the middle
// of 1,000 small writes and inside multi-megabyte writes (where a non-atomic write would tear).
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { makeVacancy, recruiter, tempFolder } from "./fixtures/vacancies.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

interface Run {
  count: number;
  /** Characters of filler per vacancy. */
  padding: number;
  ids: number;
  /** Kill once this many writes were acknowledged... */
  killAfter: number;
  /** ...plus this many ms. */
  delayMs: number;
}

/** Runs the write loop in a child process and SIGKILLs it mid-way; returns the acknowledged writes. */
function runAndKill(dataFile: string, run: Run): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const args = [dataFile, run.count, run.padding, run.ids].map(String);
    const child = spawn(process.execPath, ["bin/run-ts.mjs", "test/store/fixtures/write-loop.ts", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acks: number[] = [];
    let buffered = "";
    let stderr = "";
    let killing = false;
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) acks.push(Number(match[1]));
        if (line === "done")
          reject(new Error(`the child finished all ${run.count} writes before it was killed`));
      }
      if (!killing && acks.length >= run.killAfter) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), run.delayMs);
      }
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acks);
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

/** The file parses, every acknowledged write is in it, and the next process can write. */
async function expectIntactAfterKill(dataFile: string, run: Run, acks: number[]): Promise<void> {
  expect(acks.length).toBeGreaterThanOrEqual(run.killAfter);
  expect(acks.length).toBeLessThan(run.count);
  // open() validates the whole file and throws on any damage.
  const store = await openStore({ dataFile });
  const lastAcked = acks.at(-1) ?? -1;
  const inFlight = lastAcked + 1; // the one write that may have landed without its ack
  for (let id = 0; id < run.ids; id++) {
    const newestAcked = acks.filter((i) => i % run.ids === id).at(-1);
    if (newestAcked === undefined) continue;
    const allowed = [`write ${newestAcked}`, ...(inFlight % run.ids === id ? [`write ${inFlight}`] : [])];
    expect(allowed).toContain(store.get(`post-${id}`)?.summary);
  }
  // Leftovers of the killed process (lock, temp file) do not block the next one.
  await store.upsert(makeVacancy("after-crash"), { actor: recruiter });
  expect((await openStore({ dataFile })).get("after-crash")).toBeDefined();
  expect((await store.history("post-0")).length).toBeGreaterThanOrEqual(
    acks.filter((i) => i % run.ids === 0).length,
  );
  const names = await readdir(dir);
  expect(names.filter((f) => f.endsWith(".lock") || f.includes(".tmp-"))).toEqual([]);
}

describe("crash safety", () => {
  // Different kill points so the kill lands in different phases of a write.
  it.each([
    [100, 0],
    [250, 1],
    [300, 2],
  ])(
    "keeps every confirmed write when killed in the middle of 1,000 writes, after %i acks (+%i ms)",
    async (killAfter, delayMs) => {
      const dataFile = join(dir, "vacancies.json");
      const run: Run = { count: 1000, padding: 3000, ids: 100, killAfter, delayMs };
      await expectIntactAfterKill(dataFile, run, await runAndKill(dataFile, run));
    },
    60_000,
  );

  it("keeps the file whole when killed inside multi-megabyte writes", async () => {
    // ~4 MB per write: the kill lands inside writing the file, not between writes.
    for (const delayMs of [2, 7, 13, 19, 29, 41]) {
      const dataFile = join(dir, `large-${delayMs}.json`);
      const run: Run = { count: 1000, padding: 200_000, ids: 20, killAfter: 22, delayMs };
      await expectIntactAfterKill(dataFile, run, await runAndKill(dataFile, run));
    }
  }, 120_000);
});
