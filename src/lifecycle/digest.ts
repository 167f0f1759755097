// The daily digest: posts closing within N days, posts newly posted and posts closed since the
// previous digest. Pure: the same vacancies, observations and window give the same digest;
// nothing to say gives null (and nothing is posted).

import { deadlineSentence, postName } from "../answer/composeAnswer.ts";
import { closingInstant, deadlineStatus } from "../answer/deadlineStatus.ts";
import type { Answer, AnswerItem } from "../answer/model.ts";
import type { Vacancy } from "../vacancy.ts";
import type { VacancySeen } from "./model.ts";

export type DigestSectionKind = "closing-soon" | "new" | "closed";

export interface DigestSection {
  kind: DigestSectionKind;
  /** Heading for people: "Closing within 7 days". */
  title: string;
  /** The section as a list answer, rendered by src/cards like any list. */
  answer: Answer;
}

export interface Digest {
  /** The digest's calendar day in the digest time zone (YYYY-MM-DD). */
  day: string;
  windowStart: string;
  windowEnd: string;
  sections: DigestSection[];
  /** Complete plain text of the whole digest. */
  text: string;
}

export interface DigestInput {
  vacancies: readonly Vacancy[];
  seen: ReadonlyMap<string, VacancySeen>;
  /** The window: events after `since` and at or before `until` (= now). */
  since: Date;
  until: Date;
  /** The digest's day, YYYY-MM-DD in DIGEST_TZ. */
  day: string;
  closingSoonDays: number;
}

/** When a vacancy stopped taking applications, if it has: a recruiter's close as observed, else its deadline. */
export function closedAt(vacancy: Vacancy, seen: VacancySeen | undefined): number | null {
  if (vacancy.state !== "published") return seen?.closedAt ? Date.parse(seen.closedAt) : null;
  return vacancy.deadline ? closingInstant(vacancy.deadline, vacancy.timeZone) : null;
}

/** Composes the digest, or null when there is nothing to say. */
export function composeDigest(input: DigestInput): Digest | null {
  const { until: now } = input;
  const since = input.since.getTime();
  const until = now.getTime();
  const inWindow = (t: number | null) => t !== null && t > since && t <= until;
  const item = (v: Vacancy): AnswerItem => ({ vacancy: v, deadline: deadlineStatus(v, now) });
  const byDeadline = (a: AnswerItem, b: AnswerItem) =>
    (a.vacancy.deadline ?? "9999").localeCompare(b.vacancy.deadline ?? "9999") ||
    a.vacancy.title.localeCompare(b.vacancy.title);

  const closingSoon: AnswerItem[] = [];
  const fresh: AnswerItem[] = [];
  const closed: AnswerItem[] = [];
  for (const v of input.vacancies) {
    const it = item(v);
    const seen = input.seen.get(v.id);
    if (it.deadline.status === "open" && (it.deadline.daysLeft ?? Infinity) <= input.closingSoonDays)
      closingSoon.push(it);
    if (seen && !seen.baseline && inWindow(Date.parse(seen.firstSeenAt)) && it.deadline.status !== "closed")
      fresh.push(it);
    if (it.deadline.status === "closed" && inWindow(closedAt(v, seen))) closed.push(it);
  }
  const sections: DigestSection[] = [];
  const add = (
    kind: DigestSectionKind,
    title: string,
    items: AnswerItem[],
    line: (i: AnswerItem) => string,
  ) => {
    if (items.length === 0) return;
    items.sort(byDeadline);
    const text = [`${title}:`, ...items.map((i) => `- ${line(i)}`)].join("\n");
    sections.push({
      kind,
      title,
      answer: {
        intent: "list",
        focus: "deadline",
        question: "",
        asOf: input.day,
        items,
        totalMatches: items.length,
        text,
        suggestions: [],
      },
    });
  };
  const days = input.closingSoonDays;
  add("closing-soon", `Closing within ${days} day${days === 1 ? "" : "s"}`, closingSoon, deadlineSentence);
  add("new", "Newly posted", fresh, (i) => `${postName(i.vacancy)}: ${i.deadline.label}.`);
  add("closed", "Closed since the last digest", closed, deadlineSentence);
  if (sections.length === 0) return null;
  return {
    day: input.day,
    windowStart: new Date(since).toISOString(),
    windowEnd: now.toISOString(),
    sections,
    text: [`Vacancy digest for ${input.day}`, ...sections.map((s) => s.answer.text)].join("\n\n"),
  };
}
