// A notice whose line breaks were lost (pasted from a PDF viewer or a form that keeps one line):
// "Position: Finance Assistant Location: Brussels, Belgium Deadline: 12 May 2026 ... Essential: a
// degree; 3 years of ...". Its sentences and its labels ("Location:", "Essential:") start lines
// again, so the fields and lists read as in a laid-out notice. Text with its lines comes back unchanged.
import { fieldKindOf } from "./fields.ts";
import { splitSentences } from "./noticeLines.ts";
import { classifyHeading } from "./sections.ts";

/** True when `words` is a field label or a section heading ("Location", "Essential", "Closing date"). */
function isLabel(words: string): boolean {
  return fieldKindOf(words) !== null || classifyHeading(words) !== "other";
}

/** One sentence with a line break before each label inside it ("... Assistant Location: ..."). */
function breakAtLabels(sentence: string): string {
  return sentence.replace(/((?:\S+\s+){0,3}\S+?):\s/gu, (match: string, before: string) => {
    const words = before.split(/\s+/);
    // the longest run of last words that is a label: "Finance Assistant Location" -> "Location"
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const label = words.slice(-n).join(" ");
      if (/^\p{Lu}/u.test(label) && isLabel(label)) {
        const rest = words.slice(0, -n).join(" ");
        return `${rest ? `${rest}\n` : ""}${label}: `;
      }
    }
    return match;
  });
}

/** The text with its lines restored when it came as one or two long lines; else unchanged. */
export function restoreLineBreaks(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length > 2 || !lines.some((l) => l.length >= 250)) return text;
  return lines.flatMap((l) => splitSentences(l).map(breakAtLabels)).join("\n");
}
