// Requirement and competency lists: one entry per requirement, bullets and intro lines
// ("The incumbent must:") removed, wrapped bullet lines joined.
import { readLabel } from "./fields.ts";
import { cleanListEntry, type NoticeLine, splitSentences } from "./noticeLines.ts";
import {
  classifyHeading,
  isListIntro,
  leadInKind,
  type Section,
  type SectionKind,
  sectionsOf,
} from "./sections.ts";

const RUN_IN_REQUIREMENT_KINDS: SectionKind[] = ["education", "experience", "languages", "qualifications"];

// A plain line under a list that states a notice fact ("Deadline for applications: 17 April",
// "Salary: AUD 88,000") is no entry of it.
const FACT_KINDS = new Set(["deadline", "published", "salary", "location", "reference", "grade", "posts"]);
function statesAFact(line: NoticeLine): boolean {
  const label = line.bullet ? null : readLabel(line.text);
  return label !== null && FACT_KINDS.has(label.kind) && label.value !== "";
}

/** The entries of one list section. Bulleted lists keep their bullets only; plain lists keep each line. */
export function listEntries(lines: NoticeLine[]): string[] {
  const content = lines.filter(
    (l) => !isListIntro(l) && !(leadInKind(l) && l.text.endsWith(":")) && !statesAFact(l),
  );
  const hasBullets = content.some((l) => l.bullet);
  const entries: string[] = [];
  if (hasBullets) {
    let started = false;
    // "Knowledge of one of:" with its own sub-list (deeper or other markers): one entry
    let parent: NoticeLine | null = null;
    for (const [at, line] of content.entries()) {
      // "a) Professional/Experience" over "(i) A university degree ...": a group's label, no entry
      const next = content[at + 1];
      if (line.bullet && next?.bullet && isSubItem(next, line) && isGroupLabel(line.text)) {
        parent = null;
        continue;
      }
      if (line.bullet && parent && isSubItem(line, parent)) {
        const head = entries[entries.length - 1] as string;
        entries[entries.length - 1] = head.endsWith(":")
          ? `${head} ${cleanListEntry(line.text)}`
          : `${head}; ${cleanListEntry(line.text)}`;
        continue;
      }
      if (line.bullet) {
        entries.push(line.text);
        parent = line.text.endsWith(":") ? line : null;
        started = true;
      } else if (started && !line.blankBefore && /^[a-z(]/.test(line.text) && entries.length > 0) {
        // a wrapped bullet: the next line continues the entry
        entries[entries.length - 1] = `${entries[entries.length - 1]} ${line.text}`;
      } else if (started) {
        break;
      }
    }
  } else {
    // "A degree in finance; 5 years of experience; fluent English": a list run into one line
    for (const line of content) {
      const parts = line.text.split(/;\s+(?![IV]{1,3}\s*\()/);
      entries.push(...(parts.length >= 3 ? parts : [line.text]));
    }
  }
  return dedupe(entries.map(cleanListEntry).filter((e) => e.length >= 3));
}

/** "Professional/Experience", "Language": a few words naming a group of entries, not a requirement. */
function isGroupLabel(text: string): boolean {
  return text.split(/[\s/]+/).length <= 3 && !/[.;,:]$/.test(text) && /^\p{Lu}/u.test(text);
}

/** A bullet under an entry that ends with a colon: indented deeper, or marked differently. */
function isSubItem(line: NoticeLine, parent: NoticeLine): boolean {
  if (line.indent !== undefined && parent.indent !== undefined && line.indent !== parent.indent)
    return line.indent > parent.indent;
  return line.marker !== undefined && parent.marker !== undefined && line.marker !== parent.marker;
}

const DESIRABLE_WORDS =
  /\b(desirable|desired|an asset|an advantage|advantageous|a plus|preferred|preferably|would be beneficial|nice to have)\b/i;

// "Candidates must hold a university degree ...", "Fluency in English is required."
const REQUIREMENT_SENTENCE =
  /\b(candidates?|applicants?|you|they|he\/she|s\/he|the (successful )?(candidate|applicant|incumbent|post ?holder))\s+(must|should|shall|will need to|need to|(is|are) required to)\s+(have|hold|possess|be|demonstrate|show|speak|bring)\b|\b(is|are) (required|essential|mandatory)\b/i;
// "Knowledge of French would be an advantage."
const DESIRABLE_SENTENCE =
  /\b(knowledge|experience|degree|skills?|familiarity|fluency|proficiency|certification|qualifications?)\b.*\b((would|will) be (considered )?(as )?an? (advantage|asset|plus)|is (desirable|an asset|a plus|an advantage|preferred))\b/i;

/**
 * Requirements a notice states only in running text, with no list or heading for them: the
 * sentences that say a candidate must have something, and those that call something an advantage.
 */
export function requirementsInProse(paragraphs: string[]): { essential: string[]; desirable: string[] } {
  const essential: string[] = [];
  const desirable: string[] = [];
  for (const sentence of paragraphs.flatMap((p) => splitSentences(p))) {
    // "The incumbent must possess:" introduces a list that was lost; it is none itself
    if (sentence.endsWith(":")) continue;
    const clauses = requirementClauses(sentence);
    if (clauses) {
      essential.push(...clauses.essential);
      desirable.push(...clauses.desirable);
    } else if (DESIRABLE_SENTENCE.test(sentence)) desirable.push(cleanListEntry(sentence));
    else if (REQUIREMENT_SENTENCE.test(sentence))
      essential.push(...conjoinedRequirements(cleanListEntry(sentence)));
  }
  return { essential: dedupe(essential), desirable: dedupe(desirable) };
}

const REQUIREMENT_VERB = "have|hold|possess|be|demonstrate|show|speak|bring";
// "Candidates must hold a diploma and have three years of experience": "must" governs both verbs
const CONJOINED_REQUIREMENT = new RegExp(
  String.raw`^(.*?\b(?:must|should|shall|need to|(?:is|are) required to)\s+)((?:${REQUIREMENT_VERB})\s+\S.*?),?\s+and\s+(?:also\s+)?((?:${REQUIREMENT_VERB})\s+\S.*)$`,
  "i",
);

/**
 * A requirement sentence whose modal governs two verbs, one entry per verb, each with the subject
 * and modal ("Candidates must hold A", "Candidates must have B"); other sentences whole.
 */
export function conjoinedRequirements(sentence: string): string[] {
  const m = CONJOINED_REQUIREMENT.exec(sentence);
  if (!m) return [sentence];
  const [, opening, first, second] = m as unknown as [string, string, string, string];
  return [`${opening}${first}`, ...conjoinedRequirements(`${opening}${second}`)];
}

/**
 * "... must hold a degree ...; experience with Koha would be an advantage": one sentence, a
 * requirement and an advantage; "– must have GCIH; nice to have French": a chat message's clauses.
 * The entries of each list, or null when the sentence is one requirement (its clauses unmarked
 * and all of one kind: "must have X – ideally Y" stays whole).
 */
function requirementClauses(sentence: string): { essential: string[]; desirable: string[] } | null {
  const essential: string[] = [];
  const desirable: string[] = [];
  let marked = false;
  for (const [at, part] of sentence.split(/;\s+|\s+[–—]\s+/).entries()) {
    // (a clause after the first opens its entry: "Experience with Koha would be an advantage")
    const clause = at > 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    const marker = CLAUSE_MARKER.exec(clause);
    const rest = marker ? clause.slice(marker[0].length) : clause;
    if (marker) marked = true;
    if (marker && /^(nice|good)/i.test(marker[1] as string)) desirable.push(cleanListEntry(rest));
    else if (marker) essential.push(cleanListEntry(rest));
    else if (DESIRABLE_SENTENCE.test(clause)) desirable.push(cleanListEntry(clause));
    else if (REQUIREMENT_SENTENCE.test(clause))
      essential.push(...conjoinedRequirements(cleanListEntry(clause)));
  }
  return marked || (essential.length > 0 && desirable.length > 0) ? { essential, desirable } : null;
}

// "must have GCIH or GCIA", "nice to have: French": a clause that says which list it belongs to
const CLAUSE_MARKER = /^(must[- ]have|nice[- ]to[- ]have|good[- ]to[- ]have)\s*:?\s+(?=\S)/i;

/** Splits plain-prose requirements into sentences, separating the desirable ones. */
function splitProse(entries: string[]): { essential: string[]; desirable: string[] } {
  const essential: string[] = [];
  const desirable: string[] = [];
  for (const line of entries) {
    // ("Education. A university degree in ...": a run-in label ending in a full stop, no entry)
    const label = /^(\p{Lu}\p{L}+(?: \p{L}+){0,2})\.\s+(?=\p{Lu})/u.exec(line);
    const entry =
      label && RUN_IN_REQUIREMENT_KINDS.includes(classifyHeading(label[1] as string))
        ? line.slice(label[0].length)
        : line;
    const sentences = splitSentences(entry);
    if (sentences.length === 1 && !DESIRABLE_WORDS.test(entry) && conjoinedRequirements(entry).length > 1) {
      essential.push(...conjoinedRequirements(entry));
      continue;
    }
    if (sentences.length === 1) {
      // "Fluency in English; knowledge of French is an asset": parts of two lists, split
      const parts = entry.split(/;\s+/);
      const mixed = new Set(parts.map((p) => DESIRABLE_WORDS.test(p))).size > 1;
      for (const part of mixed ? parts.map(cleanListEntry) : [entry])
        (DESIRABLE_WORDS.test(part) ? desirable : essential).push(part);
      continue;
    }
    for (const s of sentences.map(cleanListEntry))
      if (DESIRABLE_WORDS.test(s)) desirable.push(s);
      else essential.push(...conjoinedRequirements(s));
  }
  return { essential, desirable };
}

// "Knowledge of French (desirable)", "SAP experience (an asset)": a marker in brackets at the end
const MARKER =
  /\s*\((essential|mandatory|required|desirable|desired|preferred|an asset|advantageous|an advantage)\)\s*$/i;
// "Knowledge of French would be an advantage", "Experience with SAP is desirable"
const SAYS_DESIRABLE =
  /\b(would|will) be (considered )?(as )?an? (advantage|asset|plus)\b|\bis (desirable|an asset|a plus|an advantage|preferred)\b/i;

// "Essential: A law degree", "Desirable – Italian": a marker opening the entry
const LEADING_MARKER =
  /^(essential|mandatory|required|desirable|desired|preferred|an asset|advantageous|optional|nice to have)\s*(?:[:\-–—]|\)\s*)\s*(?=\S)/i;

/** Entries of one list: those it marks desirable apart; bracketed or leading markers dropped. */
function splitMarked(entries: string[]): { essential: string[]; desirable: string[] } {
  const essential: string[] = [];
  const desirable: string[] = [];
  for (const entry of entries) {
    const marker = MARKER.exec(entry)?.[1] ?? LEADING_MARKER.exec(entry)?.[1];
    const text = entry.replace(MARKER, "").replace(LEADING_MARKER, "");
    const isDesirable = marker
      ? !/^(essential|mandatory|required)$/i.test(marker.trim())
      : SAYS_DESIRABLE.test(entry);
    if (isDesirable) desirable.push(text);
    else essential.push(...conjoinedRequirements(text));
  }
  return { essential, desirable };
}

export interface RequirementLists {
  essential: string[];
  desirable: string[];
  education: string[];
  experience: string[];
}

const EDUCATION =
  /\b(degree|diploma|education|university|vocational|bachelor'?s?|master'?s?|ph\.?d|doctorate|secondary|graduate|baccalaureate|qualification in)\b/i;
const EXPERIENCE_YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\+?\s+(\(\d+\)\s+)?years?\b/i;

/** Essential / desirable / education / experience lists from the sections that hold them. */
export function parseRequirementLists(sections: Section[]): RequirementLists {
  const essential: string[] = [];
  const desirable: string[] = [];
  const education: string[] = [];
  const experience: string[] = [];

  for (const s of sectionsOf(sections, "essential")) {
    const split = splitMarked(listEntries(s.lines));
    essential.push(...split.essential);
    desirable.push(...split.desirable);
  }
  for (const s of sectionsOf(sections, "desirable")) desirable.push(...listEntries(s.lines));

  // Sub-sections by topic (UN-style "Education", "Work experience", "Languages"), or a bare
  // "Qualifications" / "Your profile" section when no list is headed essential: prose or a list,
  // with desirable entries mixed in.
  const topical = sectionsOf(
    sections,
    "education",
    "experience",
    "languages",
    ...(essential.length > 0 ? [] : (["qualifications"] as const)),
  );
  for (const s of topical) {
    const entries = listEntries(s.lines);
    const split = s.lines.some((l) => l.bullet) ? splitMarked(entries) : splitProse(entries);
    essential.push(...split.essential);
    desirable.push(...split.desirable);
    if (s.kind === "education") education.push(...split.essential);
    if (s.kind === "experience") experience.push(...split.essential);
  }

  // Lists without topical sections: education and experience are the essential entries that say so.
  if (education.length === 0) education.push(...essential.filter((e) => EDUCATION.test(e)));
  if (experience.length === 0)
    experience.push(...essential.filter((e) => EXPERIENCE_YEARS.test(e) && /experience/i.test(e)));

  return {
    essential: dedupe(essential),
    desirable: dedupe(desirable),
    education: dedupe(education),
    experience: dedupe(experience),
  };
}

/** Competencies: the entries of the competencies section(s). */
export function parseCompetencies(sections: Section[]): string[] {
  return dedupe(sectionsOf(sections, "competencies").flatMap((s) => listEntries(s.lines)));
}

/** Entries without repeats (case, punctuation and spacing ignored), first one kept. */
export function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\W+/g, " ").trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
