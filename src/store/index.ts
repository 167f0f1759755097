// Store selection. Today: the JSON file store (embedded default). A PostgreSQL store for
// several replicas would be chosen here from config (e.g. DATABASE_URL). (Issue #6.)
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { VacancySchema } from "../vacancy.ts";
import { MemoryStore } from "./MemoryStore.ts";
import type { VacancyStore } from "./VacancyStore.ts";

export type { Actor, AuditEntry, VacancyStore } from "./VacancyStore.ts";

/** Opens the store at `dataFile`. (Placeholder until the JSON file store lands: reads the file into memory.) */
export async function openStore(options: {
  dataFile: string;
  auditFile?: string | undefined;
}): Promise<VacancyStore> {
  let raw: unknown = [];
  try {
    raw = JSON.parse(await readFile(options.dataFile, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const store = new MemoryStore(z.array(VacancySchema).parse(raw));
  await store.open();
  return store;
}
