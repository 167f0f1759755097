// Instructions to applicants worth showing on a card: documents to attach (an essay, an
// endorsement letter), eligibility limits, how and where to apply (the e-recruitment system, its
// address), and warnings (no generative-AI applications). One
// sentence per note; the rest of the recruitment boilerplate stays out.
import { splitSentences } from "./noticeLines.ts";

/** "For all other applications: www.nato.int/recruitment": where applications go, often a bullet. */
const APPLY_AT = /\b(apply|applications?)\b.{0,60}(\bwww\.[a-z0-9.-]+\.[a-z]{2,}\S*|\bhttps?:\/\/\S+)/i;

/** The clause of a longer text that gives where applications go. */
const APPLY_AT_CLAUSE =
  /(?:^|[;)]\s*)([^;()]*\b(?:apply|applications?)\b[^;()]{0,60}?(?:\bwww\.[a-z0-9.-]+\.[a-z]{2,}[^\s;)]*|\bhttps?:\/\/[^\s;)]+))/i;

const NOTE_PATTERNS: RegExp[] = [
  // documents to attach or provide
  /\b(candidates?|applicants?|applications?|you|your)\b.{0,80}\b(attach|enclose|upload|submit|include|provide|send)\b.{0,160}\b(cv|curriculum vitae|r[ée]sum[ée]|cover letter|motivation(al)? letter|letter|essay|document|copy|copies|certificates?|diplomas?|references|portfolio|application form|writing sample|evidence of (their|your) (education|studies|qualifications|professional experience))\b/i,
  /\b(essay|endorsement letter|cover letter|motivation letter|writing sample)\b.{0,120}\b(will|must|should|shall)\b/i,
  // eligibility
  /\bonly (accept|consider) applications from\b/i,
  /\b(open|restricted) (only )?to (nationals|citizens|serving staff|internal candidates|staff members|current staff)\b/i,
  /\bapplications from external candidates\b.{0,30}\bnot be (considered|accepted)\b/i,
  // a re-advertised post: whether those who applied before must apply again
  /\bprevious(ly)? applicants?\b.{0,60}\b(re-?apply|apply again|remain under consideration)\b|\b(is|has been) re-?advertised\b|^re-?advertised\b/i,
  // warnings
  /\bgenerative\b.{0,60}\b(ai|artificial[- ]intelligence)\b|\bartificial[- ]intelligence\b.{0,60}\btools\b/i,
  /\b(incomplete|late) applications\b.{0,60}\b(not|will not|won't) be\b/i,
  /\bappointment will be subject to\b/i,
  // how and where to apply: the system or address applications go through
  /\bapplications? (must|should|shall|are to|have to) be (submitted|made|sent|lodged|filed)\b/i,
  APPLY_AT,
];

/**
 * Application notes from the notice's sentences, in order, without duplicates; of its bullet
 * lines, only the address applications go to (other bullets are requirements and duties).
 */
export function parseApplicationNotes(
  paragraphs: string[],
  bullets: readonly string[] = [],
  limit = 8,
): string[] {
  const notes: string[] = [];
  const seenPattern = new Set<number>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const hit = NOTE_PATTERNS.findIndex((re) => re.test(sentence));
      if (hit < 0 || sentence.length > 600) continue;
      // one note per warning kind (notices repeat the same warning), documents may be several
      if (hit >= 2 && seenPattern.has(hit)) continue;
      seenPattern.add(hit);
      // "...using e-recruitment system, as applicable:" introduced bullets that are not kept.
      const note = sentence.replace(/\s+/g, " ").trim().replace(/:$/, ".");
      if (!notes.includes(note)) notes.push(note);
      if (notes.length >= limit) return notes;
    }
  }
  for (const bullet of bullets) {
    if (notes.length >= limit) break;
    // A bullet runs on into the next lines ("...portal ( ); For all other applications: www...
    // Before you apply ..."): only the clause giving the address is kept.
    const clause = APPLY_AT_CLAUSE.exec(bullet.replace(/\s+/g, " "))?.[1]?.trim();
    if (clause && !notes.some((n) => n.includes(clause))) notes.push(clause);
  }
  return notes;
}
