// Typed store errors. Each carries a code callers can switch on and a message a user can act on
// (what went wrong, which file/vacancy/field, and what to do next).

/** Why a store operation failed. */
export type StoreErrorCode = "corrupt" | "conflict" | "not_found" | "duplicate" | "invalid" | "io";

/** Base class of every failure the store reports; `code` says which kind. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "StoreError";
    this.code = code;
  }
}

/** Where in a data file a problem sits (1-based line and column). */
export interface FileLocation {
  line: number;
  column: number;
}

/** A data file that cannot be read as valid data: start-up stops instead of running on an empty dataset. */
export class CorruptFileError extends StoreError {
  constructor(
    readonly file: string,
    message: string,
    readonly details: { location?: FileLocation; field?: string; backupFile?: string } = {},
    options: { cause?: unknown } = {},
  ) {
    super("corrupt", message, options);
    this.name = "CorruptFileError";
  }
}

/** An edit based on a stale version (optimistic concurrency): someone else changed the record first. */
export class ConflictError extends StoreError {
  constructor(
    readonly id: string,
    readonly expectedEtag: string | null,
    readonly actualEtag: string | null,
  ) {
    const what =
      actualEtag === null
        ? `vacancy "${id}" no longer exists`
        : expectedEtag === null
          ? `vacancy "${id}" was created by someone else meanwhile (version ${actualEtag})`
          : `vacancy "${id}" was changed by someone else since you loaded it (you had version ${expectedEtag}, it is now ${actualEtag})`;
    super("conflict", `${what}. Nothing was saved: reload the vacancy and apply your edit again.`);
    this.name = "ConflictError";
  }
}

/** The record to update, close or withdraw does not exist. */
export class NotFoundError extends StoreError {
  constructor(
    readonly id: string,
    action: string,
  ) {
    super(
      "not_found",
      `No vacancy with id "${id}" to ${action}. Check the id with \`vacancy-bot list\` (ids are lowercase slugs).`,
    );
    this.name = "NotFoundError";
  }
}

/** A create for an id that is already taken. */
export class DuplicateError extends StoreError {
  constructor(
    readonly id: string,
    existingTitle: string,
  ) {
    super(
      "duplicate",
      `A vacancy with id "${id}" already exists ("${existingTitle}"). Nothing was saved: update that vacancy instead, or give the new one another id.`,
    );
    this.name = "DuplicateError";
  }
}

/** Input that fails validation (schema, size limits, malformed text). */
export class InvalidRecordError extends StoreError {
  constructor(
    readonly problems: string[],
    what: string,
  ) {
    super(
      "invalid",
      `${what} is not valid, nothing was saved:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "InvalidRecordError";
  }
}

/** A file-system failure while writing (disk full, permissions, lock held). */
export class StoreIoError extends StoreError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("io", message, options);
    this.name = "StoreIoError";
  }
}
