// An append-only JSON Lines log (data/audit.jsonl): one validated entry per line, each append
// fsynced before it is acknowledged. A line torn by a crash mid-append is skipped and reported
// on reading, never allowed to hide the entries around it.
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { z } from "zod";
import { describeIssues } from "./json-file-problems.ts";

/** A line that could not be read back, with why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

export class AuditLog<E> {
  readonly file: string;
  readonly #schema: z.ZodType<E, unknown>;
  /** Whether we know the file ends with a newline (checked once, then kept true by our appends). */
  #endsClean = false;

  constructor(file: string, schema: z.ZodType<E, unknown>) {
    this.file = file;
    this.#schema = schema;
  }

  /** Validates `entry` and appends it as one line; resolves once it is on disk. */
  append(entry: E): Promise<void> {
    return this.appendMany([entry]);
  }

  /** Validates the entries and appends them, one line each, with a single fsync. */
  async appendMany(entries: readonly E[]): Promise<void> {
    if (entries.length === 0) return;
    const line = entries.map((entry) => `${JSON.stringify(this.#schema.parse(entry))}\n`).join("");
    await mkdir(dirname(this.file), { recursive: true });
    const handle = await open(this.file, "a+");
    try {
      let prefix = "";
      if (!this.#endsClean) {
        // After a crash the last line may lack its newline: start ours on a fresh line.
        const { size } = await handle.stat();
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) prefix = "\n";
        }
      }
      await handle.appendFile(prefix + line);
      await handle.sync();
      this.#endsClean = true;
    } finally {
      await handle.close();
    }
  }

  /** Every readable entry in order, plus the lines that were skipped (torn or hand-broken). */
  async read(filter?: (entry: E) => boolean): Promise<{ entries: E[]; skipped: SkippedLine[] }> {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: false }).decode(await readFile(this.file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], skipped: [] };
      throw error;
    }
    const entries: E[] = [];
    const skipped: SkippedLine[] = [];
    text.split("\n").forEach((raw, index) => {
      if (raw.trim() === "") return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        skipped.push({ line: index + 1, reason: `not JSON (${(error as Error).message})` });
        return;
      }
      const result = this.#schema.safeParse(json);
      if (!result.success) {
        skipped.push({ line: index + 1, reason: describeIssues(result.error.issues, 2).join("; ") });
        return;
      }
      if (!filter || filter(result.data)) entries.push(result.data);
    });
    return { entries, skipped };
  }
}
