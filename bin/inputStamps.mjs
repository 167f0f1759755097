// What a cached build was made from: each input file's modification time and size. A build is
// reused only while every stamp still matches (bin/compiledEntry.mjs, adapters/local/assets.ts).
import { statSync } from "node:fs";
import { join } from "node:path";

/** Stamps of `files` (relative to `root`): { [file]: [mtimeMs, size] }. Throws if one is missing. */
export function stampInputs(root, files) {
  const stamps = {};
  for (const file of files) {
    const stats = statSync(join(root, file));
    stamps[file] = [stats.mtimeMs, stats.size];
  }
  return stamps;
}

/** True when every stamped file still exists with the same modification time and size. */
export function inputsUnchanged(root, stamps) {
  if (!stamps || typeof stamps !== "object") return false;
  for (const [file, stamp] of Object.entries(stamps)) {
    if (!Array.isArray(stamp)) return false;
    try {
      const stats = statSync(join(root, file));
      if (stats.mtimeMs !== stamp[0] || stats.size !== stamp[1]) return false;
    } catch {
      return false; // removed or renamed
    }
  }
  return true;
}
