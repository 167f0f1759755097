// A durable collection of records kept as a plain JSON array file (vacancies today; subscriptions,
// announcement locations and sent reminders can reuse it). Every record read or written goes through
// its zod schema; writes are serialised in the process, locked across processes, and crash-safe
// (temp file + fsync + rename + directory fsync), with the replaced version kept as a backup.
import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { z } from "zod";
import { removeStaleTemporaries, writeFileAtomic } from "./atomic-write.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { EncodedRecords } from "./EncodedRecords.ts";
import type { FileLocation } from "./errors.ts";
import { CorruptFileError, InvalidRecordError, StoreIoError } from "./errors.ts";
import { acquireFileLock } from "./file-lock.ts";
import {
  describeIssues,
  fieldPath,
  firstInvalidUtf8Offset,
  jsonSyntaxLocation,
  jsonSyntaxReason,
  locateByte,
  locateKey,
  malformedTextFields,
  topLevelElementStarts,
} from "./json-file-problems.ts";
import { topLevelElementRanges } from "./jsonArrayElements.ts";
import { WriteQueue } from "./WriteQueue.ts";

/** What a collection stores and where. */
export interface CollectionSpec<T> {
  /** The JSON array file, e.g. data/vacancies.json. */
  file: string;
  /** Last good copy; default `<file>.bak`. */
  backupFile?: string | undefined;
  schema: z.ZodType<T, unknown>;
  idOf(record: T): string;
  /** Singular and plural nouns for messages: ["vacancy", "vacancies"]. */
  nouns: readonly [string, string];
  /** Extra recovery advice appended to a corrupt-file message (e.g. where the audit log is). */
  recoveryHint?: string | undefined;
  /** Another process changed the file since we last read it; called with what differs, before our write. */
  onExternalChange?: ((changed: ExternalChange<T>[], removedIds: string[]) => void) | undefined;
  lockTimeoutMs?: number | undefined;
}

/** A record another process added or changed: the version we had (undefined if new) and the new one. */
export interface ExternalChange<T> {
  before: T | undefined;
  after: T;
}

/** The view a transaction gets: the current records (fresh from disk) and ways to change them. */
export interface CollectionTransaction<T> {
  readonly records: ReadonlyMap<string, T>;
  /** Validates, writes durably and makes current: `put` replaces or appends, `remove` deletes by id. */
  apply(changes: { put?: readonly T[]; remove?: readonly string[] }): Promise<void>;
  /** Same, replacing the whole collection. */
  replaceAll(records: readonly T[]): Promise<void>;
}

interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

const sameStamp = (a: FileStamp | null, b: FileStamp | null) =>
  a === b || (a !== null && b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino);

async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    const s = await stat(file);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * The file's text: a two-space indented JSON array, exactly what JSON.stringify(records, null, 2)
 * gives, built one record at a time from the encoded records.
 */
function fileText(records: Iterable<unknown>): string {
  const parts: string[] = [];
  for (const record of records) parts.push(`  ${JSON.stringify(record, null, 2).replaceAll("\n", "\n  ")}`);
  return parts.length === 0 ? "[]\n" : `[\n${parts.join(",\n")}\n]\n`;
}

function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("base64url");
}

export class DurableCollection<T> {
  readonly file: string;
  readonly backupFile: string;
  readonly #spec: CollectionSpec<T>;
  readonly #queue = new WriteQueue();
  /** The current records, held encoded (see EncodedRecords): a 100,000-vacancy file stays about its size in memory. */
  #records = EncodedRecords.empty<T>();
  /** The last list() result, kept only while a caller still holds it (a full list is the whole dataset decoded). */
  #list: WeakRef<readonly T[]> | null = null;
  #stamp: FileStamp | null = null;
  #fingerprint = contentHash("");
  #loaded = false;

  constructor(spec: CollectionSpec<T>) {
    this.#spec = spec;
    this.file = spec.file;
    this.backupFile = spec.backupFile ?? `${spec.file}.bak`;
  }

