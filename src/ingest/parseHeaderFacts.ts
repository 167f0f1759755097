// Facts a notice states once near its top or in a field: organisation, location, unit, salary,
// job type, category, grade, reference. Each reader returns null rather than guess.

import { findLongForm } from "./acronyms.ts";
import { fieldKindOf, firstField, type NoticeField } from "./fields.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { isNameShaped, ORG_NOUN, STRONG_ORG_NOUN } from "./organisationNames.ts";
import { displayPlace, findPlaceInProse, isPlace } from "./places.ts";
import { readRecruitingSentence } from "./recruitingSentence.ts";

/** Organisation acronyms longer than three letters that an all-capitals name keeps as they are. */
export const WELL_KNOWN_ACRONYMS = [
  "NATO",
  "SHAPE",
  "NCIA",
  "NSPA",
  "UNEP",
  "UNDP",
  "UNHCR",
  "UNICEF",
  "UNESCO",
  "OSCE",
  "OECD",
  "EUROPOL",
  "FRONTEX",
  "ENISA",
  "ESCB",
  "NAEW",
  "JFCBS",
  "JFCNP",
  "AIRCOM",
  "MARCOM",
  "LANDCOM",
  "CMRE",
  "OCCAR",
  "CEPOL",
  "EUSPA",
  "EUROJUST",
  "EUMETSAT",
  "ECMWF",
  "SATCEN",
  "EEAS",
  "EASA",
  "EMSA",
  "EUAA",
  "EFSA",
  "ECDC",
  "ESMA",
  "EIOPA",
  "IAEA",
  "OPCW",
  "UNOPS",
  "UNFPA",
  "UNRWA",
  "UNIDO",
  "UNOG",
  "UNON",
  "OHCHR",
  "OCHA",
  "WIPO",
  "UNESCO",
];

/** Employers' acronyms too short to keep in capitals by length alone but known as employers. */
export const EMPLOYER_ACRONYMS = new Set([
  ...WELL_KNOWN_ACRONYMS,
  "NCIA",
  "EDA",
  "ESA",
  "ECB",
  "EIB",
  "EBA",
  "JRC",
  "JWC",
  "NDC",
  "STO",
  "IOM",
  "ILO",
  "ITU",
  "WFP",
  "WMO",
  "IMF",
]);

/** "we have an opening in the J6 Division at JFC Naples": the employer after "at", or null. */
function openingAt(sentence: string): string | null {
  const m =
    /\b(?:an? |the )?(?:opening|vacancy|position|post)\b[^.:!?]{0,60}?\bat ((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,5})/.exec(
      sentence,
    );
  const name = m?.[1];
  // an acronym first ("JFC Naples", "NATO HQ") or an organisation's noun: not "at Lago Patria"
  return name && (/^[A-Z]{2,}\b/.test(name) || ORG_NOUN.test(name)) && !isPlace(name) ? name : null;
}

/** "CMRE – Centre for Maritime ...": the name the acronym on the other side of a dash spells, or null. */
function acronymAndName(text: string): string | null {
  const parts = text.split(/\s+[-–—]\s+/);
  if (parts.length !== 2) return null;
  for (const [short, long] of [parts, [...parts].reverse()] as [string, string][]) {
    const acronym = /^[A-Z][A-Z&]{1,9}\b/.exec(short)?.[0];
    if (!acronym || !isNameShaped(long) || long.split(/\s+/).length < 3) continue;
    if (findLongForm(acronym, long)?.split(/\s+/)[0] === long.split(/\s+/)[0]) return long;
  }
  return null;
}

/** True when a line names an employer ("NATO DEFENSE COLLEGE", "Headquarters Supreme Allied ..."). */
export function namesAnOrganisation(text: string): boolean {
  return STRONG_ORG_NOUN.test(titleCaseIfShouting(text));
}

