// The post title: from a "Job title:" field, from the heading line, or, when the notice has no
// heading, from the prose that names the post ("The Deputy Director OSS serves as ...").
// Site decorations are peeled off: "NATO: NATO: " prefixes, "(3 posts)", "– Brussels".
import { firstField, type NoticeField, readLabel } from "./fields.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { splitSentences } from "./noticeLines.ts";
import { isNameShaped, ORG_NOUN } from "./organisationNames.ts";
import { findDate } from "./parseDate.ts";
import { EMPLOYER_ACRONYMS, namesAnOrganisation } from "./parseHeaderFacts.ts";
import { readCount } from "./parsePosts.ts";
import { isCountry, isPlace } from "./places.ts";
import { readRecruitingSentence } from "./recruitingSentence.ts";
import { classifyHeading, headerLines } from "./sections.ts";

/** True when the text names a job (used to tell a title line from an organisation line). */
export function namesAJob(text: string): boolean {
  return JOB_NOUN.test(text) || FOREIGN_JOB_NOUN.test(text);
}

/** Words that name a job; a title line usually contains one. */
const JOB_NOUN =
  /\b(director|deputy|officer|manager|head|chief|engineer|analyst|assistant|specialist|technician|operator|advis[eo]r|coordinator|co-ordinator|administrator|developer|architect|lead|leader|secretary|clerk|consultant|expert|scientist|auditor|accountant|translator|interpreter|editor|researcher|intern|trainee|driver|inspector|controller|planner|designer|counsell?or|representative|chair(man|person)?|president|commander|supervisor|associate|programmer|tester|librarian|archivist|nurse|doctor|physician|lawyer|legal|attorney|economist|statistician|instructor|trainer|teacher|professor|fellow|buyer|purchaser|procurement|assessor|investigator|guard|agent|steward|strategist|writer|photographer|producer|examiner|registrar|treasurer|cashier|receptionist|mechanic|electrician|plumber|fitter|handler|storekeeper|logistician|pilot)s?\b/i;

/**
 * Job nouns of notices in German, French, Dutch, Italian and Spanish ("Sachbearbeiterin /
 * Sachbearbeiter Haushalt", "Chargé de mission", "Beleidsmedewerker"). German compounds end in
 * the noun ("Haushaltssachbearbeiter", "Systemadministratorin"), so those are matched as endings.
 */
const FOREIGN_JOB_NOUN = new RegExp(
  [
    // German: the noun ends the compound, "-in" / "-innen" for the feminine
    "(?<!\\p{L})\\p{L}*(?:referent|sachbearbeiter|mitarbeiter|leiter|ingenieur|berater|entwickler|techniker|informatiker|administrator|koordinator|analyst|architekt|wissenschaftler|sekretär|kaufmann|kauffrau|fachkraft|fachangestellte[rn]?|beamt(?:er|in)|assistenz|sachverständige[rn]?|dolmetscher|übersetzer|prüfer|planer|spezialist)(?:in(?:nen)?)?(?![\\p{L}])",
    // French
    "\\b(?:conseill(?:er|ère)|chargée?|responsable|gestionnaire|chef|ingénieure?|technicien(?:ne)?|secrétaire|juriste|traduct(?:eur|rice)|rédact(?:eur|rice)|comptable|direct(?:eur|rice)|adjointe?|stagiaire|analyste|développeu(?:r|se)|chercheu(?:r|se)|agent|attachée?|administrat(?:eur|rice)|assistante?|officier)(?![\\p{L}])",
    // Dutch, Italian, Spanish
    "(?<!\\p{L})\\p{L}*medewerker(?![\\p{L}])|\\b(?:adviseur|teamleider|beleidsadviseur|funzionari[oa]|addett[oa]|impiegat[oa]|tecnic[oa]|responsabile|jefe|jefa|analista|gestor|asesora?|técnic[oa]|especialista|ingenier[oa])(?![\\p{L}])",
  ].join("|"),
  "iu",
);

export interface TitleInfo {
  title: string;
  /** "NATO" from a "NATO: ..." prefix. */
  organisation: string | null;
  /** "Brussels" from a "... – Brussels" suffix. */
  location: string | null;
  /** 3 from "(3 posts)". */
  posts: number | null;
  /** "AD7" from "Cybersecurity Expert (AD7)", "P-3" from "..., P-3". */
  grade: string | null;
  /** "260612" from "Principal Software Engineer (260612)" or "... - 260612". */
  reference: string | null;
  /** The line the title came from (null when taken from prose). */
  lineIndex: number | null;
  from: "field" | "heading" | "prose";
}

