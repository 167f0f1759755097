// Who may apply at all: nationality ("a national of a NATO member state"), age limits ("at least
// 21 years of age"), status. These are conditions every candidate must meet, so they are read as
// essential requirements: from a section that holds them ("Eligibility", "Who can apply") and
// from sentences in the notice's running text that state one.
import { cleanListEntry, type NoticeLine, splitSentences } from "./noticeLines.ts";
import { conjoinedRequirements, listEntries } from "./parseLists.ts";
import { type Section, sectionsOf } from "./sections.ts";

// ("a national of", "nationals"; not "national authorities" or "national level")
const NATIONALITY = /\b(nationals|national of|citizens?|nationality|citizenship)\b/i;
const AGE =
  /\b\d{2} years of age\b|\bage (limit|of \d{2})\b|\baged? (between|under|over|at least|\d{2})\b|\bunder the age of\b|\bnot (be )?(older|younger) than \d{2}\b|\b(maximum|minimum) age\b/i;
// The sentence restricts who may apply ("must be", "only", "open to")...
const RESTRICTS =
  /\b(must|shall|only|open to|restricted to|limited to|reserved for|eligible|eligibility|required|need to be)\b/i;
// ... and is not the equal-opportunity statement ("independent of gender, age, nationality").
const INCLUSIVE =
  /\b(independent of|regardless of|irrespective of|without regard to|welcomes? applications|encourag\w*|diversity|discriminat\w*)\b/i;

/** True for a sentence that states a nationality or age condition on applicants. */
export function statesEligibility(sentence: string): boolean {
  if (INCLUSIVE.test(sentence)) return false;
  // ("Age limit: 60" restricts by its own words)
  if (/\b(age limit|(maximum|minimum) age)\b/i.test(sentence)) return true;
  return (NATIONALITY.test(sentence) || AGE.test(sentence)) && RESTRICTS.test(sentence);
}

/**
 * The eligibility conditions of a notice, one per entry: every entry of its eligibility sections,
 * then the conditions the running text of `prose` states (the sections that describe the post,
 * boilerplate left out; `skipLine` is the title's line).
 */
export function parseEligibility(sections: Section[], prose: Section[], skipLine: number | null): string[] {
  const listed = sectionsOf(sections, "eligibility").flatMap((s) =>
    s.lines.some((l) => l.bullet)
      ? listEntries(s.lines)
      : listEntries(s.lines).flatMap((e) => splitSentences(e).map(cleanListEntry)),
  );
  const stated = prose
    .flatMap((s) => paragraphs(s.lines.filter((l) => !l.bullet && l.index !== skipLine)))
    .flatMap((p) => splitSentences(p))
    // (a question on a page of answers asks; its answer states: "Is there an age limit?" / "No. Only
    // nationals of member states may apply.")
    .map((s) => s.replace(/^(yes|no)[.,!]\s+/i, ""))
    .filter((s) => s.length <= 400 && !s.endsWith("?") && statesEligibility(s))
    // ("must be nationals of a member state and have a driving licence": the nationality alone)
    .flatMap((s) => conjoinedRequirements(cleanListEntry(s)).filter(statesEligibility));
  return [...listed, ...stated];
}

/**
 * Lines joined into paragraphs: a long line that ends mid-sentence was wrapped ("... vacancies
 * at" / "NCIA."); a short one ("SHAPE, Mons, Belgium") is a line of its own.
 */
function paragraphs(lines: NoticeLine[]): string[] {
  const out: string[] = [];
  let previous: NoticeLine | null = null;
  for (const line of lines) {
    const continues =
      previous &&
      previous.index === line.index - 1 &&
      !line.blankBefore &&
      previous.text.split(/\s+/).length >= 8 &&
      !/[.!?:;]$/.test(previous.text);
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${line.text}`;
    else out.push(line.text);
    previous = line;
  }
  return out;
}