/** Organisation: a field, a bulleted header line ("• BICES Group Executive"), the title prefix, or the first sentence. */
export function parseOrganisation(options: {
  fields: NoticeField[];
  header: NoticeLine[];
  titlePrefix: string | null;
  firstParagraph: string | null;
  /** The notice's first lines and paragraphs, read for a recruiting sentence. */
  lead?: string[];
  /** All the notice's lines, read last for a signature naming the employer. */
  lines?: NoticeLine[];
}): string | null {
  const labelled = firstField(options.fields, "organisation");
  const field = labelled?.value;
  // ("Issued by: OSCE Secretariat" under "Organization for Security and Co-operation in Europe": the
  // issuing office, the employer only when no line names one)
  const issuedBy = /^issued by$/i.test(labelled?.label ?? "");
  if (field && !issuedBy) return field;
  const bulleted = options.header.find(
    (l) =>
      l.bullet &&
      !l.text.includes(":") &&
      !isPlace(l.text) &&
      l.text.length <= 100 &&
      ORG_NOUN.test(l.text) &&
      // "• BICES Group Executive", not "• Security clearance at NATO SECRET level"
      isNameShaped(l.text.replace(/[;,.]$/, "").replace(/,/g, "")),
  );
  if (bulleted) return bulleted.text.replace(/[;,.]$/, "");
  // an organisation name on its own header line ("NATO Communications and Information Agency")
  const named = options.header.find(
    (l) =>
      !l.bullet &&
      !l.text.includes(":") &&
      l.text.length <= 100 &&
      namesAnOrganisation(l.text) &&
      !/[.!?]$/.test(l.text) &&
      // ("INTERNAL VACANCY – OPEN TO NCI AGENCY STAFF ONLY": a banner saying who may apply)
      !/\b(only|open to|restricted to|reserved for)\b/i.test(l.text),
  );
  // "NATO Defense College - Vacancy": the page's label after the name is no part of it
  if (named) {
    // "European Defence Agency · Brussels, Belgium": the part that names the employer
    const part = named.text.split(/\s+[·•|]\s+/).find((p) => namesAnOrganisation(p)) ?? named.text;
    let name = part
      .replace(/\s+[-–—|]\s+(vacanc(y|ies)( notice)?|careers?|jobs?|recruitment)$/i, "")
      // ("Vacancy announcement – Allied Joint Force Command Naples": the label before it neither)
      .replace(/^(vacanc(y|ies)( notice| announcement)?|careers?|jobs?|recruitment)\s+[-–—|:]\s+/i, "");
    // "NATO Headquarters, Brussels, Belgium": the place is the location, not part of the name
    const parts = name.split(/\s*,\s*/);
    if (parts.length >= 2 && isPlace(parts.slice(1).join(", "))) name = parts[0] as string;
    // "NATO DEFENSE COLLEGE — ROME": the place after a dash neither
    const dashed = name.split(/\s+[-–—]\s+/);
    if (dashed.length === 2 && isPlace(titleCaseIfShouting(withoutLocationLabel(dashed[1] as string))))
      name = dashed[0] as string;
    return titleCaseIfShouting(name, new Set(WELL_KNOWN_ACRONYMS));
  }
  if (field) return field;
  if (options.titlePrefix) return options.titlePrefix;
  // a weaker organisation noun ("Joint Warfare Centre", "United Nations Development Programme")
  // counts on a header line of its own that is shaped like a name
  // ("Joint Warfare Centre, Stavanger, Norway": the name before the place)
  const withoutPlace = (text: string) => {
    // ("NATO International Staff – Brussels, Belgium"; "NATO International Staff – Defence
    // Investment Division": the place or the unit after the dash is no part of the name)
    const dashed = text.split(/\s+[-–—]\s+/);
    if (dashed.length === 2 && (isPlace(dashed[1] as string) || UNIT_NOUN.test(dashed[1] as string)))
      return dashed[0] as string;
    const parts = text.split(/\s*,\s*/);
    return parts.length >= 2 && isPlace(parts.slice(1).join(", ")) ? (parts[0] as string) : text;
  };
  const weak = options.header.find(
    (l) =>
      !l.bullet &&
      l.text.length <= 100 &&
      ORG_NOUN.test(titleCaseIfShouting(l.text)) &&
      isNameShaped(withoutPlace(l.text)) &&
      !UNIT_NOUN.test(withoutPlace(l.text)) &&
      !/\b(vacanc(y|ies)|notice|announcement|jobs?|careers?|recruitment|opportunit(y|ies)|programme officer|platform|portal|website|talent acquisition)\b/i.test(
        l.text,
      ) &&
      !isPlace(withoutPlace(l.text)),
  );
  const weakName = (l: NoticeLine) => titleCaseIfShouting(withoutPlace(l.text), new Set(WELL_KNOWN_ACRONYMS));
  // (a name opening the notice beats a recruiting sentence below it, whose subject may be a unit)
  if (weak && weak === options.header[0]) return weakName(weak);
  const first = options.firstParagraph;
  const fromFirst = first ? acronymDefinedEmployer(first) : null;
  if (fromFirst) return fromFirst;
  // "The European Defence Agency is recruiting a Logistics Officer ...", in the first lines
  for (const text of options.lead ?? []) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const employer = readRecruitingSentence(sentence)?.employer ?? openingAt(sentence);
      if (employer) return employer;
    }
  }
  // "CMRE – Centre for Maritime Research and Experimentation", "EUAM Ukraine – European Union
  // Advisory Mission Ukraine": an acronym and the name it stands for
  for (const l of options.header) {
    const spelled = acronymAndName(l.text);
    if (!l.bullet && spelled) return spelled;
  }
  if (weak) return weakName(weak);
  // an employer named in a line of "|"-separated facts or a signature ("John Smith | HR Officer |
  // NATO Defense College"), anywhere in the notice
  for (const l of options.lines ?? []) {
    const parts = l.text.split(/\s+\|\s+/);
    const named = parts.length > 1 ? parts.find((p) => namesAnOrganisation(p) && isNameShaped(p)) : undefined;
    if (named) return named;
  }
  // a known employer's acronym opening a header line of its own ("UNICEF", "SHAPE, Mons, Belgium")
  for (const l of options.header) {
    // ("Careers at NCIA": a careers page's heading)
    const first =
      l.text
        .replace(/^(careers?|jobs?|vacancies|work(ing)?) (at|with) /i, "")
        .split(/\s*,\s*|\s+[-–—|]\s+/)[0] ?? "";
    if (!l.bullet && EMPLOYER_ACRONYMS.has(first)) return first;
  }
  return null;
}

