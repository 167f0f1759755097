// Section structure of a notice: headings in any style (numbered "2. QUALIFICATIONS", upper
// case "ESSENTIAL", "Essential (Both Profiles)", "Desirable:", short title-case lines) and lead-in
// sentences that open a section when the heading was lost ("The incumbent must:",
// "The following will be considered an advantage:").
import { readLabel } from "./fields.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { findDate } from "./parseDate.ts";

export type SectionKind =
  | "header"
  | "summary"
  | "qualifications"
  | "essential"
  | "desirable"
  | "eligibility"
  | "education"
  | "experience"
  | "languages"
  | "accountabilities"
  | "interrelationships"
  | "competencies"
  | "contract"
  | "application"
  | "additional"
  | "profile"
  | "other";

export interface Section {
  kind: SectionKind;
  /** The heading as written (null for the header and for sections opened by a lead-in). */
  heading: string | null;
  /** Lines after the heading (a lead-in sentence is the first of them). */
  lines: NoticeLine[];
}

// Heading text -> kind. Order matters: the first match wins.
const HEADING_KINDS: [SectionKind, RegExp][] = [
  ["profile", /^profile\s+[a-z0-9]\b/i],
  // Who may apply at all: nationality, age, status ("Eligibility criteria", "Who can apply")
  [
    "eligibility",
    /^(eligibility|general eligibility|basic eligibility|who (can|may|should) apply|who is eligible|are you eligible|conditions (of|for) eligibility|conditions d'(admission|éligibilité|admissibilité)|critères d'(éligibilité|admissibilité)|qui peut (postuler|candidater)|zugangsvoraussetzungen|teilnahmevoraussetzungen|requisiti di ammissione|requisitos de admisión)\b/i,
  ],
  [
    "desirable",
    /^pré$|^nice$|^bonus( points)?$|^should[- ]haves?$|\b(that|which) (would|will) be (an? )?(advantage|asset|plus)$|^se valora|^(valorable|deseable)\b|^what would (help|be (nice|a plus))\b|^(desirables?|desired|preferred|additional desirable|pluspunten|assets?|advantageous|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|an asset|wünschenswert|von vorteil|atouts?)\b|^(qualifications?|compétences|exigences|critères|connaissances|anforderungen|kenntnisse|requisiti|requisitos) (souhaitables?|souhaitées?|appréciées?|wünschenswert|preferenziali|desiderabili|graditi|deseables|valorables)\b|^(qualifications?|skills|requirements|(selection )?criteria|experience)( and \w+)?( [-–—] | \(|, | )(desired|desirable|preferred|advantageous|assets?)\b/i,
  ],
  // "Required experience: Director" is a job-board seniority field, not a requirement list.
  ["other", /^required (experience|documents)\b/i],
  [
    "essential",
    /^min\.\s|^((key|main|core|basic) )?requirements\b|^(essential|minimum|mandatory|required|requirements|necessary|must[- ]haves?|must$|(key )?selection criteria|functie-?eisen|wat (vragen|verwachten) wij|anforderungen|voraussetzungen|profil requis)\b|^(qualifications?|compétences|exigences|critères|connaissances|requisiti|requisitos) (essentielles?|requises?|obligatoires?|indispensables|essenziali|obbligatori|richiesti|imprescindibles|obligatorios|mínimos)\b|^(qualifications?|skills|requirements|criteria|experience)( and \w+)?( [-–—] | \(|, | )(required|essential|necessary|mandatory)\b/i,
  ],
  ["competencies", /\bcompetenc(y|ies|e)\b|^(core )?values$|^behaviou?rs$/i],
  [
    "interrelationships",
    /^(interrelationships?|reporting( lines?| relationships?)?|relationships|working relationships)\b/i,
  ],
  [
    "contract",
    /^(contract|conditions of (employment|service)|terms of (appointment|employment)|what we offer|salary and benefits|remuneration|wir bieten|unser angebot|was wir (ihnen )?bieten|nous offrons|ce que nous offrons|notre offre|wij bieden|wat bieden wij|offriamo|ofrecemos)\b/i,
  ],
  [
    "application",
    /\b(how to apply|application process|applications?|recruitment process|selection process|useful information|submission)\b/i,
  ],
  [
    "additional",
    /^(additional|other|further|general|important) (information|notes?|remarks)\b|^(note|notes|disclaimer|equal opportunit(y|ies)|diversity( and inclusion)?|assessment|special notice|united nations considerations|no fee)$|^(seniority level|employment type|job function|industries)$/i,
  ],
  [
    "qualifications",
    /^(qualifications?|skills|profile|requirements and qualifications|your profile|candidate profile|who you are|what you (need|bring)|what do (i|you) need( to (have|bring))?|ihr profil|votre profil|uw profiel|il tuo profilo|tu perfil)\b|^qualifications? and experience\b|^(what|who) we('re| are) looking for\b|^we (look|are looking) for\b|^what we look for\b|^what (you.ll|you will) need\b/i,
  ],
  ["education", /^(education|academic|educational)\b/i],
  ["languages", /^(languages?|language (skills|requirements))\b/i],
  ["experience", /^((work|professional|relevant) )?experience\b/i],
  [
    "accountabilities",
    /accountabilit|responsibilit|\bduties\b|main tasks|key tasks|^tasks\b|^functions\b|what you.ll do|^the role\b|^wat ga je doen|^ihre aufgaben|^vos missions/i,
  ],
  [
    "summary",
    /^résumé$|^descrizione$|^descripción$|^what (is|does) the (job|role|post|position)\b|^(summary|post summary|job summary|position summary|overview|job description|description|purpose|context|background|organi[sz]ational setting|about (the|this) (role|post|position|job|vacancy)|introduction|mission)\b/i,
  ],
];

/** Kind of a heading, or "other" when it is a heading of no known kind. */
export function classifyHeading(heading: string): SectionKind {
  const text = stripHeadingDecoration(heading);
  for (const [kind, re] of HEADING_KINDS) if (re.test(text)) return kind;
  return "other";
}

/** "2. QUALIFICATIONS AND EXPERIENCE:" -> "QUALIFICATIONS AND EXPERIENCE". */
export function stripHeadingDecoration(text: string): string {
  return text
    .replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[IVX]{1,4}[.)]|[A-H][.)])\s+(?=\S)/, "")
    .replace(/\s*[:\-–—]\s*$/, "")
    .replace(/^[#*_=]+\s*|\s*[#*_=]+$/g, "")
    .trim();
}

const letters = (s: string) => s.replace(/[^A-Za-z]/g, "");

/** True for an upper-case line such as "ESSENTIAL" or "QUALIFICATIONS AND EXPERIENCE:". */
function isUpperCaseHeading(text: string): boolean {
  const l = letters(text);
  if (l.length < 4 || text.length > 90) return false;
  const upper = l.replace(/[^A-Z]/g, "").length;
  return upper / l.length >= 0.85 && !/[.;!?]$/.test(text) && text.split(/\s+/).length <= 10;
}

/** Lead-in sentences that open a section whose heading is missing. */
const LEAD_INS: [SectionKind, RegExp][] = [
  [
    "competencies",
    /^(the )?(incumbent|candidates?|applicants?|you|post ?holder|jobholder)s? (must|should|will|shall) (be able to )?(demonstrate|display|show)\b/i,
  ],
  [
    "desirable",
    /\b(would|will|could|may) be (considered )?(as )?(an? )?(advantage|asset|plus|desirable|beneficial)\b|^(you (may|might) also have|ideally,? you (will )?(also )?have|it would be (great|nice|good) if you (also )?had)\b[^.]{0,30}:$|\bit would be (great|nice|good|ideal) if\b|^(desirable|preferred|nice to have)\b|^(the following|additional) (skills|qualifications|experience)? ?(is|are) (desirable|an asset|preferred)/i,
  ],
  [
    "essential",
    /^(the )?(incumbent|successful candidate|candidates?|applicants?|post ?holder|jobholder)s? (must|shall|should|will (need to|be required to)|is required to|are required to)( (possess|have|be|hold|meet))?( the following)?\b[^.]{0,40}:$|^(you (must|will|should) (have|possess|be)|minimum (requirements|qualifications)|essential (requirements|qualifications|criteria)|requirements)\b[^.]{0,40}:$|\byou (must|will|should) (need to )?(have|possess|bring)\b[^.]{0,30}:$|^(you('ll| will) need|what you('ll| will) need|you should have|you have)\s*:$/i,
  ],
  ["contract", /^contract to be offered\b|^the successful (candidate|applicant) will be offered\b/i],
  [
    "application",
    /^please note that we can only accept applications\b|^applications must be submitted\b|^how to apply\b/i,
  ],
];

/** The section a lead-in sentence opens, or null. */
export function leadInKind(line: NoticeLine): SectionKind | null {
  if (line.bullet || line.text.length > 600) return null;
  for (const [kind, re] of LEAD_INS) {
    if (!re.test(line.text)) continue;
    // "would be an advantage" opens a list only as an intro line, not inside a requirement.
    if (kind === "desirable" && !/:$/.test(line.text) && line.text.split(/\s+/).length > 10) continue;
    return kind;
  }
  return null;
}

/** True for a line that introduces a list: short and ending with a colon. */
export function isListIntro(line: NoticeLine): boolean {
  return !line.bullet && line.text.endsWith(":") && line.text.length <= 160 && !readLabel(line.text);
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Is `line` a heading? `next` (the following line) tells a short title-case heading
 * ("Project Management" above its paragraph) from a short line in a list.
 */
export function isHeading(line: NoticeLine, next: NoticeLine | undefined): boolean {
  const text = line.text;
  if (line.bullet && !/^(\d{1,2})[.)]\s/.test(text)) {
    // bullets are list entries, except an upper-case bullet such as "• ESSENTIAL" or a bare
    // heading word under a list marker ("(a) Essential", "(b) Advantageous")
    // ("• Experience with Ansible" is an entry: a heading takes no "with", "in", "of")
    const bareHeading =
      wordCount(text) <= 3 && !/[.;,]$/.test(text) && !/\s(with|in|of|on|at|for|to|a|an|the)\s/i.test(text);
    // ("- EXPERIENCE WITH SECURITY ACCREDITATION": an entry in capitals, not a heading)
    const entryInCapitals = /^\S+ (in|with|of|on) /i.test(text);
    return (
      ((isUpperCaseHeading(text) && !entryInCapitals) || bareHeading) && classifyHeading(text) !== "other"
    );
  }
  if (readLabel(text)) return false;
  // "What do I need?": a question heading, on a page that answers a candidate's questions
  if (
    /^(what|who|where|when|how|why|which|do|does|is|are|can)\b.{0,60}\?$/i.test(text) &&
    wordCount(text) <= 8
  )
    return classifyHeading(text.replace(/\s*\?$/, "")) !== "other";
  if (text.length > 100 || /[.;,!?]$/.test(text)) return false;
  const bare = stripHeadingDecoration(text);
  if (!bare || /^[\d\W]+$/.test(bare)) return false;
  // "10 APRIL 2026": a date on its own line, not a numbered heading
  if (findDate(text)?.raw === text) return false;
  if (classifyHeading(bare) === "profile" && wordCount(bare) <= 14) return true;
  const numbered = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|\d{1,2}\.\d{1,2}|[IVX]{1,4}[.)])\s+\S/.test(text);
  // ("3.1 Experience with ArcGIS Pro" under "3. Selection criteria": a numbered entry, not a
  // sub-heading; "2.1 Education" is one)
  const subEntry =
    /^\d{1,2}\.\d{1,2}[.)]?\s/.test(text) &&
    !isUpperCaseHeading(bare) &&
    (classifyHeading(bare) === "other" || /^\S+ (in|with|of|on) |\s(a|an)\s/i.test(bare));
  if (numbered && !subEntry && (isUpperCaseHeading(bare) || wordCount(bare) <= 8)) return true;
  if (isUpperCaseHeading(bare)) return true;
  // A known heading word on its own short line ("Essential", "Desirable (Both Profiles)", "Contract:")
  // ("Experience in an academic library" under a heading is an entry: headings take no article)
  // (a qualifying clause does not count: "Desired skills in addition to the competencies covered
  // in the Competencies section")
  if (
    wordCount(bare.replace(/\s+in addition to\b.*$/i, "")) <= 7 &&
    classifyHeading(bare) !== "other" &&
    /^[A-Z(]/.test(bare) &&
    !/\s(a|an)\s/.test(bare) &&
    !/^\S+ (in|with) /.test(bare)
  ) {
    if (!text.includes(":") || /:$/.test(text)) return true;
  }
  // A short capitalised line followed by a paragraph: a sub-heading ("Project Management").
  if (
    /^[A-Z]/.test(bare) &&
    !text.endsWith(":") &&
    wordCount(bare) <= 8 &&
    next &&
    !next.bullet &&
    wordCount(next.text) >= 12 &&
    /[.;:]$/.test(next.text)
  ) {
    return true;
  }
  return false;
}

