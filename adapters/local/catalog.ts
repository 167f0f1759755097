// The vacancy browser's rows: every stored post with its deadline status on a given day, computed
// by the answer core's own deadlineStatus, so the page and the chat never disagree.
import { deadlineStatus } from "../../src/answer/deadlineStatus.ts";
import type { DeadlineStatus } from "../../src/answer/model.ts";
import type { VacancyBot } from "../../src/bot.ts";
import type { Vacancy } from "../../src/vacancy.ts";

/** One row of GET /api/vacancies. */
export interface CatalogEntry {
  id: string;
  title: string;
  organisation: string | null;
  location: string | null;
  deadline: string | null;
  deadlineText: string | null;
  posts: number;
  /** Deadline status on the requested day. */
  status: DeadlineStatus;
  /** Calendar days left (negative once past), null without a deadline. */
  daysLeft: number | null;
  /** The core's phrase, e.g. "open, closes in 10 days (30 March 2025)". */
  label: string;
  /** Lifecycle set by recruiters: a closed or withdrawn post is not open whatever its deadline. */
  state: Vacancy["state"];
}

const STATUS_ORDER: Record<DeadlineStatus, number> = { open: 0, unknown: 1, closed: 2 };

/** Every vacancy as of `now`: open ones first (closing soonest first), then undated, then closed (latest first). */
export function listCatalog(bot: VacancyBot, now: Date): CatalogEntry[] {
  const entries = bot.store.list().map((vacancy) => {
    const info = deadlineStatus(vacancy, now);
    return {
      id: vacancy.id,
      title: vacancy.title,
      organisation: vacancy.organisation,
      location: vacancy.location,
      deadline: vacancy.deadline,
      deadlineText: info.deadlineText,
      posts: vacancy.posts,
      status: info.status,
      daysLeft: info.daysLeft,
      label: info.label,
      state: vacancy.state,
    } satisfies CatalogEntry;
  });
  return entries.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.status === "closed" ? compareDays(b, a) : compareDays(a, b)) ||
      a.title.localeCompare(b.title),
  );
}

function compareDays(a: CatalogEntry, b: CatalogEntry): number {
  return (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY);
}
