// Notice text -> Vacancy. Each concept has its own module (sections, fields, title, deadline,
// posts, lists, languages, contract, reporting, acronyms, summary); this file runs them in order
// and validates the result against the Vacancy schema. Unknown stays null: nothing is invented.

import { DateTime } from "luxon";
import { countryOf, timeZoneOf } from "../geography.ts";
import { LIMITS, slugify, type Vacancy, VacancySchema } from "../vacancy.ts";
import { extractAcronyms } from "./acronyms.ts";
import { parseApplicationNotes } from "./applicationNotes.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { readColumns } from "./columns.ts";
import { deadlineZone, readClock } from "./deadlineZone.ts";
import { parseEligibility } from "./eligibility.ts";
import { unwrapEmail } from "./emailText.ts";
import { firstField, readFields } from "./fields.ts";
import { restoreLineBreaks } from "./flattenedText.ts";
import { htmlToText, looksLikeHtml } from "./htmlText.ts";
import { isControlCharacter, type NoticeLine, splitSentences, toNoticeLines } from "./noticeLines.ts";
import { parseContract } from "./parseContract.ts";
import { parseDeadline } from "./parseDeadline.ts";
import {
  parseCategory,
  parseGrade,
  parseJobType,
  parseLocation,
  parseOrganisation,
  parseReference,
  parseSalary,
  parseUnit,
  titleCaseIfShouting,
  WELL_KNOWN_ACRONYMS,
} from "./parseHeaderFacts.ts";
import { parseLanguages } from "./parseLanguages.ts";
import { dedupe, parseCompetencies, parseRequirementLists, requirementsInProse } from "./parseLists.ts";
import { parsePosts, parseProfiles } from "./parsePosts.ts";
import { parseReportCounts, parseReportsTo, parseSupervisor } from "./parseReporting.ts";
import { namesAJob, parseTitle } from "./parseTitle.ts";
import { rewriteTables } from "./pastedTables.ts";
import { headerLines, type Section, type SectionKind, splitSections } from "./sections.ts";
import { severalPosts } from "./severalPosts.ts";
import { buildSummary, describePost } from "./summary.ts";
import { parseWorkingConditions } from "./workingConditions.ts";

export type NoticeErrorCode =
  | "empty"
  | "binary"
  | "no_title"
  | "not_a_notice"
  | "several_posts"
  | "bad_date"
  | "invalid"
  | "too_large";

