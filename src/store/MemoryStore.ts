// An in-memory VacancyStore: for tests and for read-only runs. Same decisions and errors as the
// file store (shared vacancy-changes.ts), without persistence.
import type { Clock } from "../clock.ts";
import { type Vacancy, type VacancyInput, VacancySchema } from "../vacancy.ts";
import { deepFreeze } from "./deep-freeze.ts";
import type {
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
import { type PlannedChange, planStateChange, planUpsert, vacancyEtag } from "./vacancy-changes.ts";

/** @deprecated import `vacancyEtag` from ./vacancy-changes.ts or ./index.ts; kept for existing callers. */
export { vacancyEtag };

export class MemoryStore implements VacancyStore {
  readonly #vacancies = new Map<string, Vacancy>();
  readonly #audit: AuditEntry[] = [];
  readonly #listeners = new Set<(change: StoreChange) => void>();
  readonly #now: Clock;

  constructor(vacancies: Iterable<Vacancy> = [], now: Clock = () => new Date()) {
    for (const v of vacancies) this.#vacancies.set(v.id, deepFreeze(VacancySchema.parse(v)));
    this.#now = now;
  }

  async open(): Promise<void> {}

  list(): readonly Vacancy[] {
    return [...this.#vacancies.values()];
  }

  get(id: string): Vacancy | undefined {
    return this.#vacancies.get(id);
  }

  scan(): VacancyScan {
    const snapshot = [...this.#vacancies.values()];
    return { size: snapshot.length, [Symbol.iterator]: () => snapshot.values() };
  }

  etag(id: string): string | undefined {
    const v = this.#vacancies.get(id);
    return v ? vacancyEtag(v) : undefined;
  }

  async upsert(input: VacancyInput, options: UpsertOptions): Promise<UpsertResult> {
    const plan = planUpsert(this.#vacancies, input, options, this.#now());
    const changed = this.#apply(plan, options.actor, null);
    return {
      vacancy: plan.after,
      created: plan.before === null,
      etag: vacancyEtag(plan.after),
      warnings: plan.warnings,
      changed,
    };
  }

  async upsertMany(inputs: readonly VacancyInput[], options: BatchUpsertOptions): Promise<UpsertResult[]> {
    // Plan all first (any error leaves the store untouched), then apply.
    const working = new Map(this.#vacancies);
    const plans = inputs.map((input) => {
      const plan = planUpsert(working, input, options, this.#now());
      working.set(plan.after.id, plan.after);
      return plan;
    });
    return plans.map((plan) => ({
      vacancy: plan.after,
      created: plan.before === null,
      etag: vacancyEtag(plan.after),
      warnings: plan.warnings,
      changed: this.#apply(plan, options.actor, null),
    }));
  }

  async close(id: string, options: StateChangeOptions): Promise<Vacancy> {
    const plan = planStateChange(this.#vacancies, id, "closed", options);
    this.#apply(plan, options.actor, options.reason ?? null);
    return plan.after;
  }

  async withdraw(id: string, options: StateChangeOptions): Promise<Vacancy> {
    const plan = planStateChange(this.#vacancies, id, "withdrawn", options);
    this.#apply(plan, options.actor, options.reason ?? null);
    return plan.after;
  }

  async history(id: string): Promise<AuditEntry[]> {
    return this.#audit.filter((e) => e.vacancyId === id);
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #apply(plan: PlannedChange, actor: Actor, reason: string | null): boolean {
    if (plan.after === plan.before) return false;
    this.#vacancies.set(plan.after.id, deepFreeze(plan.after));
    this.#audit.push({
      at: this.#now().toISOString(),
      actor,
      action: plan.action,
      vacancyId: plan.after.id,
      reason,
      before: plan.before,
      after: plan.after,
    });
    for (const listener of this.#listeners)
      listener({ action: plan.action, vacancy: plan.after, before: plan.before });
    return true;
  }
}
