// The words of an answer: complete sentences that stand alone, built only from the vacancy data
// (a missing fact is reported as missing, never guessed). Dates are written "17 June 2024".
import type { Vacancy } from "../vacancy.ts";
import { formatDay } from "./deadlineStatus.ts";
import { eligibilityLines } from "./eligibility.ts";
import type { AnswerItem, Focus } from "./model.ts";

/** Requirement lines quoted in one answer, at most. */
const MAX_LINES = 20;

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * "79 days left, or 11 weeks and 2 days": two weeks or more are also said in weeks, as people count
 * them; half a year or more in months ("302 days left, about 10 months").
 */
function daysLeftText(days: number): string {
  if (days < 14) return `${plural(days, "day")} left`;
  if (days >= 182) return `${plural(days, "day")} left, about ${Math.round(days / 30.44)} months`;
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const inWeeks = rest === 0 ? plural(weeks, "week") : `${plural(weeks, "week")} and ${plural(rest, "day")}`;
  return `${plural(days, "day")} left, or ${inWeeks}`;
}

/** "Title (Organisation, City)": the post named so the sentence stands on its own. */
export function postName(vacancy: Vacancy): string {
  const city = vacancy.location?.split(",")[0]?.trim() || null;
  const where = [vacancy.organisation, city].filter((s): s is string => Boolean(s));
  return where.length > 0 ? `${vacancy.title} (${where.join(", ")})` : vacancy.title;
}

/** The deadline sentence of one post: when it closes or closed, or that the notice gives none. */
export function deadlineSentence(item: AnswerItem): string {
  const { vacancy, deadline: d } = item;
  const name = postName(vacancy);
  if (vacancy.state !== "published") {
    const was = d.deadlineText ? ` Its deadline was ${d.deadlineText}.` : "";
    return `${name}: ${d.label}; it no longer takes applications.${was}`;
  }
  if (d.status === "unknown")
    return `${name}: the notice gives no application deadline, so I cannot say when it closes.`;
  if (d.status === "open") {
    const left =
      d.daysLeft === 0
        ? "today is the last day to apply"
        : `${daysLeftText(d.daysLeft ?? 0)}${d.daysLeft === 1 ? " (it closes tomorrow)" : ""}`;
    return `${name}: applications close on ${d.deadlineText}; ${left}.`;
  }
  const ago = d.daysLeft === -1 ? "yesterday" : `${plural(-(d.daysLeft ?? 0), "day")} ago`;
  return `${name}: applications closed on ${d.deadlineText} (${ago}).`;
}

/** Is it open? Yes / no / cannot tell, with the deadline that decides. */
export function statusSentence(item: AnswerItem): string {
  const { vacancy, deadline: d } = item;
  const name = postName(vacancy);
  if (vacancy.state !== "published") return `No: ${name} is ${d.label}.`;
  if (d.status === "open") {
    const when = d.daysLeft === 0 ? "today is the last day to apply" : daysLeftText(d.daysLeft ?? 0);
    return `Yes: ${name} is open; applications close on ${d.deadlineText} (${when}).`;
  }
  if (d.status === "closed") {
    const ago = d.daysLeft === -1 ? "yesterday" : `${plural(-(d.daysLeft ?? 0), "day")} ago`;
    return `No: ${name} is closed; applications closed on ${d.deadlineText} (${ago}).`;
  }
  return `${name}: the notice gives no application deadline, so I cannot tell whether it is still open.`;
}

function bullets(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LINES).map((l) => `- ${l}`);
  if (lines.length > MAX_LINES) shown.push(`- ... and ${lines.length - MAX_LINES} more`);
  return shown.join("\n");
}

const LANGUAGE_LINE = /\b(english|french|languages?|bilingual)\b/i;
const EDUCATION_LINE =
  /\b(degree|education|university|diploma|secondary|vocational|master'?s?|bachelor'?s?|phd|studies)\b/i;
const EXPERIENCE_LINE = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b|\bexperience\b/i;

