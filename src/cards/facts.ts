// What a vacancy card shows, independent of platform: the key facts and, for each Focus, the
// sections that answer the question ("requirements" -> essential and desirable lists, ...).
// The Block Kit, Adaptive Card and plain-text renderers all draw from here, so they agree.

import { eligibilityLines } from "../answer/eligibility.ts";
import type { AnswerItem, Focus } from "../answer/model.ts";
import type { Vacancy } from "../vacancy.ts";
import { describeStatus } from "./status.ts";

/** A label and its value, e.g. {label: "Location", value: "Brussels, Belgium"}. */
export interface Fact {
  label: string;
  value: string;
}

/** One piece of a section: running text, a bulleted list, or label/value pairs. */
export type SectionPart =
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | { kind: "facts"; facts: Fact[] };

/** A titled part of a card, e.g. "Essential requirements" with its bullets. */
export interface Section {
  title: string;
  parts: SectionPart[];
}

const NOT_STATED = "Not stated";

/** Human label of a focus, used for headings and buttons. */
export function focusLabel(focus: Focus): string {
  switch (focus) {
    case "overview":
      return "Full details";
    case "deadline":
      return "Deadline";
    case "status":
      return "Status";
    case "requirements":
      return "Requirements";
    case "languages":
      return "Languages";
    case "education":
      return "Education";
    case "experience":
      return "Experience";
    case "salary":
      return "Salary";
    case "contract":
      return "Contract";
    case "posts":
      return "Posts";
    case "profiles":
      return "Profiles";
    case "location":
      return "Location";
    case "reporting":
      return "Reporting lines";
    case "documents":
      return "How to apply";
    case "eligibility":
      return "Clearance and eligibility";
    case "competencies":
      return "Competencies";
    case "notice":
      return "Notice";
  }
}

/** "3 (Profile A: 2, Profile B: 1)" or "1". */
export function describePosts(vacancy: Vacancy): string {
  const counted = vacancy.profiles.filter((p) => p.posts !== null);
  if (counted.length === 0) return String(vacancy.posts);
  return `${vacancy.posts} (${counted.map((p) => `${p.name}: ${p.posts}`).join(", ")})`;
}

/** The facts every vacancy card shows in its header area, in order. */
export function vacancyFacts(item: AnswerItem): Fact[] {
  const { vacancy } = item;
  const facts: Fact[] = [
    { label: "Organisation", value: vacancy.organisation ?? NOT_STATED },
    { label: "Location", value: vacancy.location ?? NOT_STATED },
    { label: "Posts", value: describePosts(vacancy) },
    { label: "Deadline", value: describeStatus(item).text },
  ];
  if (vacancy.unit) facts.splice(1, 0, { label: "Unit", value: vacancy.unit });
  if (vacancy.grade) facts.push({ label: "Grade", value: vacancy.grade });
  if (vacancy.salary) facts.push({ label: "Salary", value: vacancy.salary });
  if (vacancy.reference) facts.push({ label: "Reference", value: vacancy.reference });
  return facts;
}

const bullets = (items: readonly string[]): SectionPart => ({ kind: "bullets", items: [...items] });
const paragraph = (text: string): SectionPart => ({ kind: "paragraph", text });

/** A list section, or a sentence saying the notice has none, so a card never shows an empty heading. */
function listSection(title: string, items: readonly string[], missing: string): Section {
  return { title, parts: [items.length > 0 ? bullets(items) : paragraph(missing)] };
}

function languageLines(vacancy: Vacancy): string[] {
  return vacancy.languages.map((l) => {
    const level = l.level ? `: ${l.level}` : "";
    // A note shared by every language ("V in one and II in the other") is shown once, below.
    const note = l.note && l.note !== l.level && sharedLanguageNote(vacancy) === null ? ` (${l.note})` : "";
    return `${l.language}${level}${note}`;
  });
}

/** The note when every language carries the same one, as notices phrase "one and the other" rules. */
function sharedLanguageNote(vacancy: Vacancy): string | null {
  const notes = new Set(vacancy.languages.map((l) => l.note));
  const [only] = notes;
  return notes.size === 1 && only ? only : null;
}

