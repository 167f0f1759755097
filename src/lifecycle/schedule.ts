// When the daily digest is due: the latest occurrence of DIGEST_CRON (in DIGEST_TZ) at or
// before now, computed by croner (no timers here; the scheduler only triggers ticks).
import { Cron } from "croner";

/** Latest scheduled instant <= now, or null if the pattern never fired before now. */
export function latestOccurrence(pattern: string, timeZone: string, now: Date): Date | null {
  const cron = new Cron(pattern, { timezone: timeZone, paused: true });
  // previousRuns excludes the reference itself; look from 1 ms later so an exact hit counts.
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1));
  cron.stop();
  return latest ?? null;
}

/** The occurrence before `occurrence` (the default start of the first digest's window). */
export function previousOccurrence(pattern: string, timeZone: string, occurrence: Date): Date | null {
  const cron = new Cron(pattern, { timezone: timeZone, paused: true });
  const [previous] = cron.previousRuns(1, occurrence);
  cron.stop();
  return previous ?? null;
}

/** Throws a readable error for a pattern croner cannot read (config validation). */
export function checkCronPattern(pattern: string, timeZone: string): string | null {
  try {
    new Cron(pattern, { timezone: timeZone, paused: true }).stop();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
