// The embedded default VacancyStore: vacancies in a JSON array file (data/vacancies.json), every
// change appended to a JSON Lines audit log (data/audit.jsonl). Durability, locking and validation
// come from DurableCollection; the decisions (errors, warnings, actions) from vacancy-changes.ts.
import { unwatchFile, watchFile } from "node:fs";
import { dirname, join } from "node:path";
import { type Clock, systemClock } from "../clock.ts";
import type { Logger } from "../logger.ts";
import { type Vacancy, type VacancyInput, VacancySchema } from "../vacancy.ts";
import { AuditLog } from "./AuditLog.ts";
import { AuditEntrySchema } from "./audit-entry.ts";
import { DurableCollection } from "./DurableCollection.ts";
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

export interface JsonFileStoreOptions {
  /** The vacancy file, e.g. data/vacancies.json. */
  dataFile: string;
  /** Default: audit.jsonl in the data file's folder. */
  auditFile?: string | undefined;
  /** Default: `<dataFile>.bak`. */
  backupFile?: string | undefined;
  clock?: Clock | undefined;
  /** Where listener failures and non-fatal problems are reported. Default: stderr via console. */
  logger?: Logger | undefined;
  /** How long a write waits for another process holding the file lock (ms). */
  lockTimeoutMs?: number | undefined;
}

/** Default audit log location: audit.jsonl next to the data file. */
export function defaultAuditFile(dataFile: string): string {
  return join(dirname(dataFile), "audit.jsonl");
}

interface Committed {
  plan: PlannedChange;
  changed: boolean;
}

function toUpsertResult({ plan, changed }: Committed): UpsertResult {
  return {
    vacancy: plan.after,
    created: plan.before === null,
    etag: vacancyEtag(plan.after),
    warnings: plan.warnings,
    changed,
  };
}

/** The audit action that best describes a change another process made. */
function externalAction(before: Vacancy | undefined, after: Vacancy): AuditEntry["action"] {
  if (!before) return "create";
  if (before.state === after.state) return "update";
  if (after.state === "closed") return "close";
  if (after.state === "withdrawn") return "withdraw";
  return "reopen";
}

export class JsonFileStore implements VacancyStore {
  readonly dataFile: string;
  readonly auditFile: string;
  readonly #vacancies: DurableCollection<Vacancy>;
  readonly #audit: AuditLog<AuditEntry>;
  readonly #clock: Clock;
  readonly #logger: Logger | undefined;
  readonly #listeners = new Set<(change: StoreChange) => void>();
  #watching: (() => void) | undefined;