/** Requirement lines of a post for a focus, from the structured field or, failing that, the requirement lists. */
function requirementLines(vacancy: Vacancy, focus: Focus): string[] {
  const all = [...vacancy.essential, ...vacancy.desirable];
  switch (focus) {
    case "languages":
      if (vacancy.languages.length > 0) {
        const levels = vacancy.languages.map((l) => (l.level ? `${l.language}: ${l.level}` : l.language));
        const note = vacancy.languages.find((l) => l.note)?.note;
        return note ? [...levels, `As written: ${note}`] : levels;
      }
      return all.filter((l) => LANGUAGE_LINE.test(l));
    case "education":
      return vacancy.education.length > 0 ? vacancy.education : all.filter((l) => EDUCATION_LINE.test(l));
    case "experience":
      return vacancy.experience.length > 0
        ? vacancy.experience
        : vacancy.essential.filter((l) => EXPERIENCE_LINE.test(l));
    case "competencies":
      return vacancy.competencies;
    default:
      return all;
  }
}

const FOCUS_NAME: Partial<Record<Focus, string>> = {
  languages: "language requirements",
  education: "education requirements",
  experience: "experience requirements",
  competencies: "competencies",
};

/** The requirements of one post (all of them, or the languages / education / experience / competencies asked about). */
export function requirementsText(item: AnswerItem, focus: Focus): string {
  const v = item.vacancy;
  const name = postName(v);
  const status = `Status: ${item.deadline.label}.`;
  if (focus in FOCUS_NAME) {
    const lines = requirementLines(v, focus);
    const what = FOCUS_NAME[focus] as string;
    if (lines.length === 0) return `${name}: the notice states no ${what}. ${status}`;
    return `${name}, ${what}:\n${bullets(lines)}\n${status}`;
  }
  if (v.essential.length === 0 && v.desirable.length === 0) {
    return `${name}: the notice lists no essential or desirable requirements. ${status}`;
  }
  const parts = [`${name}, requirements:`];
  if (v.essential.length > 0) parts.push(`Essential:\n${bullets(v.essential)}`);
  if (v.desirable.length > 0) parts.push(`Desirable:\n${bullets(v.desirable)}`);
  parts.push(status);
  return parts.join("\n");
}

function reportsLine(label: string, value: string | null): string | null {
  if (value === null) return null;
  return /^n\/?a\.?$/i.test(value.trim()) ? `${label}: none (N/A)` : `${label}: ${value}`;
}