  /**
   * Reads and validates the file (a missing file is an empty collection). Throws CorruptFileError.
   * Writes nothing (read-only runs such as `ask` leave the folder as it was), except that temp
   * files of writers that were killed are deleted.
   */
  async load(): Promise<void> {
    const { records } = await this.#read();
    this.#records = records;
    this.#list = null;
    this.#loaded = true;
    await removeStaleTemporaries(this.file);
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** A hash of the file's content as last read or written: equal fingerprints, equal records. */
  get fingerprint(): string {
    return this.#fingerprint;
  }

  /** Current records, in file order (decoded: a caller iterating once should not hold on to it). */
  list(): readonly T[] {
    this.#assertLoaded();
    const cached = this.#list?.deref();
    if (cached) return cached;
    const list = Object.freeze([...this.#records.values()]);
    this.#list = new WeakRef(list);
    return list;
  }

  /** The current records, readable more than once, each decoded as it is read. */
  scan(): Iterable<T> & { readonly size: number } {
    this.#assertLoaded();
    const records = this.#records; // a snapshot: writes replace it, never change it
    return { size: records.size, [Symbol.iterator]: () => records.values() };
  }

  get(id: string): T | undefined {
    this.#assertLoaded();
    return this.#records.get(id);
  }

  get size(): number {
    return this.#records.size;
  }

  /**
   * Runs `task` exclusively: after every earlier transaction of this process, under the file lock
   * against other processes, and on records reloaded if another process changed the file.
   */
  transaction<R>(task: (tx: CollectionTransaction<T>) => Promise<R>): Promise<R> {
    if (!this.#loaded) return Promise.reject(new Error(`load() ${this.file} before writing to it`));
    return this.#queue.run(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      const lock = await acquireFileLock(this.file, { timeoutMs: this.#spec.lockTimeoutMs });
      try {
        await this.#catchUpWithDisk();
        const collection = this;
        return await task({
          // A getter, so a task that applies several changes always sees the latest records.
          get records() {
            return collection.#records;
          },
          apply: (changes) => this.#apply(changes),
          replaceAll: (records) => this.#write(records),
        });
      } finally {
        await lock.release();
      }
    });
  }

  /** Resolves when every transaction queued so far has finished. */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /**
   * Reloads the file if another process changed it (reporting the differences through
   * onExternalChange). Throws CorruptFileError if that process left it unreadable; the records
   * in memory then stay the last good ones.
   */
  refresh(): Promise<void> {
    if (!this.#loaded) return Promise.reject(new Error(`load() ${this.file} before refreshing it`));
    return this.#queue.run(() => this.#catchUpWithDisk());
  }

  #assertLoaded(): void {
    // Reading before load() would look exactly like an empty dataset: refuse instead.
    if (!this.#loaded) throw new Error(`load() ${this.file} before reading it`);
  }

  async #catchUpWithDisk(): Promise<void> {
    const stamp = await stampOf(this.file);
    if (stamp === null || sameStamp(stamp, this.#stamp)) return; // deleted: our next write recreates it
    const before = this.#records;
    const { records } = await this.#read();
    this.#records = records;
    this.#list = null;
    // Compared as stored bytes: only the records that differ are decoded.
    const changed = [...records.keys()]
      .filter((id) => !records.sameAs(id, before))
      .map((id) => ({ before: before.get(id), after: records.get(id) as T }));
    const removed = [...before.keys()].filter((id) => !records.has(id));
    if (changed.length || removed.length) this.#spec.onExternalChange?.(changed, removed);
  }

  async #apply(changes: { put?: readonly T[]; remove?: readonly string[] }): Promise<void> {
    // Only the changed records are validated and encoded; the others are current, so valid already.
    const put = new Map<string, T>();
    for (const record of changes.put ?? []) {
      const id = this.#spec.idOf(record);
      put.set(id, deepFreeze(this.#validate(record, id)));
    }
    await this.#commit(this.#records.with({ put, remove: changes.remove ?? [] }));
  }

  async #write(records: readonly T[]): Promise<void> {
    const [noun] = this.#spec.nouns;
    const validated = new Map<string, T>();
    for (const record of records) {
      const id = this.#spec.idOf(record);
      if (validated.has(id)) throw new InvalidRecordError([`id "${id}" appears twice`], `The ${noun} list`);
      validated.set(id, deepFreeze(this.#validate(record, id)));
    }
    await this.#commit(EncodedRecords.of(validated));
  }

  /** Writes `records` durably as the file's new content, then makes them current. */
  async #commit(records: EncodedRecords<T>): Promise<void> {
    const text = fileText(records.values());
    try {
      await writeFileAtomic(this.file, text, { backupPath: this.backupFile });
    } catch (error) {
      throw new StoreIoError(
        `Could not write ${this.file} (${(error as Error).message}). Nothing was changed; fix the cause (disk space, permissions) and retry.`,
        { cause: error },
      );
    }
    this.#stamp = await stampOf(this.file);
    this.#fingerprint = contentHash(text);
    this.#records = records;
    this.#list = null;
  }

  #validate(record: T, id: string): T {
    const [noun] = this.#spec.nouns;
    const result = this.#spec.schema.safeParse(record);
    if (!result.success) throw new InvalidRecordError(describeIssues(result.error.issues), `${noun} "${id}"`);
    const malformed = malformedTextFields(result.data);
    if (malformed.length)
      throw new InvalidRecordError(
        malformed.map(
          (f) => `${f}: contains broken characters (not valid Unicode/UTF-8); paste the text again`,
        ),
        `${noun} "${id}"`,
      );
    // Keep the caller's object when it already is the canonical form, so what the caller holds
    // (and hands to listeners) is the very record stored.
    return JSON.stringify(result.data) === JSON.stringify(record) ? record : result.data;
  }

  async #read(): Promise<{ records: EncodedRecords<T>; bytes: Uint8Array | null }> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        this.#stamp = null;
        this.#fingerprint = contentHash("");
        return { records: EncodedRecords.empty(), bytes: null };
      }
      throw error;
    }
    const stamp = await stampOf(this.file);
    const records = await this.#parse(bytes);
    this.#stamp = stamp;
    this.#fingerprint = contentHash(bytes);
    return { records, bytes };
  }

  /** Decodes, parses and validates a whole file; any problem becomes a CorruptFileError. */
  async #parse(bytes: Uint8Array): Promise<EncodedRecords<T>> {
    const outcome = this.parseBytes(bytes);
    if (outcome.ok) return outcome.records;
    throw await this.#corrupt(outcome.problems, outcome.location, outcome.field);
  }

