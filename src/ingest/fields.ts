// Labelled fields ("Location: Brussels", "Deadline:" with the value on the next line): the
// structured part of a job page. Only known labels count, so prose with a colon is not a field.
import type { NoticeLine } from "./noticeLines.ts";

/** The field kinds the parser understands, each with the labels sites use for it. */
const FIELD_LABELS = {
  title:
    /^(job title|post title|posting title|position title|title of (the )?(post|position)|position|post|vacancy title|job)$/,
  deadline:
    /^((application|applications|vacancy|recruitment) )?(deadline|closing date)( for applications| of applications| to apply)?|^(closing( date)?|closes|close date|applications? close[sd]?|apply by|last (day|date) (to|for) (apply|applications?)|application end date|end date for applications|deadline date|date of closure)$/,
  published:
    /^(published|posted|date posted|posting date|publication date|date of (publication|issue)|issue date|opening date|open date|date published)$/,
  location:
    /^(location|duty station|place of (work|assignment|employment)|workplace|work location|job location|city|based in)$/,
  salary: /^(salary|remuneration|pay|salary range|basic salary|compensation|monthly salary|annual salary)$/,
  jobType: /^(job type|employment type|type of employment|working time|work schedule|schedule|hours)$/,
  category: /^(category|job category|job family|occupational group|field|functional area|sector)$/,
  reference:
    /^(reference|ref\.?|reference (number|no\.?|code)|vacancy (number|no\.?|reference|id)|job (id|number|reference|code|no\.?)|job opening (number|id)|requisition( id| number)?|vn|post number)$/,
  grade: /^(grade|grade level|level|nato grade|grading|grade\/level)$/,
  organisation:
    /^(organisation|organization|department\/office|employer|agency|entity|company|hiring (organisation|organization|entity))$/,
  unit: /^(unit|division|department|directorate|branch|section|office|service)$/,
  contractType:
    /^(contract( type)?|type of contract|contract duration|duration( of contract)?|appointment type|type of appointment)$/,
  /** "15 January 2026 - 13 February 2026": published on the first date, closing on the last. */
  postingPeriod: /^(posting|application|publication|advertisement|vacancy) period$/,
  posts: /^(number of (posts|positions|vacancies)|posts|positions|vacancies|no\.? of (posts|positions))$/,
  directReports: /^direct reports?$/,
  indirectReports: /^indirect reports?$/,
} as const;

export type FieldKind = keyof typeof FIELD_LABELS;

export interface NoticeField {
  kind: FieldKind;
  label: string;
  /** The value; null when the label had no value (e.g. "Location:" followed by another label). */
  value: string | null;
  /** Index of the label line (and of the value line, when the value sits on the next line). */
  lineIndex: number;
  valueLineIndex: number;
}

const LABEL_LINE = /^([A-Za-z][A-Za-z./ ]{0,40}?)\s*:\s*(.*)$/;

/** Which field a label names, or null for an unknown label. */
export function fieldKindOf(label: string): FieldKind | null {
  const normal = label.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [kind, re] of Object.entries(FIELD_LABELS)) {
    if (re.test(normal)) return kind as FieldKind;
  }
  return null;
}

/** Splits "Label: value" when the label is a known field label. */
export function readLabel(text: string): { kind: FieldKind; label: string; value: string } | null {
  const m = LABEL_LINE.exec(text);
  if (!m?.[1]) return null;
  const kind = fieldKindOf(m[1]);
  return kind ? { kind, label: m[1].trim(), value: (m[2] ?? "").trim() } : null;
}

/** All labelled fields of a notice, in order; a label without value borrows the next short line. */
export function readFields(lines: NoticeLine[]): NoticeField[] {
  const fields: NoticeField[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // "NATO Civilian Post | Grade: A-3 | Vacancy ID: 260143": several fields on one line
    const segments = line.text.split(/\s+\|\s+/);
    if (segments.length > 1) {
      for (const segment of segments) {
        const label = readLabel(segment);
        const value = label?.value.replace(/[;.]$/, "").trim();
        if (label && value)
          fields.push({
            kind: label.kind,
            label: label.label,
            value,
            lineIndex: line.index,
            valueLineIndex: line.index,
          });
      }
      continue;
    }
    const label = readLabel(line.text);
    if (!label) continue;
    let value: string | null = label.value.replace(/[;.]$/, "").trim() || null;
    let valueLineIndex = line.index;
    if (!value) {
      const next = lines[i + 1];
      if (next && !readLabel(next.text) && next.text.length <= 120 && !next.text.endsWith(":")) {
        value = next.text;
        valueLineIndex = next.index;
      }
    }
    fields.push({ kind: label.kind, label: label.label, value, lineIndex: line.index, valueLineIndex });
  }
  return fields;
}

/** The first field of a kind that has a value. */
export function firstField(fields: NoticeField[], kind: FieldKind): NoticeField | undefined {
  return fields.find((f) => f.kind === kind && f.value !== null);
}
