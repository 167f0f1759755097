// Number of posts and the profiles they are split across: "(3 posts)" in the title,
// "We recruit two posts", "2 posts offered for Profile A and 1 post offered for Profile B",
// "Profile A - Division A – PEM (2 posts)" headings.
import { NUMBER_WORDS } from "../numberWords.ts";
import type { NoticeField } from "./fields.ts";
import type { Section } from "./sections.ts";

/** "a single post", "several posts" (no count: 0). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  a: 1,
  an: 1,
  single: 1,
  several: 0,
  multiple: 0,
};
const NUMBER = String.raw`(\d{1,3}|a|an|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;

/** "3", "three" -> 3; null when the word is no number. */
export function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const n = COUNT_WORDS[word.toLowerCase()];
  return n ? n : null;
}

export interface ProfileInfo {
  name: string;
  unit: string | null;
  posts: number | null;
}

/** Profiles from "Profile A - Division A – PEM (2 posts)" headings. */
export function parseProfiles(sections: Section[]): ProfileInfo[] {
  const profiles: ProfileInfo[] = [];
  for (const s of sections) {
    if (s.kind !== "profile" || !s.heading) continue;
    let heading = s.heading;
    let posts: number | null = null;
    const count = new RegExp(String.raw`\(\s*${NUMBER}\s+(posts?|positions?|vacanc(y|ies))\s*\)`, "i").exec(
      heading,
    );
    if (count) {
      posts = readCount(count[1] as string);
      heading = heading.replace(count[0], "").trim();
    }
    const [name, ...rest] = heading.split(/\s+[-–—:]\s+|\s*:\s*/);
    if (!name) continue;
    if (profiles.some((p) => p.name.toLowerCase() === name.trim().toLowerCase())) continue;
    profiles.push({ name: name.trim(), unit: rest.join(" – ").trim() || null, posts });
  }
  return profiles;
}

const POST_NOUN = "(?:posts?|positions?|vacancies|vacancy|openings?|candidates|staff members|roles?)";
const PLURAL_JOB =
  "(?:officers|engineers|analysts|assistants|specialists|technicians|advis[eo]rs|managers|interns|trainees|translators|interpreters|developers|administrators|coordinators|experts|scientists|auditors|accountants|planners|operators|instructors|trainers|drivers|clerks|secretaries|consultants|architects|researchers|editors|inspectors|controllers|supervisors|nurses|doctors|lawyers|economists|statisticians|linguists|storekeepers|mechanics|electricians|guards)";

/** Counts stated in prose, e.g. "We recruit two posts", "2 posts offered for Profile A and 1 post ...". */
function countsInText(written: string): number | null {
  // "Three (3) identical posts": the number in words and in figures, read once
  const text = written.replace(new RegExp(String.raw`\b${NUMBER}\s+\((\d{1,3})\)`, "gi"), "$2");
  // "2 posts offered for Profile A and 1 post offered for Profile B": sum per-profile counts
  const perProfile = [
    ...text.matchAll(
      new RegExp(
        String.raw`\b${NUMBER}\s+${POST_NOUN}\s+(?:\w+\s+){0,3}?(?:for|in|under)\s+profile\s+\w+`,
        "gi",
      ),
    ),
  ];
  if (perProfile.length >= 2) {
    return perProfile.reduce((sum, m) => sum + (readCount(m[1] as string) ?? 0), 0);
  }
  const patterns = [
    new RegExp(
      String.raw`\b(?:recruit(?:ing)?|hiring|fill(?:ing)?|offer(?:ing)?|seeking|looking for|selecting|open(?:ing)?)\s+(?:up to\s+)?${NUMBER}\s+(?:\w+\s+){0,2}?${POST_NOUN}\b`,
      "i",
    ),
    // ("2027-01-29" / "This vacancy is open ...": never the end of a date, never across lines)
    new RegExp(
      String.raw`(?<![\d/.:-])\b${NUMBER}[^\S\n]+(?:\w+[^\S\n]+){0,2}?${POST_NOUN}\s+(?:(?:are|is|will be)\s+)?(?:available|offered|open|to be filled|being recruited)\b`,
      "i",
    ),
    new RegExp(String.raw`\b(?:there are|we have)\s+${NUMBER}\s+(?:\w+\s+){0,2}?${POST_NOUN}\b`, "i"),
    new RegExp(String.raw`\(\s*${NUMBER}\s+${POST_NOUN}\s*\)`, "i"),
    // "We are recruiting two Logistics Officers": a count of people in a job's plural
    new RegExp(
      String.raw`\b(?:recruit(?:ing)?|hiring|seeking|looking for)\s+(?:up to\s+)?${NUMBER}\s+(?:[\w-]+\s+){0,3}?${PLURAL_JOB}\b`,
      "i",
    ),
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const n = m ? readCount(m[1] as string) : null;
    if (n && n > 1 && n < 1000) return n;
  }
  return null;
}

/**
 * The number of posts: an explicit field, the title's "(3 posts)", a sentence, or the sum of the
 * profiles; 1 when the notice states no number (a vacancy notice is for at least one post).
 */
export function parsePosts(options: {
  titlePosts: number | null;
  fields: NoticeField[];
  profiles: ProfileInfo[];
  text: string;
}): { posts: number; stated: boolean } {
  // "Number of posts: 2", "Posts: two"
  for (const f of options.fields) {
    const n = f.kind === "posts" && f.value ? readCount(f.value.trim().split(/[\s(]/)[0] as string) : null;
    if (n) return { posts: n, stated: true };
  }
  if (options.titlePosts) return { posts: options.titlePosts, stated: true };
  const fromText = countsInText(options.text);
  if (fromText) return { posts: fromText, stated: true };
  const profileSum = options.profiles.reduce((sum, p) => sum + (p.posts ?? 0), 0);
  if (profileSum > 0 && options.profiles.every((p) => p.posts)) return { posts: profileSum, stated: true };
  return { posts: 1, stated: false };
}
