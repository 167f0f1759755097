// `vacancy-bot import FILE... [--data FILE] [--replace]`: parses notices and adds or updates
// them in the vacancy store. All or nothing: if any notice fails, every failure is reported and
// the data file is left untouched.
import { randomBytes } from "node:crypto";
import { readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { assignIds } from "../ingest/assignIds.ts";
import { type Actor, openStore, type UpsertResult, type VacancyStore } from "../store/index.ts";
import type { Vacancy } from "../vacancy.ts";
import { NoticeFileError, parseNoticeFile } from "./noticeFile.ts";

interface ImportOptions {
  data?: string;
  replace?: boolean;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("parse notices and add or update them in the vacancy store (all or nothing)")
    .argument("<files...>", "notice files, as plain text")
    .option("--data <file>", "the vacancy data file (default: DATA_FILE or data/vacancies.json)")
    .option("--replace", "make the data file hold exactly these notices (drops vacancies not in them)")
    .action(async (files: string[], options: ImportOptions) => {
      const config = loadConfig(process.env);
      // An explicit --data keeps its audit log beside it; the configured data file uses AUDIT_FILE.
      const dataFile = options.data ?? config.DATA_FILE;
      const auditFile = options.data ? undefined : config.AUDIT_FILE;
      process.exitCode = await importNotices(files, {
        dataFile,
        auditFile,
        replace: options.replace ?? false,
      });
    });
}

/** Imports `files` into the store at `dataFile`; returns the exit code. */
export async function importNotices(
  files: string[],
  options: { dataFile: string; auditFile?: string | undefined; replace: boolean },
): Promise<number> {
  const parsed: Vacancy[] = [];
  const failures: NoticeFileError[] = [];
  for (const file of [...new Set(files)]) {
    try {
      parsed.push((await parseNoticeFile(file, { now: new Date() })).vacancy);
    } catch (error) {
      if (!(error instanceof NoticeFileError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    for (const f of failures) process.stderr.write(`vacancy-bot: ${f.message}\n`);
    process.stderr.write(
      `vacancy-bot: nothing imported: ${failures.length} of ${files.length} notice(s) failed; ${options.dataFile} is unchanged\n`,
    );
    return 1;
  }

  // --replace builds a fresh store beside the data file (with a throwaway audit log) and renames
  // it over the data file at the end; otherwise the notices are upserted into the store in place.
  const scratch = options.replace ? `${options.dataFile}.replace-${randomBytes(4).toString("hex")}` : null;
  try {
    const store = await openStore(
      scratch
        ? { dataFile: `${scratch}.json`, auditFile: `${scratch}.audit.jsonl` }
        : { dataFile: options.dataFile, auditFile: options.auditFile },
    );
    const vacancies = assignIds(parsed, store.list()).map((vacancy) => {
      // Re-importing a notice must not reopen a post a recruiter closed or withdrew.
      const before = store.get(vacancy.id);
      return before ? { ...vacancy, state: before.state, closedReason: before.closedReason } : vacancy;
    });
    const actor = { id: "cli", name: "vacancy-bot import", via: "cli" } as const;
    const results = store.upsertMany
      ? await store.upsertMany(vacancies, { actor, mode: "upsert" })
      : await upsertEach(store, vacancies, actor);
    if (scratch) await rename(`${scratch}.json`, options.dataFile);
    const lines = results.map((r, i) => {
      const verb = r.created ? "created" : r.changed === false ? "unchanged" : "updated";
      return `  ${verb} ${r.vacancy.id}  <- ${vacancies[i]?.source}`;
    });
    process.stdout.write(
      `imported ${vacancies.length} notice(s) into ${options.dataFile} (${store.scan().size} vacancies)\n${lines.join("\n")}\n`,
    );
    return 0;
  } finally {
    if (scratch) await removeScratch(scratch);
  }
}

/** One upsert per vacancy, for stores without upsertMany. */
async function upsertEach(store: VacancyStore, vacancies: Vacancy[], actor: Actor): Promise<UpsertResult[]> {
  const results: UpsertResult[] = [];
  for (const v of vacancies) results.push(await store.upsert(v, { actor, mode: "upsert" }));
  return results;
}

/** Deletes the scratch store's files (data, backup, lock, audit) after a --replace. */
async function removeScratch(scratch: string): Promise<void> {
  const dir = dirname(scratch);
  const prefix = basename(scratch);
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix)) await rm(join(dir, name), { force: true, recursive: true });
  }
}