/**
 * "The BICES Group Executive (BGX), a NATO entity, is ...", "The Ocean Data Scientist at the NATO
 * Centre for Maritime Research and Experimentation (CMRE) builds ...": an employer defined with its acronym.
 */
function acronymDefinedEmployer(first: string): string | null {
  const m =
    /(?:^The|\b(?:at|joins|join) the)\s+((?:[A-Z][\w&'-]*|of|for|and|the|on)(?:\s+(?:[A-Z][\w&'-]*|of|for|and|the|on)){0,8})\s*\([A-Z]{2,}\)/.exec(
      first,
    );
  const name = m?.[1]?.replace(/\s+(of|for|and|the|on)$/, "");
  if (
    name &&
    /\b(Executive|Agency|Organi[sz]ation|Headquarters|Command|Secretariat|Commission|Council|Bank|Fund|Institute|Authority|Court|Foundation|Alliance|Group|Academy|Centre|Center|College)\b/.test(
      name,
    )
  ) {
    return name;
  }
  return null;
}

/** Location: a field, a header line that is a place, the title suffix, or "based in ..." prose. */
export function parseLocation(options: {
  fields: NoticeField[];
  header: NoticeLine[];
  titleLocation: string | null;
  paragraphs: string[];
}): string | null {
  const field = firstField(options.fields, "location")?.value;
  if (field && !/^(salary|job type|posted|category|deadline)\b/i.test(field)) {
    // "NATO HQ, Boulevard Léopold III, 1110 Brussels, Belgium": the place at the end of an address
    const tail = isPlace(field) ? null : placeAtEndOfAddress(field);
    if (tail) return tail;
    // "BA - OSCE Mission to Bosnia and Herzegovina, Sarajevo": a country code and the office, then the place
    const coded = /^[A-Z]{2} - [^,]+,\s*([^,]+)$/.exec(field)?.[1];
    if (coded && isPlace(coded)) return coded;
    // "NEW YORK" -> "New York": a known place in capitals takes every word's capital
    const everyWord = field.replace(/[A-Z][A-Z'-]+/g, (w) => w.charAt(0) + w.slice(1).toLowerCase());
    return !/[a-z]/.test(field) && isPlace(everyWord) ? everyWord : titleCaseIfShouting(field);
  }
  const line = options.header.find((l) => isPlace(l.text.replace(/[;.]$/, "")));
  if (line) return displayPlace(placeOfAddress(line.text.replace(/[;.]$/, "")));
  const inHeader = placeInHeaderLine(options.header);
  // ("SENIOR BUDGET OFFICER – NATO GRADE G17 – BRUSSELS": a place in capitals reads "Brussels";
  // "..., NSPA Taranto" over "NATO Support and Procurement Agency, Taranto, Italy": the fuller one)
  if (options.titleLocation) {
    const title = displayPlace(options.titleLocation);
    return inHeader?.startsWith(`${title},`) ? inHeader : title;
  }
  if (inHeader) return inHeader;
  for (const p of options.paragraphs) {
    const place = findPlaceInProse(p);
    if (place) return place;
  }
  return null;
}

/** "Standort Capellen, Luxemburg" -> "Capellen, Luxemburg": a location label without its colon. */
function withoutLocationLabel(text: string): string {
  return text.replace(/^(\p{L}+)\s+(?=\p{Lu})/u, (word, label: string) =>
    fieldKindOf(label) === "location" ? "" : word,
  );
}

/**
 * "Secretariat, Vienna", "Joint Warfare Centre, Stavanger, Norway": the place after a comma;
 * "SHAPE, Mons, Belgium - NATO Grade A4": in the part of a line between dashes. Null when no
 * header line ends in a place.
 */
function placeInHeaderLine(header: NoticeLine[]): string | null {
  for (const l of header) {
    if (l.bullet || l.text.includes(":") || l.text.split(/\s+/).length > 12) continue;
    for (const part of l.text.replace(/[;.]$/, "").split(/\s+[-–—|·•]\s+/)) {
      const segment = withoutLocationLabel(part);
      if (segment !== l.text && isPlace(segment)) return displayPlace(placeOfAddress(segment));
      const parts = segment.split(/\s*,\s*/);
      for (const n of [2, 1]) {
        const tail = parts.slice(-n).join(", ");
        if (parts.length > n && isPlace(tail)) return displayPlace(tail);
      }
    }
  }
  return null;
}

/** "Boulevard Léopold III, 1110 Brussels, Belgium" -> "Brussels, Belgium"; null when no place ends it. */
function placeAtEndOfAddress(text: string): string | null {
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 3) return null;
  for (const n of [2, 1]) {
    // a postcode before the city ("1110 Brussels", "B-1110 Brussels", "00184 Roma") is no part of it
    const tail = parts
      .slice(-n)
      .map((p) => p.replace(/^(?:[A-Z]{1,2}-)?\d{4,5}\s+/, ""))
      .join(", ");
    if (isPlace(tail)) return tail;
  }
  return null;
}

const BUILDING =
  /\b(building|barracks|base|camp|campus|compound|station|house|tower|complex|premises|facility|site)\b/i;

/** "Via Giorgio Pelosi, 1 - Rome, Italy" -> "Rome, Italy": the place after a street address. */
function placeOfAddress(text: string): string {
  const after = /^.*\d\w*\s*[-–—,]\s*(?=[A-Z])(.*)$/.exec(text)?.[1]?.replace(/^\d{4,5}\s+/, "");
  if (after && isPlace(after)) return after;
  // "NATO Headquarters, Brussels, Belgium": the place after the building (but "Atlanta, Georgia,
  // USA" is a city in a state)
  const parts = text.split(/\s*,\s*/);
  const first = parts[0] as string;
  const rest = parts.slice(1).join(", ");
  // (an employer's acronym is no place, even "SHAPE", which is also a village's name)
  const employer = EMPLOYER_ACRONYMS.has(first);
  const building = ORG_NOUN.test(first) || BUILDING.test(first) || employer;
  if (parts.length >= 3 && building && (employer || !isPlace(first)) && isPlace(rest)) return rest;
  return text;
}

const UNIT_NOUN = /\b(Section|Branch|Division|Unit|Directorate|Department|Cell|Team)$/;

/** Unit: a field, a header line ("Research Division"), or "The incumbent works in the Operations Section of PSESB". */
export function parseUnit(
  fields: NoticeField[],
  paragraphs: string[],
  header: NoticeLine[] = [],
): string | null {
  const field = firstField(fields, "unit")?.value;
  if (field) return field;
  const line = header.find(
    (l) => !l.bullet && !l.text.includes(":") && l.text.split(/\s+/).length <= 6 && UNIT_NOUN.test(l.text),
  );
  if (line) return line.text;
  const re =
    /\b(?:works|is based|sits|is placed|is located|serves|is part of the|is assigned to)\s+(?:with)?in\s+the\s+([A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|&|of))*?\s+(?:Section|Branch|Division|Unit|Office|Directorate|Department|Service|Cell|Team|Centre|Center)(?:\s+of\s+(?:the\s+)?[A-Z]{2,}[A-Za-z&-]*\b(?!\s+[A-Z]))?)\b/;
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (m?.[1]) return m[1];
  }
  return null;
}

