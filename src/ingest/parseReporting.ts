// Reporting lines: whom the post reports to ("The incumbent reports to the Head, Technical
// Security", "Reports directly to the BGX Director") and its direct / indirect reports.
import type { NoticeField } from "./fields.ts";
import { splitSentences } from "./noticeLines.ts";

// "reports" as a verb: at the start of a sentence, or after its subject (a pronoun, "incumbent",
// or a capitalised title such as "The Operator, Technical Security,"), never "provides reports to".
const REPORTS_VERB =
  /\b(?:reports?|answers|is accountable)\s+(?:directly\s+|functionally\s+|administratively\s+)?to\s+(?:the\s+)?/gi;
const SUBJECT_WORD =
  /^(incumbent|holder|jobholder|postholder|s\/he|he\/she|she|he|they|who|position|post|role|also|and)$/i;

// "... for the Budget Officer, to whom the incumbent reports": the superior before the clause.
const TO_WHOM =
  /\b(?:the\s+)?([A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|for|and))*(?:,\s+[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|for|and))*)?),?\s+to whom\b[^.;]{0,40}\breports?\b/;

/** The superior named in one sentence, cut before what the sentence says next. */
function superiorIn(sentence: string): string | null {
  const toWhom = TO_WHOM.exec(sentence)?.[1];
  if (toWhom) return toWhom;
  for (const m of sentence.matchAll(REPORTS_VERB)) {
    const before = sentence.slice(0, m.index).trim();
    const previous = before.split(/\s+/).pop() ?? "";
    if (before && !SUBJECT_WORD.test(previous) && !/^[A-Z][\w-]*,?$/.test(previous)) continue;
    const rest = sentence.slice((m.index ?? 0) + m[0].length);
    const name = rest
      .split(
        /\s+(?:and|who|which|while|whilst|through|via|within|in order|for|on|as well as)\s+(?=[a-z])|[.;:(]|,\s+(?=[a-z])/,
      )[0]
      ?.replace(/[\s,]+$/, "")
      .trim();
    if (!name || name.length < 3 || name.length > 120 || /^(him|her|them|whom)\b/i.test(name)) continue;
    return name;
  }
  return null;
}

/** Every superior named in `paragraphs`, in order (one per paragraph at most). */
export function parseReportsTo(paragraphs: string[]): string[] {
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const superior = superiorIn(sentence);
      if (superior) {
        found.push(superior);
        break;
      }
    }
  }
  return found;
}

/** "Under the supervision of the Head NOSB" — a fallback when no "reports to" sentence exists. */
export function parseSupervisor(paragraphs: string[]): string | null {
  for (const p of paragraphs) {
    const m =
      /\bunder the (?:direct\s+)?(?:supervision|direction|authority|responsibility) of (?:the\s+)?([A-Z][^,.;]*(?:,\s*[A-Z][^,.;]*)?)/.exec(
        p,
      );
    if (m?.[1]) return m[1].replace(/\s+(?:and|the)$/i, "").trim();
  }
  return null;
}

/** "Direct reports: 13", "Indirect reports: N/A" (fields or prose). */
export function parseReportCounts(
  fields: NoticeField[],
  text: string,
): { direct: string | null; indirect: string | null } {
  const read = (kind: "directReports" | "indirectReports", re: RegExp) => {
    const field = fields.find((f) => f.kind === kind && f.value);
    const raw = field?.value ?? re.exec(text)?.[1] ?? null;
    if (!raw) return null;
    const value = raw.replace(/[;.,]+$/, "").trim();
    return /^n\/?a$|^none$|^not applicable$/i.test(value) ? "N/A" : value;
  };
  return {
    direct: read("directReports", /\bdirect reports?\s*:\s*([^\n;.]+)/i),
    indirect: read("indirectReports", /\bindirect reports?\s*:\s*([^\n;.]+)/i),
  };
}