/** A notice that cannot become a Vacancy; `message` is one line a recruiter can act on. */
export class NoticeError extends Error {
  constructor(
    readonly code: NoticeErrorCode,
    message: string,
    /** The Vacancy field or notice section at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "NoticeError";
  }
}

export type ParseNoticeResult =
  | { ok: true; vacancy: Vacancy; warnings: string[] }
  | { ok: false; error: NoticeError };

export interface ParseNoticeOptions {
  /** Where the text came from: a file name, or "posted by … via Slack". */
  source: string;
  /**
   * When the notice is read (the clock of whoever pastes or imports it): a deadline without its
   * year and without a publication date is the next such day from then. Without it, no guess.
   */
  now?: Date;
}

// The day a notice is read is the day in Brussels (NATO bodies' zone, the schema's default).
const ISSUER_ZONE = "Europe/Brussels";

// The verb of a news headline ("appoints", "has appointed", "welcomes"): a job title has none
// (third person or past only: "Sign Language Interpreter", "Host Nation Support Officer" are posts).
const HEADLINE_VERB =
  /\b(appoints|appointed|names|announces|announced|welcomes|welcomed|launches|launched|visits|visited|meets|says|said|signs|signed|agrees|agreed|elects|elected|hosts|hosted|celebrates|celebrated|opens|opened|joins|joined|takes (up|over)|steps down|retires|retired|bids farewell)\b/i;

// Words a vacancy notice uses about applying, in the languages notices come in.
const RECRUITING_WORDS =
  /\b(apply|applying|applications?|applicants?|candidates?|candidature|vacanc(y|ies)|vacature|vacante?|recruit\w*|hiring|hire|job (opening|offer|description)|open position|we('re| are) (looking for|seeking)|CV|curriculum|résumé|resume|postuler|poste à pourvoir|bewerb\w*|stellenausschreibung|sollicit\w*|candidat\w*|convocatoria|requirements?|qualifications?|deadline|closing date)\b/i;

/** Largest notice accepted (characters); real notices are 5-30k. */
export const MAX_NOTICE_CHARS = 300_000;

// Sections whose text is recruitment boilerplate: never read for facts about the post.
const BOILERPLATE_SECTIONS: SectionKind[] = ["application", "additional", "contract", "competencies"];

/**
 * True when the text is encoded data (base64, hex dumps, a data: URL): most of it in "words" far
 * longer than any word, with no spaces to read.
 */
export function looksEncoded(text: string): boolean {
  const sample = text.slice(0, 10_000).trim();
  if (sample.length < 200) return false;
  const long = sample.split(/\s+/).filter((w) => w.length >= 40 && !/^https?:\/\//.test(w));
  return long.reduce((n, w) => n + w.length, 0) / sample.length > 0.6;
}

/** True when the text is not human-readable notice text (NUL bytes, mostly control or replacement characters). */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 10_000);
  if (!sample) return false;
  let bad = 0;
  for (const c of sample) if (c === "\ufffd" || isControlCharacter(c)) bad++;
  return bad / sample.length > 0.02;
}

/**
 * Plain text as the line readers expect it: an e-mail forward unwrapped, two PDF columns read one
 * after the other, lost line breaks restored, tables rewritten as fields and lists.
 */
function readLayout(text: string): string {
  return rewriteTables(restoreLineBreaks(readColumns(unwrapEmail(text))));
}

/** Parses raw notice text (as scraped or pasted) into a validated Vacancy. Never throws. */
export function parseNotice(text: string, options: ParseNoticeOptions): ParseNoticeResult {
  try {
    return parseOrFail(text, options);
  } catch (error) {
    if (error instanceof NoticeError) return { ok: false, error };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new NoticeError("invalid", `the notice could not be parsed: ${message}`) };
  }
}

function parseOrFail(text: string, options: ParseNoticeOptions): ParseNoticeResult {
  if (typeof text !== "string" || text.trim() === "") {
    throw new NoticeError("empty", "the notice is empty");
  }
  if (text.length > MAX_NOTICE_CHARS) {
    throw new NoticeError(
      "too_large",
      `the notice is too large (${text.length} characters, at most ${MAX_NOTICE_CHARS})`,
    );
  }
  if (looksBinary(text))
    throw new NoticeError("binary", "the notice is binary data, not text: paste or save it as plain text");
  if (looksEncoded(text))
    throw new NoticeError(
      "binary",
      "the text is encoded data (base64 or similar), not a notice: paste the notice's words, or save it as plain text",
    );

  // A page saved as HTML reads as its text.
  const lines = stripBoilerplate(toNoticeLines(readLayout(looksLikeHtml(text) ? htmlToText(text) : text)));
  if (lines.length === 0)
    throw new NoticeError("empty", "the notice has no text besides website boilerplate");

  const fields = readFields(lines);
  const pasted = severalPosts(lines, fields);
  if (pasted) {
    throw new NoticeError(
      "several_posts",
      `this text holds ${pasted.length} vacancy notices (${pasted.map((t) => `"${clip(t, 60)}"`).join(", ")}): post each one on its own`,
    );
  }
  const sections = splitSections(lines);
  const facts = sections.filter((s) => !BOILERPLATE_SECTIONS.includes(s.kind));
  const allParagraphs = paragraphsOf(sections);
  const descriptive = sections.filter(
    (s) => s.kind === "header" || s.kind === "summary" || s.kind === "profile",
  );
  const paragraphs = paragraphsOf(facts);

  const title = parseTitle(lines, fields, paragraphs);
  if (!title?.title) {
    throw new NoticeError(
      "no_title",
      "no post title found: start the notice with the job title on its own line",
      "title",
    );
  }
  // The title line is no part of the description.
  const body = title.lineIndex === null ? paragraphs : paragraphsOf(facts, title.lineIndex);
  const header = headerLines(lines, namesAJob).filter((l) => l.index !== title.lineIndex);

  const location = parseLocation({ fields, header, titleLocation: title.location, paragraphs: body });
  const today = options.now ? DateTime.fromJSDate(options.now, { zone: ISSUER_ZONE }).toISODate() : null;
  const dates = parseDeadline(lines, fields, countryOf(location) === "United States", today);
  if (dates.unreadable) {
    throw new NoticeError(
      "bad_date",
      dates.unreadableWhy ??
        `the deadline "${dates.unreadable}" is not a date I can read (use e.g. 30 March 2025 or 2025-03-30)`,
      "deadline",
    );
  }

  const listed = parseRequirementLists(sections);
  // No list at all: the requirements the running text states ("Candidates must hold ...")
  const required =
    listed.essential.length + listed.desirable.length > 0
      ? listed
      : { ...listed, ...requirementsInProse(paragraphsOf(facts)) };
  // Who may apply (nationality, age) comes first among the essential requirements, once.
  // (the running text outside the eligibility sections: also where the summary is looked for)
  const aboutThePost = facts.filter((s) => s.kind !== "eligibility");
  const eligibility = parseEligibility(sections, aboutThePost, title.lineIndex);
  const lists = { ...required, essential: dedupe([...eligibility, ...required.essential]) };
  // A first line that names no job, with no requirements and no deadline ("Meeting minutes"):
  // some other document, not a notice to publish as a post.
  if (
    title.from !== "field" &&
    !namesAJob(title.title) &&
    lists.essential.length === 0 &&
    lists.desirable.length === 0 &&
    !dates.deadline
  ) {
    throw new NoticeError(
      "not_a_notice",
      `this does not look like a vacancy notice: "${clip(title.title, 60)}" names no post and no requirements or deadline were found (start the notice with the job title)`,
      "title",
    );
  }
  // A headline that names a job ("Secretary General appoints new Director of Communications")
  // over a text with no deadline, no requirements and nothing about applying: news, not a notice.
  // (A bare job title with nothing else is still a post: the recruiter fills in the rest.)
  if (
    title.from !== "field" &&
    HEADLINE_VERB.test(title.title) &&
    lists.essential.length === 0 &&
    lists.desirable.length === 0 &&
    !dates.deadline &&
    !dates.relativeWithoutDate &&
    !RECRUITING_WORDS.test(lines.map((l) => l.text).join("\n"))
  ) {
    throw new NoticeError(
      "not_a_notice",
      `this does not look like a vacancy notice: "${clip(title.title, 60)}" comes with no deadline, no requirements and nothing about applying (a news item?): paste the vacancy notice itself`,
      "title",
    );
  }

  const profiles = parseProfiles(sections);
  const factText = body.join("\n");
  const posts = parsePosts({ titlePosts: title.posts, fields, profiles, text: factText });

  const superiors = parseReportsTo(body);
  const distinctSuperiors = [...new Set(superiors)];
  const profileSuperiors = profiles.length > 1 && superiors.length === profiles.length ? superiors : null;
  const reportsTo =
    profileSuperiors && distinctSuperiors.length > 1
      ? profiles.map((p, i) => `${profileSuperiors[i]} (${p.name})`).join("; ")
      : (distinctSuperiors[0] ?? parseSupervisor(body));
  const reportCounts = parseReportCounts(fields, lines.map((l) => l.text).join("\n"));

  // Contract terms: the contract section, or else contract sentences anywhere ("Special Notice").
  const contractSections = sections.filter((s) => s.kind === "contract");
  // Each line ends as a sentence, so a label line ("Position type: Fixed Term Appointment") is not
  // read as one sentence with the line after it.
  const asSentence = (s: string) => (/[.!?:;]$/.test(s) ? s : `${s}.`);
  const contractSection = contractSections.flatMap((s) => s.lines.map((l) => asSentence(l.text))).join("\n");
  const contractText =
    contractSection ||
    allParagraphs
      .flatMap((p) => splitSentences(p))
      .filter(
        (s) =>
          /\b(contract|appointment)\b/i.test(s) &&
          /\b(fixed[- ]term|definite|indefinite|temporary|permanent|duration|renewable|initial period)\b/i.test(
            s,
          ),
      )
      .map(asSentence)
      .join("\n");

  const languageEntries = [
    ...lists.essential.map((t) => ({ text: t, desirable: false })),
    ...lists.desirable.map((t) => ({ text: t, desirable: true })),
  ];
  let languages = parseLanguages(languageEntries);
  if (languages.length === 0) languages = parseLanguages(body.map((t) => ({ text: t, desirable: false })));

  const firstParagraph = body.find((p) => p.split(/\s+/).length >= 15) ?? null;
  const organisation = parseOrganisation({
    fields,
    header,
    titlePrefix: title.organisation,
    firstParagraph,
    lead: [...header.map((l) => l.text), ...body.slice(0, 3)],
    lines,
  });

  const acronyms = extractAcronyms([...body, ...lists.essential, ...lists.desirable].join("\n")).filter(
    (a) => a.short.length <= 20 && a.long.length <= LIMITS.shortText,
  );
  // An all-capitals title reads better in title case; acronyms the notice defines stay capitals.
  const titleText = titleCaseIfShouting(
    title.title,
    new Set([...acronyms.map((a) => a.short), ...WELL_KNOWN_ACRONYMS]),
  );

  const summary = buildSummary(
    paragraphsOf(descriptive, title.lineIndex),
    paragraphsOf(aboutThePost, title.lineIndex),
    titleText,
  );

  const clock = dates.clockText ? readClock(dates.clockText, timeZoneOf(location), dates.deadline) : null;
  const warnings: string[] = [];
  if (clock?.warning) warnings.push(clock.warning);
  if (dates.relativeWithoutDate)
    warnings.push(
      `the deadline counts from publication ("${clip(dates.relativeWithoutDate, 80)}") but the notice gives no publication date: add the closing date`,
    );
  else if (!dates.deadline)
    warnings.push("no deadline found: the post will show as having no known deadline");
  if (dates.internalDeadline)
    warnings.push(
      `internal candidates close earlier (${dates.internalDeadline}): the deadline shown is the external one, ${dates.deadline}`,
    );
  if (dates.deadline && dates.yearFromToday)
    warnings.push(
      `the deadline "${dates.yearFromToday}" gives no year: read as ${dates.deadline}, the next such day from today (${today}); check it`,
    );
  if (!location) warnings.push("no location found");
  if (lists.essential.length === 0) warnings.push("no essential requirements found");
  if (!posts.stated) warnings.push("number of posts not stated: assuming 1");

  const candidate = {
    id: slugify(titleText),
    title: clip(titleText, LIMITS.title),
    organisation: clipOrNull(organisation),
    unit: clipOrNull(parseUnit(fields, body, header)),
    location: clipOrNull(location),
    // The zone the deadline names ("midnight Brussels time"), else the issuer's, decides when the
    // deadline day ends; without either, the schema's default.
    timeZone: deadlineZone(clock?.zone ?? null, timeZoneOf(location), dates.deadline) ?? undefined,
    deadline: dates.deadline,
    publishedDate: dates.publishedDate,
    posts: posts.posts,
    reference: clipOrNull(parseReference(fields) ?? title.reference),
    // Pay and grade are often stated only with the terms of employment ("grade AD10 ... The basic
    // monthly salary is EUR 10,612.12"), so the contract text is read for them last.
    // ("La Spezia, Italy – NATO Grade A-3": a header line of facts, which may read as a heading)
    grade: clipOrNull(
      parseGrade(fields, factText) ??
        title.grade ??
        parseGrade([], header.map((l) => l.text).join("\n")) ??
        parseGrade([], contractText),
    ),
    salary: clipOrNull(parseSalary(fields, header, [...body, ...paragraphsOf(contractSections)])),
    jobType: clipOrNull(parseJobType(fields, header)),
    category: clipOrNull(parseCategory(fields)),
    summary: clip(summary, LIMITS.longText),
    description: clip(describePost(paragraphsOf(descriptive, title.lineIndex), summary), LIMITS.longText),
    essential: clipList(lists.essential),
    desirable: clipList(lists.desirable),
    education: clipList(lists.education),
    experience: clipList(lists.experience),
    languages,
    competencies: clipList(parseCompetencies(sections)),
    profiles: profiles.map((p, i) => ({
      name: clip(p.name, LIMITS.shortText),
      unit: clipOrNull(p.unit),
      posts: p.posts,
      reportsTo: clipOrNull(profileSuperiors?.[i] ?? null),
    })),
    reportsTo: clipOrNull(reportsTo),
    directReports: clipOrNull(reportCounts.direct),
    indirectReports: clipOrNull(reportCounts.indirect),
    contract: parseContract(contractText, firstField(fields, "contractType")?.value ?? null),
    // (an eligibility sentence already among the requirements is not repeated as a note)
    applicationNotes: clipList(
      parseApplicationNotes(
        allParagraphs,
        sections.flatMap((s) => s.lines.map((l) => l.text)),
      ).filter((n) => !isListed(n, lists.essential)),
    ),
    // Bullets too: "Additional information" is often a bulleted list.
    workingConditions: clipList(parseWorkingConditions(sections.flatMap((s) => s.lines.map((l) => l.text)))),
    acronyms,
    url: findUrl(body),
    source: clip(options.source || "unknown", LIMITS.shortText),
  };

  const parsed = VacancySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") || null;
    throw new NoticeError(
      "invalid",
      `the parsed vacancy is invalid: ${path ?? "vacancy"}: ${issue?.message}`,
      path,
    );
  }
  return { ok: true, vacancy: parsed.data, warnings };
}

/** True when `note` is one of `entries` (a note ends with a full stop, an entry does not). */
function isListed(note: string, entries: string[]): boolean {
  return dedupe([...entries, note]).length === entries.length;
}

/** Paragraphs (non-bullet lines) of the given sections, optionally without one line. */
function paragraphsOf(sections: Section[], skipLine: number | null = null): string[] {
  return sections.flatMap((s) =>
    s.lines.filter((l: NoticeLine) => !l.bullet && l.index !== skipLine).map((l) => l.text),
  );
}

/** A link to the notice itself when the description gives one (rare in scraped text). */
function findUrl(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const m = /\bhttps?:\/\/[^\s)<>"]+/.exec(p);
    if (m && /vacanc|job|career|recruit|position/i.test(m[0])) return m[0].replace(/[.,;]+$/, "");
  }
  return null;
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function clipOrNull(text: string | null | undefined): string | null {
  return text ? clip(text, LIMITS.shortText) : null;
}

function clipList(items: string[]): string[] {
  return items.slice(0, LIMITS.listItems).map((i) => clip(i, LIMITS.listItem));
}
