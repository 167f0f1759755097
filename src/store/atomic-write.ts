// Crash-safe file replacement: write a temporary file in the same folder, fsync it, rename it
// over the target and fsync the folder. A crash or kill at any point leaves either the old or
// the new file, never a torn one. Optionally keeps the replaced version as a backup.
import { copyFile, link, mkdir, open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isProcessAlive } from "./process-alive.ts";

let sequence = 0;

/** Name of a temporary sibling of `path`; `.tmp-<pid>-<n>` so a leftover can be traced to its writer. */
export function temporarySibling(path: string): string {
  sequence += 1;
  return `${path}.tmp-${process.pid}-${sequence}`;
}

/** fsyncs a directory so a rename inside it survives a power loss (no-op where unsupported). */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; there the rename itself is the durability point.
    const code = (error as NodeJS.ErrnoException).code;
    if (!(process.platform === "win32" && (code === "EISDIR" || code === "EPERM" || code === "EACCES")))
      throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes `data` to a new file and fsyncs it before returning. */
async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, "wx", 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes the current content of `path` (if any) the backup at `backupPath`, atomically.
 * A hard link costs no copy and keeps the old inode, which the coming rename detaches from
 * `path`, so later in-place edits of `path` can never reach the backup.
 */
async function preserveAsBackup(path: string, backupPath: string): Promise<void> {
  const staging = temporarySibling(backupPath);
  try {
    await link(path, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return; // nothing to back up yet
    // File systems without hard links: fall back to a copy.
    await copyFile(path, staging);
  }
  try {
    await rename(staging, backupPath);
  } finally {
    // rename() is a no-op when both names already link the same file (a writer killed right
    // after its backup step leaves exactly that): the staging name must go either way.
    await rm(staging, { force: true });
  }
}

/**
 * Atomically replaces `path` with `data` (creating its folder if needed). With `backupPath`,
 * the version being replaced is kept there first.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { backupPath?: string | undefined } = {},
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = temporarySibling(path);
  try {
    await writeAndSync(temporary, data);
    if (options.backupPath) await preserveAsBackup(path, options.backupPath);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDirectory(dir);
}

/**
 * Deletes temporary siblings of `path` (and of its backup) left by a process that was killed
 * mid-write; those of running processes are kept. They never hold data that was acknowledged.
 */
export async function removeStaleTemporaries(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = basename(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // no folder yet: nothing to clean
  }
  for (const name of names) {
    const match = /\.tmp-(\d+)-\d+$/.exec(name);
    if (!match || !name.startsWith(prefix)) continue;
    if (!isProcessAlive(Number(match[1]))) await rm(join(dir, name), { force: true });
  }
}
