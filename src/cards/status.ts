// A vacancy's status as a card shows it: one line of words plus a tone that each platform maps
// to its own colour or emoji. Combines the deadline (as of the answer's day) with the
// recruiter's lifecycle state (a post can be closed or withdrawn before its deadline).
import type { AnswerItem } from "../answer/model.ts";

/** How a status should look: green open, amber closing soon or unknown, red closed. */
export type StatusTone = "good" | "warning" | "attention";

export interface StatusLine {
  tone: StatusTone;
  /** Short word for lists and speech: "Open", "Closing soon", "Closed", "No deadline". */
  badge: string;
  /** The full status in words, e.g. "Open: 10 days left (closes 30 March 2025)". */
  text: string;
}

/** Posts closing within this many days are flagged "closing soon". */
export const CLOSING_SOON_DAYS = 7;

/** The status line for one answer item. */
export function describeStatus(item: AnswerItem): StatusLine {
  const { vacancy, deadline } = item;
  const reason = vacancy.closedReason ? ` (${vacancy.closedReason})` : "";
  switch (vacancy.state) {
    case "closed":
      return { tone: "attention", badge: "Closed", text: `Closed by the recruiter${reason}` };
    case "withdrawn":
      return { tone: "attention", badge: "Withdrawn", text: `Withdrawn${reason}` };
    case "published":
      break;
  }
  const day = deadline.deadlineText ?? deadline.deadline;
  switch (deadline.status) {
    case "unknown":
      return day
        ? { tone: "warning", badge: "Deadline unclear", text: `Deadline ${day} (status unknown)` }
        : { tone: "warning", badge: "No deadline", text: "No deadline given in the notice" };
    case "closed":
      return { tone: "attention", badge: "Closed", text: day ? `Closed on ${day}` : "Closed" };
    case "open": {
      const days = deadline.daysLeft;
      if (days === null || day === null) return { tone: "good", badge: "Open", text: "Open" };
      if (days <= 0) return { tone: "warning", badge: "Closes today", text: `Open: closes today (${day})` };
      if (days === 1)
        return { tone: "warning", badge: "Closes tomorrow", text: `Open: closes tomorrow (${day})` };
      const tone: StatusTone = days <= CLOSING_SOON_DAYS ? "warning" : "good";
      return {
        tone,
        badge: tone === "good" ? "Open" : "Closing soon",
        text: `Open: ${days} days left (closes ${day})`,
      };
    }
  }
}
