// The VacancyStore interface: what the bot needs from persistence, kept narrow so that a
// PostgreSQL-backed store (several replicas behind a load balancer) can implement it later.
// (Implementation: issue #6.)
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

export interface StoreChange {
  action: AuditEntry["action"];
  vacancy: Vacancy;
}

export interface UpsertOptions {
  actor: Actor;
  /** "create" refuses an existing id, "update" refuses a missing one; "upsert" (default) does either. */
  mode?: "create" | "update" | "upsert";
  /** Optimistic concurrency: the etag of the vacancy this edit was based on; a stale one is refused. */
  expectedEtag?: string | null;
}

export interface UpsertResult {
  vacancy: Vacancy;
  created: boolean;
  etag: string;
  warnings: string[];
}

export interface VacancyStore {
  /** Loads and validates the data; throws a StoreError naming the file and field when it is corrupt. */
  open(): Promise<void>;
  /** In-memory snapshot, newest state; cheap to call on every question. */
  list(): readonly Vacancy[];
  get(id: string): Vacancy | undefined;
  /** Content hash of the stored vacancy, for optimistic concurrency. */
  etag(id: string): string | undefined;
  upsert(vacancy: VacancyInput, options: UpsertOptions): Promise<UpsertResult>;
  close(id: string, options: { actor: Actor; reason?: string | null }): Promise<Vacancy>;
  withdraw(id: string, options: { actor: Actor; reason?: string | null }): Promise<Vacancy>;
  history(id: string): Promise<AuditEntry[]>;
  /** Change signal: the search index subscribes so it refreshes without a restart. Returns an unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void;
}