/** One post's salary, contract, posts, profiles, location, reporting lines or documents, or its overview. */
export function detailsText(item: AnswerItem, focus: Focus): string {
  const v = item.vacancy;
  const name = postName(v);
  switch (focus) {
    case "salary": {
      // Salary and grade answer the same question ("what grade / how much"): both are always stated.
      if (v.salary && v.grade) return `${name}: salary ${v.salary}. Grade: ${v.grade}.`;
      if (v.salary) return `${name}: salary ${v.salary}. The notice gives no grade.`;
      if (v.grade) return `${name}: the notice gives no salary. Grade: ${v.grade}.`;
      return `${name}: the notice gives no salary or grade.`;
    }
    case "contract": {
      const c = v.contract;
      if (!c) return `${name}: the notice gives no contract details.`;
      const facts = [
        c.type && `type: ${c.type}`,
        c.duration && `duration: ${c.duration}`,
        c.renewal && `renewal: ${c.renewal}`,
        c.maximumService && `maximum service: ${c.maximumService}`,
      ].filter(Boolean);
      const text = c.text ? ` ${c.text}` : "";
      const seconded = c.seconded ? ` ${c.seconded}` : "";
      return `${name}, contract: ${facts.join("; ")}.${text}${seconded}`.replace(
        /, contract: \./,
        ", contract:",
      );
    }
    case "posts": {
      const profiles = v.profiles.filter((p) => p.posts !== null);
      const split =
        profiles.length > 1
          ? ` (${profiles.map((p) => `${p.name}: ${plural(p.posts ?? 0, "post")}`).join("; ")})`
          : "";
      return `${name}: ${plural(v.posts, "post")}${split}.`;
    }
    case "profiles": {
      if (v.profiles.length === 0)
        return `${name}: the notice describes a single profile (${plural(v.posts, "post")}).`;
      const lines = v.profiles.map((p) =>
        [
          p.name,
          p.unit,
          p.posts !== null ? plural(p.posts, "post") : null,
          p.reportsTo ? `reports to ${p.reportsTo}` : null,
        ]
          .filter(Boolean)
          .join(", "),
      );
      return `${name}, profiles:\n${bullets(lines)}`;
    }
    case "location": {
      const where = [v.location, v.organisation, v.unit].filter(Boolean);
      return v.location
        ? `${v.title} is based in ${v.location}${v.organisation ? ` (${v.organisation})` : ""}.${v.unit ? ` Unit: ${v.unit}.` : ""}`
        : `${name}: the notice gives no location.${where.length > 0 ? ` Organisation: ${where.join("; ")}.` : ""}`;
    }
    case "reporting": {
      const lines = [
        v.reportsTo ? `Reports to: ${v.reportsTo}` : null,
        // Per-profile lines only when the notice gives no overall line (it usually names the profiles itself).
        ...(v.reportsTo
          ? []
          : v.profiles.filter((p) => p.reportsTo).map((p) => `${p.name} reports to: ${p.reportsTo}`)),
        reportsLine("Direct reports", v.directReports),
        reportsLine("Indirect reports", v.indirectReports),
      ].filter((l): l is string => l !== null);
      if (lines.length === 0) return `${name}: the notice gives no reporting lines.`;
      return `${name}: ${lines.join("; ")}.`;
    }
    case "documents": {
      if (v.applicationNotes.length === 0) {
        return `${name}: the notice lists no documents to attach beyond the application itself.`;
      }
      return `${name}, what to include with the application:\n${bullets(v.applicationNotes)}`;
    }
    case "notice": {
      const facts = [
        v.reference ? `reference ${v.reference}` : "no reference number",
        v.publishedDate ? `published on ${dayText(v.publishedDate)}` : "no publication date",
        v.url ? `link: ${v.url}` : "no link",
      ].filter(Boolean);
      return `${name}: the notice gives ${facts.join("; ")}.`;
    }
    case "eligibility": {
      const lines = eligibilityLines(v);
      if (lines.length === 0)
        return `${name}: the notice states no security clearance or nationality condition.`;
      return `${name}, security clearance and eligibility:\n${bullets(lines)}`;
    }
    default:
      return overviewText(item);
  }
}

/** A short card-like overview of one post. */
export function overviewText(item: AnswerItem): string {
  const v = item.vacancy;
  const facts = [
    plural(v.posts, "post"),
    v.location ? `location: ${v.location}` : null,
    v.jobType,
    v.category ? `category: ${v.category}` : null,
    v.grade ? `grade: ${v.grade}` : null,
    v.salary ? `salary: ${v.salary}` : null,
    v.contract?.type
      ? `contract: ${[v.contract.type, v.contract.duration].filter(Boolean).join(", ")}`
      : null,
  ].filter(Boolean);
  const summary =
    v.summary.length > 400 ? `${v.summary.slice(0, 400).replace(/\s+\S*$/, "")} ...` : v.summary;
  return [
    `${postName(v)}: ${item.deadline.label}.`,
    `${facts.join("; ")}.`,
    summary,
    v.essential.length > 0
      ? `Essential requirements: ${v.essential.length}; desirable: ${v.desirable.length}.`
      : null,
  ]
    .filter(Boolean)
    .join("\n");
}

/** One line of a list: the post and its deadline status. */
export function listLine(item: AnswerItem): string {
  return `- ${postName(item.vacancy)}: ${item.deadline.label}`;
}

/** Writes a YYYY-MM-DD day for people. */
export function dayText(isoDate: string): string {
  return formatDay(isoDate);
}