// What a page calls itself above the notice, in any of the languages notices come in.
const PAGE_LABEL =
  /^(vacancy( notice| announcement)?|job (opening|offer|advertisement)|key facts|stellenausschreibung|stellenangebot|avis de vacance( de poste)?|offre d'emploi|vacature|avviso di (posto )?vacante|convocatoria|oferta de empleo)$/i;

const ANNOUNCING_LABEL =
  /^((now |we('re| are) )?hiring|new (opening|role|job|position|vacancy)|(job )?opening|(\w+ )?vacancy|vacature|role|title|urgent|job alert|open (role|position)|position open|wanted|vacancy (notice|announcement)|subj(ect)?|re|fwd?)$/i;
const LABEL_SHAPED = /^(\p{Lu}[\p{L}]*(?: [\p{L}()]+){0,3}):\s+\S/u;

/**
 * "Practice Area: Procurement" among "Agency: UNDP" and "Grade: P3": a field whose label the parser
 * does not know, not a title. A value naming a job still is one ("Hiring: Data Engineer", "NCIA:
 * Data Engineer", "Looking for: Data Engineer"), unless it is a single word under a label of several
 * (a category, "Job Field: Procurement").
 */
function inFieldRun(header: NoticeLine[], at: number): boolean {
  const text = header[at]?.text ?? "";
  const label = LABEL_SHAPED.exec(text)?.[1];
  if (!label || ANNOUNCING_LABEL.test(label)) return false;
  const value = text.slice(text.indexOf(":") + 1).trim();
  const aCategory = !/\s/.test(value) && /\s/.test(label);
  if (namesAJob(value) && !aCategory) return false;
  return [header[at - 1], header[at + 1]].some((l) => l && LABEL_SHAPED.test(l.text));
}

/** Is this header line a candidate for the title? */
function isTitleLike(line: NoticeLine): boolean {
  const t = line.text;
  if (line.bullet || readLabel(t) || t.length > 150 || t.split(/\s+/).length > 18) return false;
  if (PAGE_LABEL.test(t)) return false;
  if (/[.!?;,]$/.test(t) && !/\b(posts?)\)?\.$/.test(t)) return false;
  // a sentence cut by a line break ("The Agency is looking for a Supply Chain"): titles have no
  // verbs "is"/"are"/"will" and speak to nobody
  if (
    /\b(is|are|was|were|will|we|you|our|your)\b|^(We|You|Our|Join)\b/.test(t) &&
    !readRecruitingSentence(t)?.post.match(JOB_NOUN)
  )
    return false;
  // ("Logistics Officer (A-2), JFC Brunssum, Netherlands" has a place's shape, but a job first)
  const placeLine = isPlace(t) && !namesAJob(t.split(",")[0] as string);
  if (placeLine || findDate(t)?.raw === t || /^(full|part)[\s-]?time$/i.test(t)) return false;
  if (/^[\d\W]+$/.test(t) || /[$€£]\s?\d/.test(t)) return false;
  if (classifyHeading(t) !== "other" && !namesAJob(t)) return false;
  return true;
}

// A part of a chat message that says how or by when to apply ("apply by 12 April", "DM me").
const HOW_TO_APPLY = /\b(apply|closes?|closing|deadline|dm|pm|contact|send|e-?mail|ping|reach out)\b/i;

/** Peels site decorations off a raw title. */
export function cleanTitle(raw: string): Omit<TitleInfo, "lineIndex" | "from"> {
  // "SUBJ: VACANCY ANNOUNCEMENT - ...", "Subject: FW: Vacancy - ...": a message's subject line
  let title = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:(?:subj(?:ect)?|re|fw|fwd|tr|aw|wg)\s*:\s*)+/i, "");
  let organisation: string | null = null;
  let location: string | null = null;
  let posts: number | null = null;
  let grade: string | null = null;
  let reference: string | null = null;

  // "Vacancy 26/114 – Senior Cloud Engineer", "Ref. 25/123 – Senior Legal Adviser": the vacancy
  // number before the title
  const numbered =
    /^(?:(?:vacancy|vacancy notice|vn|job|post|ref|reference)\s+|ref\.\s*)(?:no\.?\s*)?([A-Z]{0,6}[\w/.-]*\d[\w/.-]*)\s*[:\-–—]\s+(?=\S)/i.exec(
      title,
    );
  if (numbered) {
    reference = numbered[1] as string;
    title = title.slice(numbered[0].length);
  }
  // ("Internal/External Vacancy - ...", "Civilian Vacancy: ...": who may apply, then the label)
  title = title.replace(
    /^((?:(?:internal|external|internal\/external|civilian|new)\s+)?(vacancy|job|post|position)( notice| announcement| opening| offer| advertisement| alert)?|job title|title|(now |we'?re |we are )?hiring|(new )?(opening|opportunity|vacancy)|vacature|stellenangebot|stellenausschreibung|offre d'emploi|avis de vacance|vacante|posto vacante)\s*[:\-–]\s*/i,
    "",
  );
  // "Vacancy notice for the post of Policy Officer (AD 7) in Unit DEFIS.A.2 – ...": the post,
  // without the unit it sits in
  const postOf =
    /^(?:vacancy(?: notice)?|call for (?:applications|expressions of interest)|avis de vacance)\s+(?:for|du|d'un|pour)\s+(?:the\s+|le\s+|la\s+)?(?:post|position|function|poste|emploi)s?\s+(?:of|de|d')\s*(?:an?\s+|une?\s+)?(.+)$/i.exec(
      title,
    );
  if (postOf?.[1]) {
    title = postOf[1].replace(
      /\s+(?:in|within|at) (?:the )?(?:unit|division|directorate|branch|section|department|office)\b.*$/i,
      "",
    );
  }
  // "The European Defence Agency is recruiting a Logistics Officer": the post, and its employer
  const recruiting = readRecruitingSentence(title);
  if (recruiting && JOB_NOUN.test(recruiting.post)) {
    organisation = recruiting.employer;
    // "We're hiring a cyber analyst in Mons": the post as a title ("Cyber Analyst"), and its place
    title = capitaliseWords(recruiting.post);
    if (recruiting.place && isPlace(recruiting.place)) location = recruiting.place;
    if (recruiting.aside && GRADE_CODE.test(recruiting.aside)) grade = recruiting.aside;
    if (recruiting.posts && recruiting.posts > 1) posts = recruiting.posts;
  }
  // "[Hiring] ...", "(Vacancy) ...": a forum or mail tag before the title
  title = title.replace(
    /^[[(](?:hiring|job|jobs|vacancy|vacancies|we'?re hiring|now hiring|career)[\])]\s*[:\-–]?\s*/i,
    "",
  );
  // "Engineer (m/f/d)": a gender note, no part of the title
  title = title.replace(/\s*\((?:[mfwdx](?:\/[mfwdx]){1,3}|all genders)\)/gi, "").trim();
  // "Data Engineer (Mons) - apply by 12 April - DM me", "Engineer @ NCIA Mons, closes 15/05/2026":
  // a chat message's parts; the one that names a job is the title, the others say how to apply
  const messageParts = title.split(/\s+[-–—|]\s+|,\s+(?=(?:apply|closes?|closing|deadline)\b)/i);
  const jobPart = messageParts.find((p) => namesAJob(p) && !HOW_TO_APPLY.test(p));
  if (messageParts.length > 1 && jobPart && messageParts.some((p) => p !== jobPart && HOW_TO_APPLY.test(p))) {
    for (const part of messageParts.filter((p) => p !== jobPart && !HOW_TO_APPLY.test(p)))
      if (isPlace(part)) location ??= part;
    title = jobPart;
  }
  // "Senior Network Engineer @ NCIA Mons": the employer (and its place) after an at sign
  // ("DevSecOps Engineer at NCIA, The Hague": "at" before an acronym or an organisation's name)
  const atWord = /^(.+?)\s+at\s+(?:the\s+)?(.+)$/.exec(title);
  const atSign =
    /^(.+?)\s+@\s+(.+)$/.exec(title) ??
    (atWord && (/^[A-Z][A-Z&]{1,9}\b/.test(atWord[2] as string) || namesAnOrganisation(atWord[2] as string))
      ? atWord
      : null);
  if (atSign && namesAJob(atSign[1] as string)) {
    const words = (atSign[2] as string).split(/\s+/);
    for (let n = 1; n < words.length; n++) {
      const place = words.slice(n).join(" ").replace(/^,\s*/, "");
      if (isPlace(place)) {
        location ??= place;
        organisation ??= words.slice(0, n).join(" ").replace(/,$/, "");
        break;
      }
    }
    if (!organisation && words.length <= 6) organisation = atSign[2] as string;
    title = atSign[1] as string;
  }
  // "Officer | NSPA | Capellen, Luxembourg": the part that names a job is the title
  const parts = title.split(/\s+\|\s+/);
  const job = parts.find((p) => JOB_NOUN.test(p));
  if (parts.length > 1 && job) {
    for (const part of parts.filter((p) => p !== job)) {
      if (isPlace(part)) location ??= part;
      else if (GRADE_CODE.test(part)) grade ??= part.replace(/^(NATO\s+)?grade\s*:?\s*/i, "");
      else if (part.split(/\s+/).length <= 6) organisation ??= part;
    }
    title = job;
  }
  // "NCIA - Procurement Officer": an employer's acronym before a dash
  const acronym = /^((?:[A-Z][A-Z&]{1,9}\s){0,2}[A-Z][A-Z&]{1,9})\s+[-–—]\s+(?=\S)/.exec(title);
  if (acronym && JOB_NOUN.test(title.slice(acronym[0].length))) {
    organisation ??= acronym[1] as string;
    title = title.slice(acronym[0].length);
  }
  // "NATO: NATO: Operator" -> organisation NATO (repeated site prefixes collapse)
  // ("CIVILIAN VACANCY: EXERCISE SCENARIO DEVELOPER": a page's label, no employer)
  for (let m = /^([A-Z][\w&.'-]*(?:\s+[\w&.'-]+){0,5})\s*:\s+(?=\S)/.exec(title); m; ) {
    const prefix = (m[1] as string).trim();
    const announces =
      /\b(vacanc(y|ies)|notice|announcement|opening|advert(isement)?|opportunity)$|^(looking for|seeking|wanted|we need|(now )?recruiting)$/i;
    if (!announces.test(prefix)) organisation ??= prefix;
    title = title.slice(m[0].length);
    m = /^([A-Z][\w&.'-]*(?:\s+[\w&.'-]+){0,5})\s*:\s+(?=\S)/.exec(title);
  }
  // "Engineer (260612)", "Engineer - JFCBS 2026/08": a vacancy number (3+ digits, perhaps after
  // an office code), never a bare year ("Graduate Programme - 2026")
  const number =
    /(?:\s*\(\s*(?:[Rr]ef\.?|[Nn]o\.?|VN|ID)?\s*((?:[A-Z]{2,10} )?[A-Z0-9][\w/.-]*\d{3,}[\w/.-]*)\s*\)|(?:\s+[–—|-]|,)\s+(?:[Rr]ef\.?|[Nn]o\.?|VN|ID)?\s*((?:[A-Z]{2,10} )?[A-Z0-9][\w/.-]*\d{3,}[\w/.-]*))$/.exec(
      title,
    );
  if (number && number.index > 0 && !/^(19|20)\d\d$/.test((number[1] ?? number[2]) as string)) {
    reference = (number[1] ?? number[2]) as string;
    title = title.slice(0, number.index).trim();
  }
  // "Two Policy Officers (Arms Control)": the count of a plural post before it
  const counted =
    /^([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+(?=\p{Lu}\S*(?:\s+\p{Lu}\S*)*?\s+\p{Lu}?\p{Ll}+s\b)/u.exec(
      title,
    );
  if (counted && (readCount(counted[1] as string) ?? 0) > 1) {
    posts = readCount(counted[1] as string);
    title = title.slice(counted[0].length);
  }
  // "(3 posts)", "(x3)", "(3x)", and at the end without brackets, "×2"
  const count =
    /\s*\((?:(\d{1,3})\s+(?:posts?|positions?|vacancies|openings?)|[x×]\s?(\d{1,2})|(\d{1,2})\s?[x×])\)\s*|\s+[x×]\s?(\d{1,2})$/i.exec(
      title,
    );
  if (count) {
    posts = Number(count[1] ?? count[2] ?? count[3] ?? count[4]);
    title = title.replace(count[0], " ").trim();
  }
  // "Operator, Technical Security – Brussels": a trailing place after a dash or bar, perhaps
  // after the employer ("DevOps Engineer – NCIA, The Hague, Netherlands")
  const suffix = /\s+[–—|-]\s+([^–—|]+)$/.exec(title);
  const [employer, ...at] = (suffix?.[1] ?? "").trim().split(/\s*,\s*/);
  // ("Cloud Engineer – NCIA Mons, Belgium": the employer's acronym, then its place, with no comma)
  const acronymThenPlace = /^([A-Z][A-Z&]{1,9})\s+(\p{Lu}.*)$/u.exec((suffix?.[1] ?? "").trim());
  const employerFirst =
    employer !== undefined &&
    at.length > 0 &&
    !isPlace(employer) &&
    isPlace(at.join(", ")) &&
    (ORG_NOUN.test(employer) || /^[A-Z][A-Z&]{1,9}$/.test(employer));
  if (
    suffix &&
    acronymThenPlace &&
    !isPlace(acronymThenPlace[1] as string) &&
    isPlace(acronymThenPlace[2] as string)
  ) {
    organisation ??= acronymThenPlace[1] as string;
    location = acronymThenPlace[2] as string;
    title = title.slice(0, suffix.index).trim();
  } else if (suffix && employerFirst) {
    organisation ??= employer ?? null;
    location = at.join(", ");
    title = title.slice(0, suffix.index).trim();
  } else if (suffix && isPlace((suffix[1] as string).trim())) {
    location = (suffix[1] as string).trim();
    title = title.slice(0, suffix.index).trim();
  }
  // "Engineer, NCIA, The Hague (A3)": a bracketed grade after the place
  const bracketGrade = /\s*\(([^()]+)\)$/.exec(title);
  if (
    bracketGrade &&
    GRADE_CODE.test(bracketGrade[1] as string) &&
    /,/.test(title.slice(0, bracketGrade.index))
  ) {
    grade ??= bracketGrade[1] as string;
    title = title.slice(0, bracketGrade.index).trim();
  }
  // "Security Officer (B-5), NSPA Taranto": the employer's acronym and its place after a comma
  const lastComma = /,\s*([A-Z][A-Z&]{1,9})\s+(\p{Lu}[^,]*)$/u.exec(title);
  // (a known employer's site need not be a city the parser knows: "NSPA Taranto")
  const site = (acronym: string, rest: string) =>
    isPlace(rest) || (EMPLOYER_ACRONYMS.has(acronym) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(rest));
  if (lastComma && !isPlace(lastComma[1] as string) && site(lastComma[1] as string, lastComma[2] as string)) {
    organisation ??= lastComma[1] as string;
    location ??= lastComma[2] as string;
    title = title.slice(0, lastComma.index).trim();
  }
  // "Officer, P-3, Geneva, Switzerland": a trailing place after a comma
  const segments = title.split(/\s*,\s*/);
  for (const n of [2, 1]) {
    const place = segments.slice(-n).join(", ");
    if (segments.length > n && isPlace(place)) {
      location ??= place;
      title = segments.slice(0, -n).join(", ");
      break;
    }
  }
  // "(AD7)", "(A2/A3)", ", P-3", "(G15)": a grade code in brackets or after a final comma
  const gradeCode =
    /(?:\s*\(\s*|,\s*)((?:AD|AST|AST\/SC|SC|FG\s?[IVX]+|P|G|D|NO|GS|A|B|C|L)[-\s]?\d{1,2}(?:\s*[/-]\s*[A-Z]{0,3}\d{1,2})?)\s*\)?$/.exec(
      title,
    );
  if (gradeCode) {
    grade = gradeCode[1] as string;
    title = title.slice(0, gradeCode.index).trim();
  }
  // Whatever decorations are left at the end, in any order: "- A3 - The Hague", "(A3) - 2 posts",
  // ", NATO Grade A3", "– Ref: 26/112", "[NCIA/26/112]", "(Closing date 14 March 2026)", "*"
  for (let peeled = true; peeled; ) {
    peeled = false;
    const m = /(?:\s*[([]([^()[\]]+)[)\]]|\s+[-–—|]\s+([^-–—|]+)|,\s*([^,]+)|\s*([*†]+))$/.exec(title);
    if (!m || m.index === 0) break;
    const part = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    const fact = m[4] ? "mark" : titleDecoration(part, m[3] !== undefined);
    if (!fact) break;
    if (fact === "posts") posts ??= readCount(part.split(/\s+/)[0] as string);
    if (fact === "grade")
      grade ??= part.replace(/^(NATO\s+)?grade\s*:?\s*|^\w+\s+(agent|staff|expert)\s*,?\s*/i, "");
    // ("SENIOR ENGINEER (CLOUD)": in a title in capitals, a bracketed word is an acronym only
    // when it is a known employer's, "LOGISTICS OFFICER (NSPA)")
    if (fact === "organisation" && m[1] !== undefined && !/[a-z]/.test(title) && !EMPLOYER_ACRONYMS.has(part))
      break;
    // ("SHAPE J2": the employer, then its division)
    if (fact === "organisation")
      organisation ??= /^[A-Z][A-Z&]{1,9} [A-Z0-9]{1,4}$/.test(part) ? part.split(" ")[0] : part;
    if (fact === "reference") reference ??= part.replace(/^(ref(erence)?\.?|no\.?|vn|id)\s*:?\s*/i, "");
    if (fact === "place") location ??= part;
    title = title.slice(0, m.index).trim();
    peeled = true;
  }
  title = title.replace(/^[\s\-–—:|]+|[\s\-–—:|]+$/g, "");
  // 'Vacancy – “Autonomous Systems Engineer”': the title in quotes
  title = title.replace(/^["“”„«‘'](.+)["“”»’']$/, "$1").trim();
  return { title, organisation, location, posts, grade, reference };
}

const GRADE_WITH_CONTRACT =
  /^(?:temporary|contract|local|seconded|national)\s+(?:agent|staff|expert)\s*,?\s*(?:AD|AST|AST\/SC|SC|FG\s?[IVX]+)[-\s]?\d{0,2}$/i;

const GRADE_CODE =
  /^(?:NATO\s+)?(?:grade\s*:?\s*)?(?:AD|AST|AST\/SC|SC|FG\s?[IVX]+|P|G|D|NO|GS|A|B|C|L|OF|OR)[-\s]?\d{1,2}(?:\s*[/-]\s*[A-Z]{0,3}\d{1,2})?$/i;

/**
 * What a trailing part of a title line states, when it is no part of the title: a number of
 * posts, a grade, a vacancy number, a closing date, a place. After a comma only a grade or a
 * vacancy number counts ("Head of Section, Finance" keeps its comma part).
 */
function titleDecoration(
  part: string,
  afterComma: boolean,
): "posts" | "grade" | "reference" | "deadline" | "place" | "organisation" | null {
  if (GRADE_CODE.test(part) && (!afterComma || /\d/.test(part))) return "grade";
  // "(Temporary Agent AD6)", "(Contract Agent FG IV)": a grade after the kind of contract
  if (GRADE_WITH_CONTRACT.test(part)) return "grade";
  if (/^(?:ref(?:erence)?\.?|no\.?|vn|id)\s*:?\s*\S*\d{2,}\S*$/i.test(part)) return "reference";
  if (afterComma) return null;
  if (/^(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(posts?|positions?|vacancies)$/i.test(part))
    return "posts";
  if (/^(?:[A-Z]{2,10}[ /-])?[A-Z0-9][\w/.-]*\d{3,}[\w/.-]*$/.test(part) && !/^(19|20)\d\d$/.test(part))
    return "reference";
  if (/^(closing|closes|deadline|apply by|application deadline)\b/i.test(part) && findDate(part))
    return "deadline";
  if (isPlace(part)) return "place";
  // "Translator - NATO International Staff", "Plans Officer - SHAPE": the employer after a dash
  if (/^[A-Z][A-Z&]{1,9}$/.test(part) || (ORG_NOUN.test(part) && isNameShaped(part))) return "organisation";
  if (/^[A-Z][A-Z&]{1,9} [A-Z0-9]{1,4}$/.test(part) && EMPLOYER_ACRONYMS.has(part.split(" ")[0] ?? ""))
    return "organisation";
  return null;
}

const PROSE_TITLE =
  /(?:^|\s)(?:The|As|As the|Our)\s+((?:[A-Z][\w&/'-]*|of|and|for|the|in|to|on|&)(?:[\s,]+(?:[A-Z][\w&/'-]*|of|and|for|the|in|to|on|&))*)\s+(?:\((?:[A-Z]{2,})\)\s+)?(?:serves|is responsible|is accountable|will|manages|leads|heads|reports|provides|acts|oversees|directs|supports|coordinates|works|is the|is a|plays|ensures|contributes|advises|performs)\b/g;

/** A post title named in prose ("The Deputy Director OSS serves as ..."), or null. */
export function titleFromProse(paragraphs: string[]): string | null {
  // "As Senior Financial Analyst, you will prepare ..."
  const asTheHolder =
    /\bAs (?:the |an? )?((?:[A-Z][\w&/'-]*)(?:\s+(?:[A-Z][\w&/'-]*|of|and|for|the|&))*),\s+(?:you|s\/he|he\/she|they|the (?:incumbent|post ?holder))\b/;
  const seeking =
    /\b(?:looking for|seeking|recruiting|recruit|hiring|vacancy for)\s+(?:an?|the)\s+((?:[A-Z][\w&/'-]*)(?:[\s,]+(?:[A-Z][\w&/'-]*|of|and|for|the|&))*)/;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const recruiting = readRecruitingSentence(sentence);
      const words = recruiting?.post.split(/\s+/).length ?? 0;
      // ("NCIA is looking for a DevOps engineer in The Hague": the sentence, read by cleanTitle
      // for the post, its employer and its place)
      if (recruiting && !recruiting.weSeek && JOB_NOUN.test(recruiting.post) && words <= 10) return sentence;
      // (a "wir suchen" / "nous recherchons" sentence names a post in words JOB_NOUN does not know)
      if (recruiting?.weSeek && /^\p{Lu}/u.test(recruiting.post) && words <= 10) return recruiting.post;
      for (const m of sentence.matchAll(PROSE_TITLE)) {
        const name = (m[1] as string).replace(/[\s,]+(of|and|for|the|in|to|on|&)$/i, "").trim();
        if (JOB_NOUN.test(name) && !/\bincumbent\b/i.test(name) && name.split(/\s+/).length <= 10)
          return name;
      }
      const as = asTheHolder.exec(sentence);
      if (as && JOB_NOUN.test(as[1] as string)) return (as[1] as string).trim();
      const s = seeking.exec(sentence);
      if (s && JOB_NOUN.test(s[1] as string)) return (s[1] as string).trim();
    }
  }
  return null;
}

/**
 * "the vacancy notice for the post of Communications Officer (B-5) in the Public Affairs Office,
 * Allied Joint Force Command Naples, Italy": the post, with its bracket, and the employer and the
 * place the sentence goes on to name.
 */
function postNamedInProse(
  paragraphs: string[],
): { post: string; organisation: string | null; location: string | null } | null {
  for (const paragraph of paragraphs) {
    const m =
      /\b(?:vacancy(?: notice| announcement)?|call for applications) for the (?:post|position) of (?:an?\s+)?((?:[A-Z][\w&/'-]*)(?:\s+(?:[A-Z][\w&/'-]*|of|and|for|the|&))*(?:\s+\([^()]{1,20}\))?)(?:\s+(?:in|within|at|with) (?:the )?([^.;]{3,160}))?/.exec(
        paragraph,
      );
    const post = m?.[1]?.replace(/\s+(?:of|and|for|the|&)$/, "");
    if (!post || !namesAJob(post)) continue;
    // ("..., Allied Joint Force Command Naples, Italy": the place at the end, the employer before it)
    const parts = (m?.[2] ?? "").split(/\s*,\s*/).filter(Boolean);
    let location: string | null = null;
    for (const n of [2, 1]) {
      if (parts.length >= n && isPlace(parts.slice(-n).join(", "))) {
        location = parts.splice(-n).join(", ");
        break;
      }
    }
    // ("Allied Joint Force Command Naples, Italy": a name that ends in its city, then the country)
    const cityWord = parts.at(-1)?.split(/\s+/).at(-1);
    if (location && isCountry(location) && cityWord && isPlace(`${cityWord}, ${location}`))
      location = `${cityWord}, ${location}`;
    const organisation = parts.reverse().find((p) => namesAnOrganisation(p) && isNameShaped(p)) ?? null;
    return { post, organisation, location };
  }
  return null;
}

/**
 * The title of a notice, or null when none can be found.
 * `paragraphs` is the notice's descriptive prose, for the prose fallback.
 */
export function parseTitle(
  lines: NoticeLine[],
  fields: NoticeField[],
  paragraphs: string[],
): TitleInfo | null {
  const field = firstField(fields, "title");
  if (field?.value) return { ...cleanTitle(field.value), lineIndex: field.valueLineIndex, from: "field" };

  // Header: the lines before the first known section, lead-in or long paragraph.
  const header = headerLines(lines, namesAJob);
  // ("Grade – P3": a line read as one field is no title; "Engineer | NCIA | Grade: A3" may be)
  const textAt = new Map(lines.map((l) => [l.index, l.text]));
  const fieldLines = new Set(
    fields.filter((f) => !/\s[|·]\s/.test(textAt.get(f.lineIndex) ?? "")).map((f) => f.lineIndex),
  );
  const candidates = header.flatMap((l, at) => {
    if (inFieldRun(header, at) || fieldLines.has(l.index)) return [];
    if (isTitleLike(l)) return [l];
    // "Ocean Data Scientist – your questions answered": the title before a page's tagline
    const [first, ...rest] = l.text.split(/\s+[-–—|]\s+/);
    const title = { ...l, text: first ?? "" };
    if (rest.length > 0 && namesAJob(title.text) && isTitleLike(title)) return [title];
    // "We're hiring! DevSecOps Engineer at NCIA": the title after a short exclamation
    const exclaimed = /^[^.!?]{2,40}!\s+(.+)$/.exec(l.text)?.[1];
    const after = { ...l, text: exclaimed ?? "" };
    return exclaimed && namesAJob(exclaimed) && isTitleLike(after) ? [after] : [];
  });
  // A line naming a job beats one naming the employer ("Headquarters Supreme Allied Commander ...");
  // with no job noun known, a line that names no employer beats one that does ("Bundesamt für ...").
  const chosen =
    candidates.find((l) => namesAJob(l.text) && !namesAnOrganisation(l.text)) ??
    candidates.find((l) => namesAJob(l.text)) ??
    candidates.find((l) => !namesAnOrganisation(l.text)) ??
    candidates[0];
  // ("Subject: Vacancy notice – Public Affairs" above "... the vacancy notice for the post of
  // Communications Officer (B-5) ...": a heading that names no job loses to the post the text names)
  const postOf = chosen && !namesAJob(chosen.text) ? postNamedInProse(paragraphs) : null;
  if (postOf) {
    const cleaned = cleanTitle(postOf.post);
    return {
      ...cleaned,
      organisation: cleaned.organisation ?? postOf.organisation,
      location: cleaned.location ?? postOf.location,
      lineIndex: null,
      from: "prose",
    };
  }
  if (chosen) {
    const cleaned = cleanTitle(chosen.text);
    if (cleaned.title) return { ...cleaned, lineIndex: chosen.index, from: "heading" };
  }

  // "Job Description" above "Procurement Specialist": a template that puts the title under its
  // first heading, the header above being all labelled fields
  const [heading, underIt] = [lines[header.length], lines[header.length + 1]];
  if (
    heading &&
    underIt &&
    classifyHeading(heading.text) === "summary" &&
    isTitleLike(underIt) &&
    namesAJob(underIt.text) &&
    underIt.text.split(/\s+/).length <= 8
  ) {
    const cleaned = cleanTitle(underIt.text);
    if (cleaned.title) return { ...cleaned, lineIndex: underIt.index, from: "heading" };
  }

  const prose = titleFromProse(paragraphs);
  return prose ? { ...cleanTitle(prose), lineIndex: null, from: "prose" } : null;
}

/** "cyber security analyst" -> "Cyber Security Analyst" (the small words stay small). */
function capitaliseWords(text: string): string {
  return text.replace(/\p{L}[\p{L}'-]*/gu, (w, at: number) =>
    at > 0 && /^(of|and|for|the|in|to|on|at|a|an|or)$/.test(w) ? w : `${w[0]?.toUpperCase()}${w.slice(1)}`,
  );
}
