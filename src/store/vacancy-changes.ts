// The pure core of every vacancy write: given the current vacancies and a request, decide the
// new vacancy, the audit action and the warnings, or throw the typed error. Shared by every
// VacancyStore implementation so they behave the same; no I/O here.
import { DateTime } from "luxon";
import { type Vacancy, type VacancyInput, VacancySchema } from "../vacancy.ts";
import { ConflictError, DuplicateError, InvalidRecordError, NotFoundError } from "./errors.ts";
import { contentEtag } from "./etag.ts";
import { describeIssues, malformedTextFields } from "./json-file-problems.ts";
import type { AuditEntry, StateChangeOptions, UpsertOptions } from "./VacancyStore.ts";

/** The etag of a stored vacancy (content hash); every store uses this one. */
export const vacancyEtag = (vacancy: Vacancy): string => contentEtag(vacancy);

/** A decided change: what to write and record. `after === before` means nothing to do. */
export interface PlannedChange {
  action: AuditEntry["action"];
  before: Vacancy | null;
  after: Vacancy;
  warnings: string[];
}

/** Validates input against the schema and text rules; throws InvalidRecordError listing each field. */
export function validateVacancy(input: VacancyInput): Vacancy {
  const label = typeof input?.id === "string" ? `vacancy "${input.id}"` : "The vacancy";
  const malformed = malformedTextFields(input);
  if (malformed.length) {
    throw new InvalidRecordError(
      malformed.map(
        (f) => `${f}: contains broken characters (not valid Unicode/UTF-8); paste the text again`,
      ),
      label,
    );
  }
  const result = VacancySchema.safeParse(input);
  if (!result.success) throw new InvalidRecordError(describeIssues(result.error.issues, 10), label);
  return result.data;
}

/** Today's date (YYYY-MM-DD) in the vacancy's time zone (UTC if the zone is unknown). */
function todayIn(timeZone: string, now: Date): string {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  return (local.isValid ? local : DateTime.fromJSDate(now).toUTC()).toISODate() ?? "";
}

function checkEtag(id: string, current: Vacancy | null, expected: string | null | undefined): void {
  if (expected === undefined) return;
  const actual = current ? vacancyEtag(current) : null;
  if (expected !== actual) throw new ConflictError(id, expected, actual);
}

/** Decides an upsert (create / update / reopen) of `input` against `current`. */
export function planUpsert(
  current: ReadonlyMap<string, Vacancy>,
  input: VacancyInput,
  options: UpsertOptions,
  now: Date,
): PlannedChange {
  const vacancy = validateVacancy(input);
  const before = current.get(vacancy.id) ?? null;
  const mode = options.mode ?? "upsert";
  if (mode === "create" && before) throw new DuplicateError(vacancy.id, before.title);
  if (mode === "update" && !before) throw new NotFoundError(vacancy.id, "update");
  checkEtag(vacancy.id, before, options.expectedEtag);

  const warnings: string[] = [];
  const today = todayIn(vacancy.timeZone, now);
  const deadlineIsNew = !before || before.deadline !== vacancy.deadline;
  if (vacancy.state === "published" && vacancy.deadline && deadlineIsNew && vacancy.deadline < today) {
    warnings.push(
      `The deadline ${vacancy.deadline} is already past (today is ${today} in ${vacancy.timeZone}): the vacancy is saved but shows as closed.`,
    );
  }
  if (before && vacancyEtag(before) === vacancyEtag(vacancy)) {
    return { action: "update", before, after: before, warnings };
  }
  const action: AuditEntry["action"] = !before
    ? "create"
    : before.state !== "published" && vacancy.state === "published"
      ? "reopen"
      : "update";
  return { action, before, after: vacancy, warnings };
}

/** Decides a close or withdraw; a vacancy already in that state is left as it is. */
export function planStateChange(
  current: ReadonlyMap<string, Vacancy>,
  id: string,
  state: "closed" | "withdrawn",
  options: StateChangeOptions,
): PlannedChange {
  const action = state === "closed" ? "close" : "withdraw";
  const before = current.get(id) ?? null;
  if (!before) throw new NotFoundError(id, action);
  checkEtag(id, before, options.expectedEtag);
  if (before.state === state) return { action, before, after: before, warnings: [] };
  const after = validateVacancy({ ...before, state, closedReason: options.reason?.trim() || null });
  return { action, before, after, warnings: [] };
}