/**
 * The header: lines before the first known section heading, lead-in or long paragraph (title,
 * organisation, location, labelled fields). `isTitleWord` keeps a heading-styled title in it.
 */
export function headerLines(
  lines: NoticeLine[],
  isTitleWord: (text: string) => boolean = () => false,
): NoticeLine[] {
  const header: NoticeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as NoticeLine;
    const known = isHeading(line, lines[i + 1]) && classifyHeading(line.text) !== "other";
    if ((known && !isTitleWord(line.text)) || leadInKind(line) || wordCount(line.text) >= 25) break;
    header.push(line);
  }
  return header;
}

// Sections that hold requirements; a run-in heading of one of these kinds opens a list.
const REQUIREMENT_KINDS: SectionKind[] = [
  "essential",
  "desirable",
  "eligibility",
  "education",
  "experience",
  "languages",
];

/**
 * A run-in requirement heading: "Essential Qualifications: a degree in ...; 6 years of ...".
 * The heading opens its section; the entries (split at semicolons) are its lines.
 */
export function runInSection(line: NoticeLine): Section | null {
  if (line.bullet) return null;
  const m = /^([A-Z][A-Za-z/ ]{2,60}?)\s*:\s+(\S.*)$/.exec(line.text);
  if (!m || readLabel(line.text)) return null;
  const heading = (m[1] as string).trim();
  const kind = wordCount(heading) <= 5 ? classifyHeading(heading) : "other";
  // Semicolons or bullets separate entries ("Skills: Python • SQL • Docker"), except a semicolon
  // before a NATO language level ("V in one; I in the other").
  // A language line is one requirement, the languages' levels ("French as mother tongue;
  // excellent command of English"): whole; a part marked desirable is split off later.
  const entries =
    kind === "languages"
      ? [m[2] as string]
      : (m[2] as string).split(/;\s+(?![IV]{1,3}\s*\()|\s+[•·]\s+/).filter(Boolean);
  // ("Skills: ..." heads a list only when it lists several things)
  if (!REQUIREMENT_KINDS.includes(kind) && !(kind === "qualifications" && entries.length >= 2)) return null;
  return {
    kind,
    heading,
    lines: entries.map((text) => ({ ...line, text, bullet: entries.length > 1 })),
  };
}

/** Splits lines into sections. Everything before the first heading or lead-in is the "header". */
export function splitSections(lines: NoticeLine[]): Section[] {
  const sections: Section[] = [{ kind: "header", heading: null, lines: [] }];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as NoticeLine;
    const current = sections[sections.length - 1] as Section;
    const runIn = runInSection(line);
    // ("Experience: translation of technical texts." under "Desirable": an entry of that list)
    if (
      runIn &&
      current.kind === "desirable" &&
      ["education", "experience", "languages"].includes(runIn.kind)
    ) {
      current.lines.push(line);
      continue;
    }
    if (runIn) {
      // The run-in holds one line; what follows continues the section it interrupted.
      sections.push(runIn, { ...current, lines: [] });
      continue;
    }
    if (isHeading(line, lines[i + 1]) && !firstEntryInCapitals(line, current)) {
      sections.push({
        kind: classifyHeading(line.text),
        heading: stripHeadingDecoration(line.text),
        lines: [],
      });
      continue;
    }
    const lead = leadInKind(line);
    if (lead && lead !== current.kind && !(current.kind === "qualifications" && lead === "essential")) {
      // A lead-in under its own heading ("Essential" then "The incumbent must:") stays in that section.
      const underMatchingHeading =
        current.lines.length === 0 && current.heading !== null && current.kind === lead;
      if (!underMatchingHeading) {
        sections.push({ kind: lead, heading: null, lines: [line] });
        continue;
      }
    }
    if (lead === "essential" && current.kind === "qualifications") {
      sections.push({ kind: "essential", heading: null, lines: [line] });
      continue;
    }
    current.lines.push(line);
  }
  return sections.filter((s) => s.kind === "header" || s.lines.length > 0 || s.heading !== null);
}

/**
 * "DESIRABLE QUALIFICATIONS" then "1. CISSP CERTIFICATION": a "1." in capitals straight under a
 * requirement heading, naming no section, is the list's first entry (of one), not a numbered heading.
 */
function firstEntryInCapitals(line: NoticeLine, current: Section): boolean {
  if (line.listNumber !== 1 || current.lines.length > 0 || current.heading === null) return false;
  if (!REQUIREMENT_KINDS.includes(current.kind)) return false;
  const entry = line.text.replace(/^\(?1[.)]\s+/, "");
  if (classifyHeading(entry) !== "other") return false;
  Object.assign(line, { text: entry, bullet: true, marker: "number" });
  return true;
}

/** All sections of the given kinds, in order. */
export function sectionsOf(sections: Section[], ...kinds: SectionKind[]): Section[] {
  return sections.filter((s) => kinds.includes(s.kind));
}
