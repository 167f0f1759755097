// "Now" is injected everywhere so that answers, deadlines and schedules are deterministic in tests.

/** A source of the current instant. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock frozen at one instant (tests, `--now`). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === "string" ? parseNowOption(at) : at;
  return () => new Date(instant.getTime());
}

/**
 * Reads a `--now` / API `now` value. A bare date (YYYY-MM-DD) means midday UTC of that day,
 * which is the same calendar day in every European time zone, so "as of 2024-06-05" never
 * slips to a neighbouring day.
 */
export function parseNowOption(value: string): Date {
  const trimmed = value.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T12:00:00Z`) : new Date(trimmed);
  if (Number.isNaN(date.getTime())) {
    throw new InvalidNowError(value);
  }
  return date;
}

export class InvalidNowError extends Error {
  readonly code = "invalid_now";
  constructor(value: string) {
    super(`"${value}" is not a date: give --now as YYYY-MM-DD or an ISO 8601 instant`);
    this.name = "InvalidNowError";
  }
}
