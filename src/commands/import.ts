// `vacancy-bot import FILE... [--data FILE] [--replace]`: parses notices and adds or updates
// them in the vacancy store. All or nothing: if any notice fails, every failure is reported and
// the data file is left untouched.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { assignIds } from "../ingest/assignIds.ts";
import { openStore } from "../store/index.ts";
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
      const dataFile = options.data ?? loadConfig(process.env).DATA_FILE;
      process.exitCode = await importNotices(files, { dataFile, replace: options.replace ?? false });
    });
}

/** Imports `files` into the store at `dataFile`; returns the exit code. */
export async function importNotices(
  files: string[],
  options: { dataFile: string; replace: boolean },
): Promise<number> {
  const parsed: Vacancy[] = [];
  const failures: NoticeFileError[] = [];
  for (const file of [...new Set(files)]) {
    try {
      parsed.push((await parseNoticeFile(file)).vacancy);
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

  // --replace builds a fresh store beside the data file and swaps it in at the end.
  const storeFile = options.replace
    ? `${options.dataFile}.${randomBytes(4).toString("hex")}.import`
    : options.dataFile;
  try {
    const store = await openStore({ dataFile: storeFile });
    const vacancies = assignIds(parsed, store.list());
    const lines: string[] = [];
    for (const vacancy of vacancies) {
      // Re-importing a notice must not reopen a post a recruiter closed or withdrew.
      const before = store.get(vacancy.id);
      const input = before ? { ...vacancy, state: before.state, closedReason: before.closedReason } : vacancy;
      const result = await store.upsert(input, { actor: { id: "cli", via: "cli" }, mode: "upsert" });
      lines.push(`  ${result.created ? "created" : "updated"} ${result.vacancy.id}  <- ${vacancy.source}`);
    }
    // TEMPORARY (until the JSON file store of issue #6 lands in src/store): the placeholder
    // store keeps vacancies in memory only, so import persists the snapshot itself. Remove
    // this call once openStore() returns a store that writes its own file.
    await writeJsonAtomically(storeFile, store.list());
    if (options.replace) await rename(storeFile, options.dataFile);
    process.stdout.write(
      `imported ${vacancies.length} notice(s) into ${options.dataFile} (${store.list().length} vacancies)\n${lines.join("\n")}\n`,
    );
    return 0;
  } finally {
    if (options.replace) await rm(storeFile, { force: true });
  }
}

/** TEMPORARY (see above): writes `value` as JSON to a temp file, then renames it over `file`. */
async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, "utf8");
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}
