// Instructions to applicants worth showing on a card: documents to attach (an essay, an
// endorsement letter), eligibility limits, and warnings (no generative-AI applications). One
// sentence per note; the rest of the recruitment boilerplate stays out.
import { splitSentences } from "./noticeLines.ts";

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
];

/** Application notes from the notice's sentences, in order, without duplicates. */
export function parseApplicationNotes(paragraphs: string[], limit = 8): string[] {
  const notes: string[] = [];
  const seenPattern = new Set<number>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const hit = NOTE_PATTERNS.findIndex((re) => re.test(sentence));
      if (hit < 0 || sentence.length > 600) continue;
      // one note per warning kind (notices repeat the same warning), documents may be several
      if (hit >= 2 && seenPattern.has(hit)) continue;
      seenPattern.add(hit);
      const note = sentence.replace(/\s+/g, " ").trim();
      if (!notes.includes(note)) notes.push(note);
      if (notes.length >= limit) return notes;
    }
  }
  return notes;
}
