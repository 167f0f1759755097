// A process killed (SIGKILL) in the middle of 1,000 writes leaves a data file that parses, holds
// every acknowledged write, and can be written to again by the next process.
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

/** Runs the write loop, kills it once `killAfter` acks arrived (plus a small delay); returns the acks. */
function runAndKill(dataFile: string, killAfter: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["bin/run-ts.mjs", "test/store/fixtures/write-loop.ts", dataFile, "1000", "3000"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
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
        if (line === "done") reject(new Error("the child finished all 1,000 writes before it was killed"));
      }
      if (!killing && acks.length >= killAfter) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acks);
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe("crash safety", () => {
  // Different kill points so the kill lands in different phases of a write.
  it.each([
    [100, 0],
    [250, 1],
    [400, 2],
  ])(
    "keeps every confirmed write when killed after %i acks (+%i ms)",
    async (killAfter, delayMs) => {
      const dataFile = join(dir, "vacancies.json");
      const acks = await runAndKill(dataFile, killAfter, delayMs);
      expect(acks.length).toBeGreaterThanOrEqual(killAfter);
      expect(acks.length).toBeLessThan(1000);

      // The file parses and validates (open() throws on any damage).
      const store = await openStore({ dataFile });
      const lastAcked = acks[acks.length - 1] ?? -1;
      // Every acknowledged write is present: for each id, the newest acknowledged write to it, or
      // the one write that was in flight (done but not yet acknowledged) when the kill came.
      for (let id = 0; id < 100; id++) {
        const newestAcked = acks.filter((i) => i % 100 === id).at(-1);
        if (newestAcked === undefined) continue;
        const stored = store.get(`post-${id}`)?.summary;
        const inFlight = lastAcked + 1;
        const allowed = [`write ${newestAcked}`, ...(inFlight % 100 === id ? [`write ${inFlight}`] : [])];
        expect(allowed).toContain(stored);
      }

      // The next process can write; leftovers of the killed one (lock, temp file) do not block it.
      await store.upsert(makeVacancy("after-crash"), { actor: recruiter });
      expect((await openStore({ dataFile })).get("after-crash")).toBeDefined();
      const history = await store.history("post-0");
      expect(history.length).toBeGreaterThanOrEqual(acks.filter((i) => i % 100 === 0).length);
      expect((await readdir(dir)).filter((f) => f.endsWith(".lock"))).toEqual([]);
    },
    60_000,
  );
});
