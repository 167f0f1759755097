// A lock file (`<file>.lock`, created with O_EXCL) so that two processes on the same data file
// (the running server and a `vacancy-bot close` in a terminal) never write at the same time.
// A lock left by a killed process is recognised by its dead pid and taken over.

import { open, readFile, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { StoreIoError } from "./errors.ts";
import { isProcessAlive } from "./process-alive.ts";

interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, "utf8")) as Partial<LockOwner>;
    return typeof parsed.pid === "number" ? (parsed as LockOwner) : null;
  } catch {
    return null; // vanished, or caught half-written by its creator: treat as held and retry
  }
}

/** Holds the lock on `file`; `release()` gives it up. */
export interface FileLock {
  release(): Promise<void>;
}

/**
 * Takes the lock on `file`, waiting up to `timeoutMs` for another process to release it.
 * Throws a StoreIoError naming the holder when it does not come free.
 */
export async function acquireFileLock(file: string, options: { timeoutMs?: number } = {}): Promise<FileLock> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const me: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return { release: () => rm(lockPath, { force: true }) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw error; // the folder is missing: the caller creates it first
      if (code !== "EEXIST") throw error;
    }
    const owner = await readOwner(lockPath);
    if (owner && owner.host === me.host && !isProcessAlive(owner.pid)) {
      await rm(lockPath, { force: true }); // left behind by a killed process
      continue;
    }
    if (Date.now() > deadline) {
      const who = owner ? `process ${owner.pid} on ${owner.host} since ${owner.at}` : "another process";
      throw new StoreIoError(
        `${file} is locked by ${who}. If no vacancy-bot process is running, delete ${lockPath} and retry.`,
      );
    }
    await sleep(Math.min(5 + attempt * 5, 50));
  }
}