const MONEY = String.raw`(?:[$€£]|EUR|USD|GBP|CHF)\s?\d[\d,.']*(?:\s?[kK])?`;
// An amount before its currency: "7,203.13 EUR", "6.789,24 €", "6 789,24 €" (space-grouped thousands)
const AMOUNT = String.raw`\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,2})?|\d[\d,.']*`;
const CURRENCY_AFTER = String.raw`(?:EUR|USD|GBP|CHF|euros?|€|\$|£)`;
// "..., tax free", "(net of tax)": how the amount is taxed belongs with it
const TAX = String.raw`(?:,?\s*\(?(?:tax[- ]free|tax[- ]exempt|free of (?:national )?tax|net of tax|before tax|subject to [A-Z]{2,4} tax|gross|net)\)?)?`;
const SALARY_RE = new RegExp(
  String.raw`(?:${MONEY}(?:\s*(?:-|–|—|to)\s*(?:${MONEY}|\d[\d,.']*))?(?:\s*(?:/|per|a)\s*(?:year|annum|month|hour|yr|mo|week|day))?|(?:${AMOUNT})\s?${CURRENCY_AFTER}(?:\s*(?:-|–|to)\s*(?:${AMOUNT})\s?${CURRENCY_AFTER}?)?(?:\s*(?:/|per|a)\s*(?:year|annum|month|hour))?)${TAX}`,
  "i",
);

