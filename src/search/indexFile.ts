// The search index persisted next to the data file (data/vacancies.index), so that a large
// dataset's index loads in about a second at start-up instead of being rebuilt. A persisted index
// is used only for the exact data it was built from (the store's fingerprint, a hash of the data
// file); a missing, stale, damaged or older-version file is ignored and the index rebuilt.
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../store/atomic-write.ts";
import type { VacancyStore } from "../store/VacancyStore.ts";
import { decodeSnapshot, encodeSnapshot, IndexSnapshotError } from "./snapshotCodec.ts";
import { VacancyIndex } from "./VacancyIndex.ts";

/** Below this many vacancies the index builds in well under a second: no file is kept. */
export const PERSIST_FROM_VACANCIES = 5_000;

/** Where a data file's index is kept: vacancies.json -> vacancies.index. */
export function indexFileFor(dataFile: string): string {
  return `${dataFile.replace(/\.json$/i, "")}.index`;
}

export interface OpenIndexOptions {
  store: VacancyStore;
  /** The index file; undefined: always build, never persist. */
  file: string | undefined;
  /** Persist only from this many vacancies (default PERSIST_FROM_VACANCIES). */
  persistFrom?: number;
}

export interface OpenedIndex {
  index: VacancyIndex;
  /** "loaded" from the file, or "built" from the store. */
  origin: "loaded" | "built";
  /** Why an existing file was not used (stale, damaged, other version), for the log. */
  ignored?: string;
  /** True when the file is missing or no longer matches the store: call save() to write it. */
  readonly stale: boolean;
  /** Writes the index file for the store's current content (atomically); no-op when not persisted. */
  save(): Promise<void>;
}

/** The store's search index: loaded from its file when that matches the data, else built. */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { store, file } = options;
  const lookup = (id: string) => store.get(id);
  const persist = file !== undefined && store.fingerprint !== undefined;
  const worthIt = () => store.scan().size >= (options.persistFrom ?? PERSIST_FROM_VACANCIES);
  let savedFingerprint: string | undefined;
  let index: VacancyIndex | undefined;
  let ignored: string | undefined;
  if (persist && worthIt()) {
    const fingerprint = store.fingerprint?.() as string;
    try {
      index = VacancyIndex.fromSnapshot(decodeSnapshot(await readFile(file), fingerprint), { lookup });
      savedFingerprint = fingerprint;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof IndexSnapshotError) ignored = `${file}: ${error.message}`;
      else if (code !== "ENOENT") ignored = `${file}: ${(error as Error).message}`;
    }
  }
  const origin = index ? "loaded" : "built";
  index ??= new VacancyIndex(store.scan(), { lookup });
  const opened: OpenedIndex = {
    index,
    origin,
    ...(ignored ? { ignored } : {}),
    get stale() {
      return persist && worthIt() && savedFingerprint !== store.fingerprint?.();
    },
    async save() {
      if (!persist || !worthIt()) return;
      // The index follows every store change synchronously, so it matches the current fingerprint.
      const fingerprint = store.fingerprint?.() as string;
      await writeFileAtomic(file, encodeSnapshot(opened.index.toSnapshot(), fingerprint));
      savedFingerprint = fingerprint;
    },
  };
  return opened;
}
