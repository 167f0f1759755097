// Requirement and competency lists: one entry per requirement, bullets and intro lines
// ("The incumbent must:") removed, wrapped bullet lines joined.
import { cleanListEntry, type NoticeLine, splitSentences } from "./noticeLines.ts";
import { isListIntro, leadInKind, type Section, sectionsOf } from "./sections.ts";

/** The entries of one list section. Bulleted lists keep their bullets only; plain lists keep each line. */
export function listEntries(lines: NoticeLine[]): string[] {
  const content = lines.filter((l) => !isListIntro(l) && !(leadInKind(l) && l.text.endsWith(":")));
  const hasBullets = content.some((l) => l.bullet);
  const entries: string[] = [];
  if (hasBullets) {
    let started = false;
    for (const line of content) {
      if (line.bullet) {
        entries.push(line.text);
        started = true;
      } else if (started && !line.blankBefore && /^[a-z(]/.test(line.text) && entries.length > 0) {
        // a wrapped bullet: the next line continues the entry
        entries[entries.length - 1] = `${entries[entries.length - 1]} ${line.text}`;
      } else if (started) {
        break;
      }
    }
  } else {
    for (const line of content) entries.push(line.text);
  }
  return dedupe(entries.map(cleanListEntry).filter((e) => e.length >= 3));
}

const DESIRABLE_WORDS =
  /\b(desirable|desired|an asset|an advantage|advantageous|a plus|preferred|preferably|would be beneficial|nice to have)\b/i;

/** Splits plain-prose requirements into sentences, separating the desirable ones. */
function splitProse(entries: string[]): { essential: string[]; desirable: string[] } {
  const essential: string[] = [];
  const desirable: string[] = [];
  for (const entry of entries) {
    const sentences = splitSentences(entry);
    if (sentences.length === 1) {
      (DESIRABLE_WORDS.test(entry) ? desirable : essential).push(entry);
      continue;
    }
    for (const s of sentences.map(cleanListEntry)) (DESIRABLE_WORDS.test(s) ? desirable : essential).push(s);
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

  for (const s of sectionsOf(sections, "essential")) essential.push(...listEntries(s.lines));
  for (const s of sectionsOf(sections, "desirable")) desirable.push(...listEntries(s.lines));

  const explicit = essential.length > 0 || desirable.length > 0;
  // Sub-sections by topic (UN-style "Education", "Work experience", "Languages"), or a bare
  // "Qualifications" section: prose, with desirable sentences mixed in.
  const topical = sectionsOf(
    sections,
    "education",
    "experience",
    "languages",
    ...(explicit ? [] : (["qualifications"] as const)),
  );
  for (const s of topical) {
    const entries = listEntries(s.lines);
    const split = s.lines.some((l) => l.bullet) ? { essential: entries, desirable: [] } : splitProse(entries);
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

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase().replace(/\W+/g, " ").trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