function languagesSection(vacancy: Vacancy): Section {
  const lines = languageLines(vacancy);
  const shared = sharedLanguageNote(vacancy);
  if (lines.length > 0) {
    return {
      title: "Languages",
      parts: shared ? [bullets(lines), paragraph(`Required: ${shared}.`)] : [bullets(lines)],
    };
  }
  // Many notices state languages only inside the essential list.
  const mentioned = vacancy.essential.filter((r) => /\blanguages?\b|english|french/i.test(r));
  return listSection("Languages", mentioned, "The notice does not state language requirements.");
}

/** Items of a dedicated list, or the essential requirements that speak about the same thing. */
function listOrMatchingEssentials(list: readonly string[], vacancy: Vacancy, pattern: RegExp): string[] {
  return list.length > 0 ? [...list] : vacancy.essential.filter((r) => pattern.test(r));
}

function contractSection(vacancy: Vacancy): Section {
  const c = vacancy.contract;
  if (!c) return { title: "Contract", parts: [paragraph("The notice does not describe the contract.")] };
  const facts: Fact[] = [];
  if (c.type) facts.push({ label: "Type", value: c.type });
  if (c.duration) facts.push({ label: "Duration", value: c.duration });
  if (c.renewal) facts.push({ label: "Renewal", value: c.renewal });
  if (c.maximumService) facts.push({ label: "Maximum service", value: c.maximumService });
  const parts: SectionPart[] = [];
  if (facts.length > 0) parts.push({ kind: "facts", facts });
  if (c.text) parts.push(paragraph(c.text));
  if (parts.length === 0) parts.push(paragraph("The notice does not describe the contract."));
  return { title: "Contract", parts };
}

function reportingSection(vacancy: Vacancy): Section {
  const facts: Fact[] = [
    { label: "Reports to", value: vacancy.reportsTo ?? NOT_STATED },
    { label: "Direct reports", value: vacancy.directReports ?? NOT_STATED },
    { label: "Indirect reports", value: vacancy.indirectReports ?? NOT_STATED },
  ];
  // Per-profile lines only add something when the overall "reports to" does not already say it.
  const perProfile = vacancy.profiles
    .filter((p) => p.reportsTo && !vacancy.reportsTo?.includes(p.reportsTo))
    .map((p) => `${p.name} reports to ${p.reportsTo}`);
  const parts: SectionPart[] = [{ kind: "facts", facts }];
  if (perProfile.length > 0) parts.push(bullets(perProfile));
  return { title: "Reporting lines", parts };
}

function profilesSection(vacancy: Vacancy): Section {
  const lines = vacancy.profiles.map((p) => {
    const extra = [p.unit, p.posts === null ? null : `${p.posts} post${p.posts === 1 ? "" : "s"}`]
      .filter((x): x is string => x !== null)
      .join(", ");
    return extra ? `${p.name}: ${extra}` : p.name;
  });
  return listSection("Profiles", lines, "The notice offers a single profile.");
}

function postsSection(vacancy: Vacancy): Section {
  const n = vacancy.posts;
  const parts: SectionPart[] = [paragraph(`${n} post${n === 1 ? "" : "s"} offered.`)];
  if (vacancy.profiles.length > 0) parts.push(...profilesSection(vacancy).parts);
  return { title: "Posts", parts };
}