  constructor(options: JsonFileStoreOptions) {
    this.dataFile = options.dataFile;
    this.auditFile = options.auditFile ?? defaultAuditFile(options.dataFile);
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger;
    this.#audit = new AuditLog(this.auditFile, AuditEntrySchema);
    this.#vacancies = new DurableCollection<Vacancy>({
      file: options.dataFile,
      backupFile: options.backupFile,
      schema: VacancySchema,
      idOf: (v) => v.id,
      nouns: ["vacancy", "vacancies"],
      recoveryHint: `Every change since is recorded, with the full vacancy after it, in ${this.auditFile} (\`vacancy-bot history ID\`).`,
      lockTimeoutMs: options.lockTimeoutMs,
      // Another process (e.g. `vacancy-bot close` while the server runs) wrote the file:
      // tell subscribers so the search index catches up.
      onExternalChange: (changed) => {
        for (const { before, after } of changed) {
          this.#emit({ action: externalAction(before, after), vacancy: after, before: before ?? null });
        }
      },
    });
  }

  get backupFile(): string {
    return this.#vacancies.backupFile;
  }

  /** Loads and validates the data file; throws CorruptFileError (code "corrupt") naming the problem. */
  async open(): Promise<void> {
    await this.#vacancies.load();
  }

  list(): readonly Vacancy[] {
    return this.#vacancies.list();
  }

  get(id: string): Vacancy | undefined {
    return this.#vacancies.get(id);
  }

  scan(): VacancyScan {
    return this.#vacancies.scan();
  }

  fingerprint(): string {
    return this.#vacancies.fingerprint;
  }

  etag(id: string): string | undefined {
    const vacancy = this.#vacancies.get(id);
    return vacancy ? vacancyEtag(vacancy) : undefined;
  }

  async upsert(input: VacancyInput, options: UpsertOptions): Promise<UpsertResult> {
    const [result] = await this.#commit(
      (records) => [planUpsert(records, input, options, this.#clock())],
      options.actor,
      null,
    );
    return toUpsertResult(result as Committed);
  }

  async upsertMany(inputs: readonly VacancyInput[], options: BatchUpsertOptions): Promise<UpsertResult[]> {
    const committed = await this.#commit(
      (records) => {
        // Plan each against the records as changed by the ones before it in the batch.
        const working = new Map(records);
        return inputs.map((input) => {
          const plan = planUpsert(working, input, options, this.#clock());
          working.set(plan.after.id, plan.after);
          return plan;
        });
      },
      options.actor,
      null,
    );
    return committed.map(toUpsertResult);
  }

  async close(id: string, options: StateChangeOptions): Promise<Vacancy> {
    const [result] = await this.#commit(
      (records) => [planStateChange(records, id, "closed", options)],
      options.actor,
      options.reason ?? null,
    );
    return (result as Committed).plan.after;
  }

  async withdraw(id: string, options: StateChangeOptions): Promise<Vacancy> {
    const [result] = await this.#commit(
      (records) => [planStateChange(records, id, "withdrawn", options)],
      options.actor,
      options.reason ?? null,
    );
    return (result as Committed).plan.after;
  }

  async history(id: string): Promise<AuditEntry[]> {
    const { entries, skipped } = await this.#audit.read((e) => e.vacancyId === id);
    for (const s of skipped) this.#warn(`${this.auditFile} line ${s.line} was skipped: ${s.reason}`);
    return entries;
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when every write queued so far is finished. */
  drain(): Promise<void> {
    return this.#vacancies.idle();
  }

  /** Picks up changes another process (e.g. `vacancy-bot close` in a terminal) wrote to the file. */
  refresh(): Promise<void> {
    return this.#vacancies.refresh();
  }

  /**
   * Polls the data file and refreshes when another process changed it, so the running bot's
   * search sees a terminal `close` within about `intervalMs`. Stopped by dispose().
   */
  watch(options: { intervalMs?: number } = {}): void {
    if (this.#watching) return;
    this.#watching = () => {
      this.refresh().catch((error: Error) =>
        this.#warn(
          `${error.message}\nThe bot keeps serving the last good data; writes are refused until the file is fixed.`,
        ),
      );
    };
    // watchFile (stat polling) survives the rename-over that every writer does; fs.watch may not.
    watchFile(this.dataFile, { persistent: false, interval: options.intervalMs ?? 1000 }, this.#watching);
  }

  /** Stops watching and waits for queued writes. */
  async dispose(): Promise<void> {
    if (this.#watching) unwatchFile(this.dataFile, this.#watching);
    this.#watching = undefined;
    await this.drain();
  }

  /**
   * Plans against the freshest records and, when something changes, writes the data file
   * durably (one write for the whole batch), appends the audit entries, then signals listeners,
   * all inside one transaction so the audit log and the signals follow the write order.
   * A plan that throws (invalid, duplicate, conflict...) aborts before anything is written.
   */
  #commit(
    plan: (records: ReadonlyMap<string, Vacancy>) => PlannedChange[],
    actor: Actor,
    reason: string | null,
  ): Promise<Committed[]> {
    return this.#vacancies.transaction(async (tx) => {
      const plans = plan(tx.records);
      // Within a batch the same id may change twice: the last version is what gets written.
      const changes = plans.filter((p) => p.after !== p.before);
      if (changes.length === 0) return plans.map((p) => ({ plan: p, changed: false }));
      await tx.apply({ put: changes.map((p) => p.after) });
      const at = this.#clock().toISOString();
      const entries: AuditEntry[] = changes.map((p) => ({
        at,
        actor,
        action: p.action,
        vacancyId: p.after.id,
        reason,
        before: p.before,
        after: p.after,
      }));
      try {
        await this.#audit.appendMany(entries);
      } catch (error) {
        // The vacancies are already durable (the data file is the source of truth): report the
        // missing audit lines loudly rather than pretend the change failed.
        const message = `the change was saved but could not be added to ${this.auditFile}: ${(error as Error).message}`;
        this.#warn(message);
        for (const p of changes)
          p.warnings.push(`The change was saved, but the audit log ${this.auditFile} could not be written.`);
      }
      for (const p of changes) this.#emit({ action: p.action, vacancy: p.after, before: p.before });
      return plans.map((p) => ({ plan: p, changed: p.after !== p.before }));
    });
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // The write is durable; a failing subscriber must not turn it into an error for the writer.
        this.#warn(`a change listener failed for "${change.vacancy.id}": ${(error as Error).message}`);
      }
    }
  }

  #warn(message: string): void {
    if (this.#logger) this.#logger.warn(message);
    else console.warn(`vacancy-bot store: ${message}`);
  }
}
