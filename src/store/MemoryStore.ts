// An in-memory VacancyStore: for tests and for read-only runs (the `ask` command).
import { createHash } from "node:crypto";
import { type Vacancy, type VacancyInput, VacancySchema } from "../vacancy.ts";
import type {
  Actor,
  AuditEntry,
  StoreChange,
  UpsertOptions,
  UpsertResult,
  VacancyStore,
} from "./VacancyStore.ts";

export function vacancyEtag(vacancy: Vacancy): string {
  return createHash("sha256").update(JSON.stringify(vacancy)).digest("base64url").slice(0, 16);
}

export class MemoryStore implements VacancyStore {
  readonly #vacancies = new Map<string, Vacancy>();
  readonly #audit: AuditEntry[] = [];
  readonly #listeners = new Set<(change: StoreChange) => void>();
  readonly #now: () => Date;

  constructor(vacancies: Iterable<Vacancy> = [], now: () => Date = () => new Date()) {
    for (const v of vacancies) this.#vacancies.set(v.id, VacancySchema.parse(v));
    this.#now = now;
  }

  async open(): Promise<void> {}

  list(): readonly Vacancy[] {
    return [...this.#vacancies.values()];
  }

  get(id: string): Vacancy | undefined {
    return this.#vacancies.get(id);
  }

  etag(id: string): string | undefined {
    const v = this.#vacancies.get(id);
    return v ? vacancyEtag(v) : undefined;
  }

  async upsert(input: VacancyInput, options: UpsertOptions): Promise<UpsertResult> {
    const vacancy = VacancySchema.parse(input);
    const before = this.#vacancies.get(vacancy.id) ?? null;
    if (options.mode === "create" && before) throw new Error(`vacancy ${vacancy.id} already exists`);
    if (options.mode === "update" && !before) throw new Error(`vacancy ${vacancy.id} does not exist`);
    if (
      options.expectedEtag !== undefined &&
      options.expectedEtag !== (before ? vacancyEtag(before) : null)
    ) {
      throw new Error(`vacancy ${vacancy.id} was changed by someone else; reload and try again`);
    }
    this.#vacancies.set(vacancy.id, vacancy);
    this.#record(options.actor, before ? "update" : "create", vacancy, before, null);
    return { vacancy, created: !before, etag: vacancyEtag(vacancy), warnings: [] };
  }

  async close(id: string, options: { actor: Actor; reason?: string | null }): Promise<Vacancy> {
    return this.#setState(id, "closed", "close", options);
  }

  async withdraw(id: string, options: { actor: Actor; reason?: string | null }): Promise<Vacancy> {
    return this.#setState(id, "withdrawn", "withdraw", options);
  }

  async history(id: string): Promise<AuditEntry[]> {
    return this.#audit.filter((e) => e.vacancyId === id);
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #setState(
    id: string,
    state: Vacancy["state"],
    action: "close" | "withdraw",
    options: { actor: Actor; reason?: string | null },
  ): Vacancy {
    const before = this.#vacancies.get(id);
    if (!before) throw new Error(`no vacancy with id ${id}`);
    const after = { ...before, state, closedReason: options.reason ?? null };
    this.#vacancies.set(id, after);
    this.#record(options.actor, action, after, before, options.reason ?? null);
    return after;
  }

  #record(
    actor: Actor,
    action: AuditEntry["action"],
    after: Vacancy,
    before: Vacancy | null,
    reason: string | null,
  ) {
    this.#audit.push({
      at: this.#now().toISOString(),
      actor,
      action,
      vacancyId: after.id,
      reason,
      before,
      after,
    });
    for (const listener of this.#listeners) listener({ action, vacancy: after });
  }
}
