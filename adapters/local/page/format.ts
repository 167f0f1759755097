// Dates and status wording shared by the chat, the vacancy list and the recruiter preview.
import type { CatalogEntry } from "./api-client.ts";

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** "17 Jun 2024" for a YYYY-MM-DD day. */
export function formatDay(day: string | null): string {
  if (!day) return "";
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY.format(date);
}

export function formatTime(date = new Date()): string {
  return TIME.format(date);
}

export type BadgeTone = "open" | "soon" | "closed" | "unknown" | "withdrawn";

/** The status badge of a vacancy row: tone (colour) and words. */
export function statusBadge(entry: Pick<CatalogEntry, "status" | "daysLeft" | "state" | "deadline">): {
  tone: BadgeTone;
  text: string;
} {
  if (entry.state === "withdrawn") return { tone: "withdrawn", text: "Withdrawn" };
  if (entry.state === "closed") return { tone: "closed", text: "Closed early" };
  if (entry.status === "open") {
    const days = entry.daysLeft;
    if (days === 0) return { tone: "soon", text: "Closes today" };
    if (days === null) return { tone: "open", text: "Open" };
    return {
      tone: days <= 7 ? "soon" : "open",
      text: days === 1 ? "Open · 1 day left" : `Open · ${days} days left`,
    };
  }
  if (entry.status === "closed") return { tone: "closed", text: "Closed" };
  return { tone: "unknown", text: entry.deadline ? "Status unknown" : "No deadline" };
}