/** Salary as written ("$75,000 - $85,000 / YEAR"): a field, a header line, or a salary sentence. */
export function parseSalary(
  fields: NoticeField[],
  header: NoticeLine[],
  paragraphs: string[],
): string | null {
  const field = firstField(fields, "salary")?.value;
  if (field && /\d/.test(field)) return field;
  const line = header.find(
    (l) => SALARY_RE.test(l.text) && SALARY_RE.exec(l.text)?.[0].length === l.text.length,
  );
  if (line) return line.text;
  for (const p of paragraphs) {
    if (!/\b(salary|remuneration|pay|compensation|stipend)\b/i.test(p)) continue;
    const m = SALARY_RE.exec(p);
    if (m) return m[0].replace(/[\s,;.]+$/, "");
  }
  return null;
}

/** Job type: a field ("FULL_TIME" -> "Full-time") or a header line ("Full-time"). */
export function parseJobType(fields: NoticeField[], header: NoticeLine[]): string | null {
  const raw = firstField(fields, "jobType")?.value ?? header.find((l) => isJobType(l.text))?.text ?? null;
  if (!raw) return null;
  const t = raw.replace(/_/g, " ").trim();
  if (/^full[\s-]?time$/i.test(t)) return "Full-time";
  if (/^part[\s-]?time$/i.test(t)) return "Part-time";
  return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
}

