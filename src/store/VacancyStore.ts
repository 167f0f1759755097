// The VacancyStore interface: what the bot needs from persistence, kept narrow so that a
// PostgreSQL-backed store (several replicas behind a load balancer) can implement it later.
// Implementations: JsonFileStore (embedded default), MemoryStore (tests, read-only runs).
import type { Vacancy, VacancyInput } from "../vacancy.ts";

/** Who made a change, for the audit log. */
export interface Actor {
  id: string;
  name?: string;
  via: "slack" | "teams" | "local" | "cli" | "system";
}

export interface AuditEntry {
  at: string;
  actor: Actor;
  action: "create" | "update" | "close" | "withdraw" | "reopen";
  vacancyId: string;
  reason?: string | null;
  before: Vacancy | null;
  after: Vacancy | null;
}

/** A snapshot of the vacancies that can be iterated more than once, with its size. */
export interface VacancyScan extends Iterable<Vacancy> {
  readonly size: number;
}

/** Emitted after a change is durable (on disk and in the audit log). */
export interface StoreChange {
  action: AuditEntry["action"];
  vacancy: Vacancy;
  /** The vacancy before the change (null when created; absent when unknown, e.g. another process wrote it). */
  before?: Vacancy | null;
}

/** Options of close and withdraw. */
export interface StateChangeOptions {
  actor: Actor;
  reason?: string | null;
  /** Optimistic concurrency, as for upsert: refuse when the vacancy changed since this etag. */
  expectedEtag?: string | null;
}

export interface UpsertOptions {
  actor: Actor;
  /** "create" refuses an existing id, "update" refuses a missing one; "upsert" (default) does either. */
  mode?: "create" | "update" | "upsert";
  /** Optimistic concurrency: the etag of the vacancy this edit was based on; a stale one is refused. */
  expectedEtag?: string | null;
}

/** Options of upsertMany: as for upsert, without a per-vacancy etag. */
export type BatchUpsertOptions = Omit<UpsertOptions, "expectedEtag">;

export interface UpsertResult {
  vacancy: Vacancy;
  created: boolean;
  etag: string;
  /** Accepted but worth telling the user, e.g. a deadline already past. */
  warnings: string[];
  /** False when the vacancy was already stored exactly like this (nothing written). */
  changed?: boolean;
}

export interface VacancyStore {
  /** Loads and validates the data; throws a StoreError naming the file and field when it is corrupt. */
  open(): Promise<void>;
  /** In-memory snapshot, newest state; cheap to call on every question. */
  list(): readonly Vacancy[];
  get(id: string): Vacancy | undefined;
  /**
   * Every vacancy of the current snapshot, readable more than once, decoded one at a time as it is
   * read: a full pass (building the search index) without holding 100,000 vacancies at once.
   */
  scan(): VacancyScan;
  /**
   * Identifies the stored content (the file store: a hash of the data file): equal fingerprints,
   * equal vacancies. A persisted search index is used only for the fingerprint it was built from.
   * Optional: a store without one never gets a persisted index.
   */
  fingerprint?(): string;
  /** Content hash of the stored vacancy, for optimistic concurrency. */
  etag(id: string): string | undefined;
  /**
   * Validates and stores a vacancy; resolves once it is durable. Throws a StoreError: invalid,
   * duplicate (mode create), not_found (mode update), conflict (stale expectedEtag).
   */
  upsert(vacancy: VacancyInput, options: UpsertOptions): Promise<UpsertResult>;
  /**
   * Stores several vacancies all-or-nothing, in one write (imports): one invalid, duplicate or
   * missing vacancy fails the whole batch and nothing is saved. Optional for implementations.
   */
  upsertMany?(vacancies: readonly VacancyInput[], options: BatchUpsertOptions): Promise<UpsertResult[]>;
  /** Marks a vacancy closed (idempotent: closing a closed one changes nothing). Throws NotFoundError. */
  close(id: string, options: StateChangeOptions): Promise<Vacancy>;
  /** Marks a vacancy withdrawn (idempotent). Throws NotFoundError. */
  withdraw(id: string, options: StateChangeOptions): Promise<Vacancy>;
  /** The audit entries of one vacancy, oldest first. */
  history(id: string): Promise<AuditEntry[]>;
  /** Releases resources (file watchers; a database pool later) after pending writes finish. Optional. */
  dispose?(): Promise<void>;
  /** Change signal: the search index subscribes so it refreshes without a restart. Returns an unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void;
}
