// Labelled fields ("Location: Brussels", "Deadline:" with the value on the next line): the
// structured part of a job page. Only known labels count, so prose with a colon is not a field.
import type { NoticeLine } from "./noticeLines.ts";
import { findDate } from "./parseDate.ts";
import { isPlace } from "./places.ts";

/** The field kinds the parser understands, each with the labels sites use for it. */
const FIELD_LABELS = {
  title:
    /^(job title|post title|posting title|position title|title of (the )?(post|position)|position|post|vacancy title|job|titre du poste|intitulé du poste|functie|functietitel|stellenbezeichnung|funktion|titolo( del posto)?|puesto)$/,
  deadline:
    /^((application|applications|vacancy|recruitment) )?(deadline|closing date)( for applications| of applications| to apply)?|^(closing( date)?|closes|close date|applications? close[sd]?|(job )?posting end date|date de clôture|date limite( de (candidature|dépôt des candidatures))?|apply (by|before)|last (day|date) (to|for) (apply|applications?)|application end date|end date for applications|deadline date|date of closure|when do(es)? (the )?(applications?|vacancy|call|post) close|bewerbungs(schluss|frist|ende)|einsendeschluss|ende der bewerbungsfrist|sluitingsdatum|uiterste (inschrijf|sollicitatie)?datum|reageren (voor|tot)|scadenza( (del bando|candidature|per la presentazione delle candidature))?|data (di scadenza|limite)|fecha (l[ií]mite|de cierre)|plazo( de (presentaci[oó]n|solicitud))?|prazo( de candidatura)?|data limite)$/,
  published:
    /^(published|posted|date posted|posting date|publication date|date of (publication|issue)|issue date|opening date|open date|date published|posted date)$/,
  location:
    /^(locations?|duty (stations?|location|place)|place of (work|assignment|employment|duty)|workplace|work ?place|work location|job location|city|based in|lieu|where is (it|the (job|post|role|position)) (based|located)|where will i (work|be based)|lieu (de travail|d'affectation)|standplaats|werklocatie|dienstort|arbeitsort|einsatzort|standort|sede( di lavoro)?|lugar de trabajo|local de trabalho)$/,
  salary:
    /^((basic|monthly|annual|yearly|net|gross|starting) )*(salary|remuneration|pay|compensation)( range| package| scale)?$/,
  jobType: /^(job type|employment type|type of employment|working time|work schedule|schedule|hours)$/,
  category: /^(category|job category|job family|occupational group|field|functional area|sector)$/,
  reference:
    /^(reference|référence|numéro de référence|ref\.?|(job|vacancy|our) ref\.?|ref\.? no\.?|reference (number|no\.?|code)|vacancy( notice)? (number|no\.?|reference|id)|job (id|identification|number|reference|code|no\.?)|job opening (number|id)|(job )?requisition( id| number)?|vn|post number)$/,
  grade:
    /^(grade|grade level|grade band|grade range|pay band|band|pay grade|salary grade|level|nato grade|grading|grade\/level|schaal|salarisschaal|besoldungsgruppe|entgeltgruppe|grado)$/,
  organisation:
    /^(organisation|organization|department\/office|employer|agency|entity|company|hiring (organisation|organization|entity)|fm|originator|issued by)$/,
  unit: /^(unit|division|department|directorate|branch|section|office|service)$/,
  contractType:
    /^(contract( type)?|type of contract|contract duration|duration( of contract)?|appointment type|type of appointment)$/,
  /** "15 January 2026 - 13 February 2026": published on the first date, closing on the last. */
  postingPeriod: /^(posting|application|publication|advertisement|vacancy) (period|window)$/,
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

// ("1. Post title: Finance Officer": a list number before the label is no part of it)
// ("Location(s): Mons / Brunssum": a label's "(s)" says it may hold several)
const LABEL_LINE = /^(?:\d{1,2}[.)]\s+|[a-z][.)]\s+)?(\p{L}[\p{L}./' ]{0,50}?(?:\(s\))?)\s*:\s*(.*)$/u;

/** Which field a label names, or null for an unknown label. A bilingual label ("Post Title / Titre du poste") names it in either language. */
export function fieldKindOf(label: string): FieldKind | null {
  for (const part of label.split(/\s+\/\s+/)) {
    // ("When do applications close?": a question as a label, on a page that answers questions)
    const normal = part
      .trim()
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/\(s\)$/, "s")
      .replace(/\s*\?$/, "");
    for (const [kind, re] of Object.entries(FIELD_LABELS)) {
      if (re.test(normal)) return kind as FieldKind;
    }
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

// Field kinds a site may print as a bare label line above its value ("Job Requisition ID" then
// "R0012345"), each with the shape its value must have. Kinds that double as section headings
// ("Contract", "Division") are left out: their next line is a paragraph, not a value.
const BARE_LABEL_VALUES: Partial<Record<FieldKind, RegExp>> = {
  title: /^.{3,100}$/,
  deadline: /\d/,
  published: /\d/,
  location: /^[^\d:]{2,60}$/,
  // "R0012345", "26-Logistics-UNGSC-231045-R-Brindisi (G)"
  reference: /^(?=\S*\d)\S{3,60}(?:\s\(\w{1,4}\))?$/,
  organisation: /^[A-Z][^:]{2,100}$/,
  grade: /^[A-Z]{1,4}[-\s]?\d{1,2}(?:\s*[/-]\s*[A-Z]{0,3}\d{1,2})?$/,
  posts: /^\d{1,3}$/,
  // an amount first ("EUR 7,384.95 per month, tax free"), not a sentence about pay
  salary:
    /^(?:(?:EUR|USD|GBP|CHF|[€$£])\s?\d|\d[\d,.' ]*\s?(?:EUR|USD|GBP|CHF|€))[^.]{0,50}(?:\.\d+[^.]{0,40})?$/,
};

/** "Job Requisition ID" / "R0012345" on two lines: the field, or null. */
function readBareLabel(line: NoticeLine, next: NoticeLine | undefined): NoticeField | null {
  if (!next || line.bullet || next.bullet || /^title$/i.test(line.text)) return null;
  const kind = fieldKindOf(line.text);
  const shape = kind ? BARE_LABEL_VALUES[kind] : undefined;
  // "Job Title": a bare title label must be more than one generic word ("Position", "Post")
  if (!kind || !shape || (kind === "title" && !/\s/.test(line.text))) return null;
  if (!shape.test(next.text) || readLabel(next.text) || fieldKindOf(next.text)) return null;
  // ("Where is it based?" / "La Spezia, Italy.": an answer's full stop is no part of the place)
  const value = kind === "location" ? next.text.replace(/\.$/, "") : next.text;
  return { kind, label: line.text, value, lineIndex: line.index, valueLineIndex: next.index };
}

// Field kinds a notice may print with no colon before the value ("GRADE B3", "REFERENCE NDC 26
// LIB 04"), each with the shape its value must have: a label word opening a line is otherwise prose.
const UNCOLONED_VALUES: Partial<Record<FieldKind, (value: string) => boolean>> = {
  grade: (v) => BARE_LABEL_VALUES.grade?.test(v) ?? false,
  // ("Ref. 26/040 – Budget Analyst": after a spaced dash comes the title, not more of the number)
  reference: (v) => /\d/.test(v) && v.length <= 40 && v.split(/\s+/).length <= 5 && !/\s[–—-]\s/.test(v),
  posts: (v) => /^\d{1,3}$/.test(v),
};

// In a line of "|"-separated facts a label needs no colon; the value still needs its kind's shape.
const SEGMENT_VALUES: Partial<Record<FieldKind, (value: string) => boolean>> = {
  ...UNCOLONED_VALUES,
  deadline: (v) => /\d/.test(v),
  published: (v) => /\d/.test(v),
  location: (v) => /^\p{Lu}[^\d|]{1,60}$/u.test(v),
};

/** "Location Mons, Belgium" as one segment of a line of facts: the label and value, or null. */
function readSegmentLabel(segment: string): { kind: FieldKind; label: string; value: string } | null {
  const words = segment.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(" ");
    const kind = fieldKindOf(label);
    const value = words
      .slice(n)
      .join(" ")
      .replace(/^[–—-]\s+/, "");
    if (kind && SEGMENT_VALUES[kind]?.(value)) return { kind, label, value };
  }
  return null;
}

// "VACANCY NOTICE SATCEN/27/03", "Vacancy notice NDC 27/05": a notice's number after its name (a
// code in capitals and digits; "Vacancy notice: Analyst" names the post instead)
const NOTICE_NUMBER = /^(?:vacancy(?: notice| announcement)?|avis de vacance|VN)\s+(?:no\.?\s*|n°\s*)?(.+)$/i;
const NOTICE_CODE = /^(?=[^a-z]*\d)[A-Z0-9][A-Z0-9/.-]*(?: [A-Z0-9][A-Z0-9/.-]*){0,3}$/;

// Field kinds a notice may write "Label – value" (a dash for the colon), each with the shape its
// value must have: a dash also joins a title to its tagline ("Deadline – what you need to know").
const DASHED_VALUES: Partial<Record<FieldKind, (value: string) => boolean>> = {
  ...UNCOLONED_VALUES,
  title: (v) => v.length >= 3 && v.length <= 100,
  deadline: (v) => findDate(v) !== null,
  published: (v) => findDate(v) !== null,
  // ("Location – NATO HQ, Boulevard Léopold III, 1110 Brussels, Belgium": an address ending in a place)
  location: (v) =>
    isPlace(v) ||
    isPlace(
      v
        .split(/\s*,\s*/)
        .slice(-2)
        .map((p) => p.replace(/^(?:[A-Z]{1,2}-)?\d{4,5}\s+/, ""))
        .join(", "),
    ),
  grade: (v) => v.length <= 40 && /\b[A-Z]{1,4}[-\s]?\d{1,2}\b/.test(v),
  salary: (v) => BARE_LABEL_VALUES.salary?.test(v) ?? false,
};

/** "Closing date – 19 April 2026", "Location – Capellen, Luxembourg": the field, or null. */
function readDashedLabel(line: NoticeLine): NoticeField | null {
  if (line.bullet) return null;
  const m = /^(\p{L}[\p{L}()./' ]{1,40}?)\s+[–—-]\s+(\S.*)$/u.exec(line.text);
  const kind = m ? fieldKindOf(m[1] as string) : null;
  // (a one-word title label is no label: "Position – Finance Assistant" may be a heading)
  if (!m || !kind || (kind === "title" && !/\s/.test((m[1] as string).trim()))) return null;
  const value = (m[2] as string).replace(/[;.]$/, "").trim();
  if (!DASHED_VALUES[kind]?.(value)) return null;
  return { kind, label: (m[1] as string).trim(), value, lineIndex: line.index, valueLineIndex: line.index };
}

/** A place or a grade code standing alone among labelled facts, as the field it is. */
function unlabelledFact(segment: string): { kind: FieldKind; label: string; value: string } | null {
  if (BARE_LABEL_VALUES.grade?.test(segment)) return { kind: "grade", label: "", value: segment };
  if (isPlace(segment)) return { kind: "location", label: "", value: segment };
  return null;
}

/** "GRADE B3" on a short line: the field, or null. */
function readUncolonedLabel(line: NoticeLine): NoticeField | null {
  const words = line.text.split(/\s+/);
  if (line.bullet || words.length > 7) return null;
  const numbered = NOTICE_NUMBER.exec(line.text);
  const code = numbered?.[1] as string;
  // (never a bare year: "Vacancy 2027")
  if (numbered && NOTICE_CODE.test(code) && /\d{2}/.test(code) && !/^(19|20)\d\d$/.test(code))
    return {
      kind: "reference",
      label: line.text.slice(0, line.text.length - (numbered[1] as string).length).trim(),
      value: numbered[1] as string,
      lineIndex: line.index,
      valueLineIndex: line.index,
    };
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const kind = fieldKindOf(words.slice(0, n).join(" "));
    // ("Grade – A-3": a dash for the colon)
    const value = words
      .slice(n)
      .join(" ")
      .replace(/^[–—-]\s+/, "");
    const fits = kind ? UNCOLONED_VALUES[kind] : undefined;
    if (kind && fits?.(value))
      return {
        kind,
        label: words.slice(0, n).join(" "),
        value,
        lineIndex: line.index,
        valueLineIndex: line.index,
      };
  }
  return null;
}

/**
 * "Post title / Intitulé du poste: Staff Assistant / Assistant d'état-major": a bilingual label
 * with its value in as many languages; the value in the label's first language.
 */
function inFirstLanguage(label: string, value: string): string {
  const languages = label.split(/\s+\/\s+/).length;
  const values = value.split(/\s+\/\s+/);
  return languages >= 2 && values.length === languages ? (values[0] as string) : value;
}

const IN_PROSE_KINDS = new Set<FieldKind>(["location", "grade", "reference"]);

/**
 * "A post as policy officer in a dynamic team. Place of employment: Brussels.": a labelled fact
 * opening a later sentence of a paragraph.
 */
function labelsAfterSentences(line: NoticeLine): NoticeField[] {
  if (line.bullet) return [];
  return line.text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .slice(1)
    .flatMap((sentence) => {
      const label = readLabel(sentence);
      const value = label?.value.replace(/[;.]$/, "").trim();
      // (facts a sentence cannot mean otherwise: "Contract duration: 3 years" is the contract's text)
      return label && value && value.length <= 120 && IN_PROSE_KINDS.has(label.kind)
        ? [{ kind: label.kind, label: label.label, value, lineIndex: line.index, valueLineIndex: line.index }]
        : [];
    });
}

/** All labelled fields of a notice, in order; a label without value borrows the next short line. */
export function readFields(lines: NoticeLine[]): NoticeField[] {
  const fields: NoticeField[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // "NATO Civilian Post | Grade: A-3 | Vacancy ID: 260143": several fields on one line
    // ("Posted 10 Jan 2027 · Closes 10 Feb 2027": a job board's middle dots)
    const segments = line.text.split(/\s+[|·]\s+/);
    if (segments.length > 1) {
      const labelled = segments.map((segment) => readLabel(segment) ?? readSegmentLabel(segment));
      for (const [at, segment] of segments.entries()) {
        // "Vacancy ID 260999 | Grade A2 | Location Mons, Belgium | Closes 14/05/2026"
        // ("Job ID: 270301 | Brussels, Belgium | A-2": among labelled facts, a place or a grade
        // code needs no label)
        const label =
          labelled[at] ??
          (labelled.some(Boolean) ? unlabelledFact(segment.replace(/[;.]$/, "").trim()) : null);
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
    if (!label) {
      const dashed = readDashedLabel(line);
      if (dashed) {
        fields.push(dashed);
        continue;
      }
      const bare = readBareLabel(line, lines[i + 1]);
      if (bare) {
        fields.push(bare);
        i++;
        continue;
      }
      const uncoloned = readUncolonedLabel(line);
      if (uncoloned) fields.push(uncoloned);
      else fields.push(...labelsAfterSentences(line));
      continue;
    }
    let value: string | null = inFirstLanguage(label.label, label.value.replace(/[;.]$/, "").trim()) || null;
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