function isJobType(text: string): boolean {
  return /^(full|part)[\s_-]?time$|^(temporary|permanent|internship|contract|freelance)$/i.test(text.trim());
}

/** Grade: a field or "Grade: G15" / "NATO Grade A2/A3" in the text. */
export function parseGrade(fields: NoticeField[], text: string): string | null {
  const field = firstField(fields, "grade")?.value;
  if (field && field.length <= 40) return field;
  // "Grade: G15", "NATO Grade A2/A3", "is graded A2", "graded at B4"
  const m =
    /\b(?:NATO\s+)?(?:[Gg]raded?|GRADED?|Entgeltgruppe|Besoldungsgruppe)\s*(?:at\s+)?:?\s*((?:[A-Z]{1,2}[-\s]?\d{1,2})(?:\s*[/-]\s*[A-Z]{0,2}\d{1,2})?)\b/.exec(
      text,
    );
  // "Temporary Agent, AD9", "Contract Agent FG IV": the EU staff category names the grade
  const agent =
    /\b(?:temporary|contract) agent\b[\s,(]*((?:AD|AST|AST\/SC)\s?\d{1,2}|FG\s?[IVX]{1,4})\b/i.exec(text);
  return m?.[1] ?? agent?.[1] ?? null;
}

/** Reference / vacancy number from a field. */
export function parseReference(fields: NoticeField[]): string | null {
  return firstField(fields, "reference")?.value ?? null;
}

/** Category from a field. */
export function parseCategory(fields: NoticeField[]): string | null {
  return firstField(fields, "category")?.value ?? null;
}

/** "NAIROBI" -> "Nairobi", "THE HAGUE, NETHERLANDS" -> "The Hague, Netherlands"; mixed case is kept. */
export function titleCaseIfShouting(text: string, keepUpper: ReadonlySet<string> = new Set()): string {
  if (/[a-z]/.test(text) || !/[A-Z]{2}/.test(text)) return text;
  const minor = /^(AND|OF|FOR|THE|TO|IN|ON|AT|A|AN|DE|DU|LA|LE)$/;
  return text.replace(/[A-Z][A-Z'&-]*/g, (word, offset: number) => {
    // (a short word in capitals is an acronym, "CIS", "JFC", unless it is a common word, "AIR")
    const commonWord = /^(AIR|SEA|WAR|LAW|NEW|OLD|ALL|KEY|AID|JOB|WEB|BIG|TOP|LOW|RED|SKY)$/.test(word);
    if (keepUpper.has(word) || (word.length <= 3 && !minor.test(word) && !commonWord)) return word;
    if (offset > 0 && minor.test(word)) return word.toLowerCase();
    return word.charAt(0) + word.slice(1).toLowerCase();
  });
}
