// Store selection: openStore picks the implementation from configuration and opens it.
// Today that is always the JSON file store (embedded default).
//
// PostgreSQL plugs in here: for several bot replicas behind a load balancer, a
// `PostgresStore implements VacancyStore` (rows keyed by id with an etag column updated with
// `UPDATE ... WHERE etag = $expected` for optimistic concurrency, an audit table written in the
// same transaction, and LISTEN/NOTIFY feeding onChange so every replica's index refreshes)
// would be chosen when config has DATABASE_URL. Callers only see VacancyStore.
import type { Clock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import { JsonFileStore } from "./JsonFileStore.ts";
import type { VacancyStore } from "./VacancyStore.ts";

export {
  ConflictError,
  CorruptFileError,
  DuplicateError,
  InvalidRecordError,
  NotFoundError,
  StoreError,
  type StoreErrorCode,
  StoreIoError,
} from "./errors.ts";
export { defaultAuditFile, JsonFileStore } from "./JsonFileStore.ts";
export { MemoryStore } from "./MemoryStore.ts";
export type {
  Actor,
  AuditEntry,
  BatchUpsertOptions,
  StateChangeOptions,
  StoreChange,
  UpsertOptions,
  UpsertResult,
  VacancyScan,
  VacancyStore,
} from "./VacancyStore.ts";
export { vacancyEtag } from "./vacancy-changes.ts";

export interface OpenStoreOptions {
  /** The vacancy data file (config DATA_FILE, default data/vacancies.json). */
  dataFile: string;
  /** The audit log (config AUDIT_FILE); default audit.jsonl next to the data file. */
  auditFile?: string | undefined;
  clock?: Clock | undefined;
  logger?: Logger | undefined;
  /** Follow changes other processes write to the file (a long-running server wants this). */
  watch?: boolean | undefined;
}

/**
 * Opens the configured store, loaded and validated. Throws a StoreError (code "corrupt") that
 * names the file, the line/field and how to recover when the data cannot be read.
 */
export async function openStore(options: OpenStoreOptions): Promise<VacancyStore> {
  const store = new JsonFileStore(options);
  await store.open();
  if (options.watch) store.watch();
  return store;
}
