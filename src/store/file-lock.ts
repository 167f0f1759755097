// A lock file (`<file>.lock`, created atomically with its owner's pid) so that two processes on
// the same data file (the running server and a `vacancy-bot close` in a terminal) never write at
// the same time. A lock left by a killed process is recognised by its dead pid and taken over.
import { link, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { temporarySibling } from "./atomic-write.ts";
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
    return null; // vanished meanwhile (or written by an older version): retry
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
    if (await createWithContent(lockPath, JSON.stringify(me))) {
      return { release: () => rm(lockPath, { force: true }) };
    }
    const owner = await readOwner(lockPath);
    if (owner && owner.host === me.host && !isProcessAlive(owner.pid)) {
      // Left behind by a killed process. (Two live processes taking over the same dead lock at
      // the same instant could both win; rare enough after a crash to accept for the JSON store.)
      await rm(lockPath, { force: true });
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

/**
 * Creates `path` holding `content`, or returns false if it exists. The content is written to a
 * temporary file first and hard-linked into place, so the lock never exists empty: a process
 * killed half-way leaves either no lock or a complete one naming its (dead) pid.
 */
async function createWithContent(path: string, content: string): Promise<boolean> {
  const staging = temporarySibling(path);
  await writeFile(staging, content, { flag: "wx" });
  try {
    await link(staging, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    if (
      (error as NodeJS.ErrnoException).code !== "EPERM" &&
      (error as NodeJS.ErrnoException).code !== "ENOTSUP"
    )
      throw error;
    // No hard links on this file system: fall back to exclusive create (content follows at once).
    try {
      await writeFile(path, content, { flag: "wx" });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw fallbackError;
    }
  } finally {
    await rm(staging, { force: true });
  }
}