  /** Pure parse of file content: the records, or the problems with the location of the first. */
  parseBytes(
    bytes: Uint8Array,
  ):
    | { ok: true; records: EncodedRecords<T> }
    | { ok: false; problems: string[]; location?: FileLocation; field?: string } {
    const parsed = this.#parseByElement(bytes);
    if (parsed) return { ok: true, records: parsed };
    // Something is wrong with the file: the whole-file pass below says where and what.
    const [noun, nouns] = this.#spec.nouns;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
      const location = locateByte(bytes, offset);
      return {
        ok: false,
        location,
        problems: [
          `line ${location.line}, column ${location.column} (byte ${offset}): not valid UTF-8 text; re-save the file as UTF-8`,
        ],
      };
    }
    if (text.trim() === "")
      return { ok: false, problems: ["the file is empty (expected a JSON array, [] for none)"] };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const location = jsonSyntaxLocation(text, error as SyntaxError);
      return {
        ok: false,
        location,
        problems: [
          `line ${location.line}, column ${location.column}: ${jsonSyntaxReason(text, error as SyntaxError)}`,
        ],
      };
    }
    if (!Array.isArray(raw)) {
      return {
        ok: false,
        location: { line: 1, column: 1 },
        problems: [
          `expected a JSON array of ${nouns} at the top level, found ${raw === null ? "null" : typeof raw}`,
        ],
      };
    }
    // Locating a problem scans the text, so it is done only for the few problems reported.
    let starts: number[] | undefined;
    const startOf = (index: number) => {
      starts ??= topLevelElementStarts(text);
      return starts[index] ?? 0;
    };
    const records = EncodedRecords.builder<T>();
    const entryOfId = new Map<string, number>();
    const problems: string[] = [];
    let hidden = 0;
    let first: { location: FileLocation; field?: string } | undefined;
    raw.forEach((entry, index) => {
      // Each entry is encoded as soon as it is valid and its parsed form let go, which keeps the
      // peak memory of loading a large file near the file's size rather than its object trees'.
      raw[index] = undefined;
      const result = this.#spec.schema.safeParse(entry);
      const id = result.success ? this.#spec.idOf(result.data) : undefined;
      if (result.success && id !== undefined && !records.has(id)) {
        records.add(id, result.data);
        entryOfId.set(id, index);
        return;
      }
      if (problems.length >= 5) {
        hidden += 1;
        return;
      }
      const rawId = entry && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined;
      const label = `entry ${index + 1}${typeof rawId === "string" ? ` (id "${rawId}")` : ""}`;
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 3)) {
          const key = issue.path[0];
          const location = locateKey(text, startOf(index), typeof key === "string" ? key : undefined);
          const field = fieldPath(issue.path) || undefined;
          first ??= field ? { location, field } : { location };
          problems.push(
            `line ${location.line}, ${label}${field ? `, field "${field}"` : ""}: ${issue.message}`,
          );
        }
        return;
      }
      const location = locateKey(text, startOf(index), undefined);
      const earlier = locateKey(text, startOf(entryOfId.get(id as string) ?? 0), undefined);
      first ??= { location, field: "id" };
      problems.push(
        `line ${location.line}, ${label}: duplicate id, already used by the ${noun} at line ${earlier.line}`,
      );
    });
    if (hidden) problems.push(`... and ${hidden} more ${hidden === 1 ? "entry" : "entries"} with problems`);
    if (problems.length) return { ok: false, problems, ...first };
    return { ok: true, records: records.build() };
  }

  /**
   * The records of a well-formed file, parsed and validated one element at a time (see
   * jsonArrayElements.ts), or null at the first problem of any kind: the caller's whole-file pass
   * then reports it. Produces exactly the records that pass would.
   */
  #parseByElement(bytes: Uint8Array): EncodedRecords<T> | null {
    const ranges = topLevelElementRanges(bytes);
    if (ranges === null) return null;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const records = EncodedRecords.builder<T>();
    for (const [start, end] of ranges) {
      let entry: unknown;
      try {
        entry = JSON.parse(decoder.decode(bytes.subarray(start, end)));
      } catch {
        return null;
      }
      const result = this.#spec.schema.safeParse(entry);
      if (!result.success) return null;
      const id = this.#spec.idOf(result.data);
      if (records.has(id)) return null;
      records.add(id, result.data);
    }
    return records.build();
  }

  async #corrupt(problems: string[], location?: FileLocation, field?: string): Promise<CorruptFileError> {
    const backup = await this.#describeBackup();
    const message = [
      `Cannot load ${this.file}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join("\n  - ")}`}`,
      "Nothing was loaded and the file was not changed. To recover, either fix the file at the place named above, or",
      backup,
      ...(this.#spec.recoveryHint ? [this.#spec.recoveryHint] : []),
    ].join("\n");
    return new CorruptFileError(this.file, message, {
      ...(location ? { location } : {}),
      ...(field ? { field } : {}),
      backupFile: this.backupFile,
    });
  }

  async #describeBackup(): Promise<string> {
    const [noun, nouns] = this.#spec.nouns;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.backupFile);
    } catch {
      return `restore it from your own copy: there is no backup at ${this.backupFile} yet (one is kept from the second write on: each write keeps the version it replaces).`;
    }
    const saved = (await stat(this.backupFile)).mtime.toISOString();
    const parsed = this.parseBytes(bytes);
    if (!parsed.ok)
      return `restore it from your own copy: the backup ${this.backupFile} is unreadable too (${parsed.problems[0]}).`;
    return `restore the last good copy (${parsed.records.size} ${parsed.records.size === 1 ? noun : nouns}, saved ${saved}):\n  cp ${this.backupFile} ${this.file}`;
  }
}
