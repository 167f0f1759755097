// The platform-neutral Answer: what the core returns for a question. Renderers in src/cards/
// turn it into Block Kit, an Adaptive Card or plain text; adapters only post the result.
import type { Vacancy } from "../vacancy.ts";

export const INTENTS = [
  "deadline",
  "requirements",
  "details",
  "status",
  "list",
  "search",
  "help",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * The part of a vacancy the question asked about, so a card shows that part first.
 * "overview" is the full card.
 */
export const FOCUSES = [
  "overview",
  "deadline",
  "status",
  "requirements",
  "languages",
  "education",
  "experience",
  "salary",
  "contract",
  "posts",
  "profiles",
  "location",
  "reporting",
  "documents",
  "eligibility",
  "competencies",
  // The notice itself: reference number, publication date, link.
  "notice",
] as const;
export type Focus = (typeof FOCUSES)[number];

export type DeadlineStatus = "open" | "closed" | "unknown";

/** A vacancy's deadline as seen from "now". */
export interface DeadlineInfo {
  status: DeadlineStatus;
  /** YYYY-MM-DD or null when the notice gives none. */
  deadline: string | null;
  /** Calendar days from today (issuer's zone) to the deadline day; negative once past; null without deadline. */
  daysLeft: number | null;
  /** Human phrase: "open, closes in 10 days (30 March 2025)", "closed on 17 June 2024 (3 days ago)", "no deadline given". */
  label: string;
  /** The deadline written out for people, e.g. "17 June 2024"; null without deadline. */
  deadlineText: string | null;
}

/** One vacancy in an answer, with its status computed at the answer's "now". */
export interface AnswerItem {
  vacancy: Vacancy;
  deadline: DeadlineInfo;
  /**
   * Why this post is in a list, in the notice's own words where it has them: the requirement that
   * matched a skill, the sentence stating a condition asked about, its language requirement, its
   * stated pay, an acronym's long form. List cards (and plain text) show it under the post.
   */
  quote?: string;
}

/** The contract's summary of a vacancy in an answer (ARCHITECTURE.md). */
export interface VacancyRef {
  id: string;
  title: string;
  deadline: string | null;
  status: DeadlineStatus;
}

export interface Answer {
  intent: Intent;
  focus: Focus;
  /** The question as asked (after mention/markup clean-up). */
  question: string;
  /** The calendar day (YYYY-MM-DD, Europe/Brussels) the answer was computed for. */
  asOf: string;
  /** Vacancies the answer is about, most relevant first; empty when nothing matches. */
  items: AnswerItem[];
  /** How many vacancies matched in total (items may be capped for display). */
  totalMatches: number;
  /** Complete plain-text answer, standing on its own. */
  text: string;
  /** Follow-up questions the user could ask (help, no match). */
  suggestions: string[];
}

export function toVacancyRef(item: AnswerItem): VacancyRef {
  return {
    id: item.vacancy.id,
    title: item.vacancy.title,
    deadline: item.vacancy.deadline,
    status: item.deadline.status,
  };
}
