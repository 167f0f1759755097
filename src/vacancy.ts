// The Vacancy: the single source of truth for what the bot knows about a post.
// Every boundary (notice parser, data file, HTTP, store) validates against this schema;
// types are derived with z.infer so the code can never drift from it.
import { z } from "zod";

/** Calendar date, YYYY-MM-DD (a deadline is a day, not an instant). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a real calendar date",
    },
  );

/** Sensible upper bounds so a pasted notice can never produce an unrenderable vacancy. */
export const LIMITS = {
  title: 300,
  shortText: 500,
  longText: 20_000,
  listItems: 200,
  listItem: 4_000,
} as const;

const shortText = z.string().trim().min(1).max(LIMITS.shortText);
const nullableShort = shortText.nullable();
const textList = z.array(z.string().trim().min(1).max(LIMITS.listItem)).max(LIMITS.listItems);

/** One profile of a multi-profile notice ("2 posts offered for Profile A ..."). */
export const ProfileSchema = z.object({
  name: shortText,
  unit: nullableShort,
  posts: z.number().int().positive().nullable(),
  reportsTo: nullableShort.default(null),
});

export const ContractSchema = z.object({
  /** e.g. "Definite duration" */
  type: nullableShort,
  /** e.g. "3 years" */
  duration: nullableShort,
  /** renewal / extension terms as stated */
  renewal: z.string().trim().min(1).max(LIMITS.listItem).nullable(),
  /** e.g. "9 years" */
  maximumService: nullableShort,
  /** the full contract sentence(s) as written, for the card */
  text: z.string().trim().min(1).max(LIMITS.longText).nullable(),
  /** the terms for an applicant seconded from a national administration, as written */
  seconded: z.string().trim().min(1).max(LIMITS.longText).nullable().default(null),
});

/** Required level per language, e.g. {language: "English", level: "V (Advanced)"}. */
export const LanguageRequirementSchema = z.object({
  language: shortText,
  level: nullableShort,
  /** free text as written, e.g. "V (Advanced) in one and II (Elementary) in the other" */
  note: z.string().trim().min(1).max(LIMITS.listItem).nullable().default(null),
});

export const AcronymSchema = z.object({
  short: z.string().trim().min(2).max(20),
  long: shortText,
});

export const VacancySchema = z.object({
  /** Stable slug, unchanged between imports of the same notice. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id must be a lowercase slug (a-z, 0-9, dashes)")
    .max(120),
  title: z.string().trim().min(1).max(LIMITS.title),
  organisation: nullableShort,
  /** Unit / division / branch the post sits in. */
  unit: nullableShort.default(null),
  location: nullableShort,
  /** Last day to apply, YYYY-MM-DD, or null when the notice gives none. */
  deadline: IsoDateSchema.nullable(),
  /** IANA time zone of the issuing body; a post is open through the end of its deadline day there. */
  timeZone: z.string().min(1).max(64).default("Europe/Brussels"),
  publishedDate: IsoDateSchema.nullable().default(null),
  posts: z.number().int().positive().max(10_000),
  reference: nullableShort.default(null),
  grade: nullableShort.default(null),
  salary: nullableShort,
  jobType: nullableShort.default(null),
  category: nullableShort.default(null),
  summary: z.string().trim().max(LIMITS.longText),
  /**
   * The notice's prose about the post and its unit (summary and profile paragraphs), for search:
   * it names what the short summary leaves out ("could perform Service Desk functions").
   */
  description: z.string().trim().max(LIMITS.longText).default(""),
  essential: textList,
  desirable: textList,
  education: textList.default([]),
  experience: textList.default([]),
  languages: z.array(LanguageRequirementSchema).max(20).default([]),
  competencies: textList.default([]),
  profiles: z.array(ProfileSchema).max(20).default([]),
  reportsTo: nullableShort.default(null),
  directReports: z.string().trim().max(LIMITS.shortText).nullable().default(null),
  indirectReports: z.string().trim().max(LIMITS.shortText).nullable().default(null),
  contract: ContractSchema.nullable().default(null),
  /** Documents to attach, warnings and other instructions to applicants. */
  applicationNotes: textList.default([]),
  /** Conditions of the work beyond its duties, as written: travel, hours, shifts, telework, deployment. */
  workingConditions: textList.default([]),
  /** Acronyms the notice defines ("Operations and Security Services (OSS)"), used by search. */
  acronyms: z.array(AcronymSchema).max(200).default([]),
  /** Link to the notice when one is known. */
  url: z.string().url().max(2_000).nullable().default(null),
  /** Where the notice came from (file name or "posted by <user> via Slack"). */
  source: z.string().trim().min(1).max(LIMITS.shortText),
  /** Lifecycle: a recruiter may close or withdraw a post before its deadline. */
  state: z.enum(["published", "closed", "withdrawn"]).default("published"),
  closedReason: nullableShort.default(null),
});

export type Vacancy = z.infer<typeof VacancySchema>;
/** What a caller may hand in: defaults not yet applied. */
export type VacancyInput = z.input<typeof VacancySchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Contract = z.infer<typeof ContractSchema>;
export type LanguageRequirement = z.infer<typeof LanguageRequirementSchema>;

/** Turns any title into a stable id slug. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "") || "vacancy";
}