function salarySection(vacancy: Vacancy): Section {
  const facts: Fact[] = [];
  if (vacancy.salary) facts.push({ label: "Salary", value: vacancy.salary });
  if (vacancy.grade) facts.push({ label: "Grade", value: vacancy.grade });
  if (facts.length === 0)
    return { title: "Salary", parts: [paragraph("The notice gives no salary or grade.")] };
  return { title: "Salary", parts: [{ kind: "facts", facts }] };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The deadline in a full sentence, with the rule behind it (end of the day in the issuer's zone). */
function deadlineSentence(item: AnswerItem): string {
  const { vacancy, deadline } = item;
  if (vacancy.state !== "published") return `${describeStatus(item).text}.`;
  const day = deadline.deadlineText ?? deadline.deadline;
  if (!day)
    return "The notice gives no application deadline; check with the recruiter before relying on one.";
  const zone = `${vacancy.timeZone} time`;
  const days = deadline.daysLeft;
  switch (deadline.status) {
    case "open":
      if (days === null || days > 0) {
        return `Applications are open until the end of ${day} (${zone})${days === null ? "" : `: ${plural(days, "day")} left`}.`;
      }
      return `Applications close at the end of today, ${day} (${zone}).`;
    case "closed":
      return `Applications closed at the end of ${day} (${zone})${days === null ? "" : `, ${plural(-days, "day")} ago`}.`;
    case "unknown":
      return `The notice gives ${day} as the deadline.`;
  }
}

function statusSection(item: AnswerItem, title: string): Section {
  const parts = [paragraph(deadlineSentence(item))];
  if (item.vacancy.publishedDate) parts.push(paragraph(`Published on ${item.vacancy.publishedDate}.`));
  return { title, parts };
}

function locationSection(vacancy: Vacancy): Section {
  const facts: Fact[] = [{ label: "Location", value: vacancy.location ?? NOT_STATED }];
  if (vacancy.unit) facts.push({ label: "Unit", value: vacancy.unit });
  if (vacancy.organisation) facts.push({ label: "Organisation", value: vacancy.organisation });
  return { title: "Location", parts: [{ kind: "facts", facts }] };
}

function noticeSection(vacancy: Vacancy): Section {
  const facts: Fact[] = [
    { label: "Reference", value: vacancy.reference ?? NOT_STATED },
    { label: "Published", value: vacancy.publishedDate ?? NOT_STATED },
  ];
  if (vacancy.url) facts.push({ label: "Link", value: vacancy.url });
  return { title: "Notice", parts: [{ kind: "facts", facts }] };
}

function requirementSections(vacancy: Vacancy): Section[] {
  return [
    listSection("Essential requirements", vacancy.essential, "The notice lists no essential requirements."),
    listSection("Desirable", vacancy.desirable, "The notice lists no desirable requirements."),
  ];
}

function summarySection(vacancy: Vacancy): Section[] {
  return vacancy.summary.trim() ? [{ title: "Summary", parts: [paragraph(vacancy.summary)] }] : [];
}

/** The sections a card shows for a focus, most important first. */
export function focusSections(item: AnswerItem, focus: Focus): Section[] {
  const { vacancy } = item;
  switch (focus) {
    case "overview": {
      const sections = [...summarySection(vacancy), ...requirementSections(vacancy)];
      if (vacancy.languages.length > 0) sections.push(languagesSection(vacancy));
      if (vacancy.contract) sections.push(contractSection(vacancy));
      // Travel, shifts, on-call, telework: what the work asks beyond its duties, often decisive for applicants.
      if (vacancy.workingConditions.length > 0)
        sections.push(listSection("Working conditions", vacancy.workingConditions, ""));
      if (vacancy.reportsTo || vacancy.directReports) sections.push(reportingSection(vacancy));
      if (vacancy.applicationNotes.length > 0)
        sections.push(listSection("How to apply", vacancy.applicationNotes, ""));
      return sections;
    }
    case "deadline":
      return [statusSection(item, "Deadline")];
    case "status":
      return [statusSection(item, "Status")];
    case "requirements": {
      const sections = requirementSections(vacancy);
      if (vacancy.education.length > 0) sections.push(listSection("Education", vacancy.education, ""));
      if (vacancy.experience.length > 0) sections.push(listSection("Experience", vacancy.experience, ""));
      if (vacancy.languages.length > 0) sections.push(languagesSection(vacancy));
      return sections;
    }
    case "languages":
      return [languagesSection(vacancy)];
    case "education":
      return [
        listSection(
          "Education",
          listOrMatchingEssentials(
            vacancy.education,
            vacancy,
            /degree|education|diploma|universit|secondary|vocational/i,
          ),
          "The notice does not state an education requirement.",
        ),
      ];
    case "experience":
      return [
        listSection(
          "Experience",
          listOrMatchingEssentials(vacancy.experience, vacancy, /experience|\byears?\b/i),
          "The notice does not state an experience requirement.",
        ),
      ];
    case "salary":
      return [salarySection(vacancy)];
    case "contract":
      return [contractSection(vacancy)];
    case "posts":
      return [postsSection(vacancy)];
    case "profiles":
      return [profilesSection(vacancy)];
    case "location":
      return [locationSection(vacancy)];
    case "reporting":
      return [reportingSection(vacancy)];
    case "notice":
      return [noticeSection(vacancy)];
    case "documents":
      return [
        listSection(
          "How to apply",
          vacancy.applicationNotes,
          "The notice gives no application instructions.",
        ),
      ];
    case "eligibility":
      return [
        listSection(
          "Clearance and eligibility",
          eligibilityLines(vacancy),
          "The notice states no security clearance or nationality condition.",
        ),
      ];
    case "competencies":
      return [listSection("Competencies", vacancy.competencies, "The notice lists no competencies.")];
  }
}
