// What a notice says about the conditions of the work itself, beyond its duties: travel, hours
// outside the office's, shifts and on-call duty, telework and flexible working, deployment. (Not
// the smoke-free workplace: it names the headquarters' city, which a search would then read as
// where the post is.) Notices state these in their "Additional information" boilerplate, which is
// otherwise not read for facts, so staff asking "does X involve travel?" or "can I telework?"
// would get no answer. One sentence per condition, as written.
import { splitSentences } from "./noticeLines.ts";

const CONDITION_PATTERNS: RegExp[] = [
  // travel, as something the staff member does ("Travel Management Officer" is no condition)
  /\b(travel(l?ing)? (is |will be |may be |might be )?(required|expected|involved|necessary)|(required|expected|willing|able|called upon|need|asked) to travel|(frequent|occasional|extensive|regular|some|international|national|short-notice) travel(l?ing)?|travel(l?ing)? (for work|abroad|within|throughout|across)|business trips?|duty travel|missions? abroad)\b/i,
  // hours
  /\b(outside (of )?(the )?(normal|regular|standard|usual)? ?(office|working|business) hours|overtime|weekend work|work(ing)? (at |on |during )?weekends|night work|irregular (working )?hours|extended (working )?hours)\b/i,
  /\b(shift work|shifts|on[- ]call|standby duty|24\/7)\b/i,
  // where and when the work is done
  /\b(telework\w*|remote[- ]work\w*|work\w* remotely|work\w* from home|hybrid[- ]work\w*|flexi[- ]?time|flexible working)\b/i,
  // deployment to operations
  /\b(be (required|asked|called upon|expected) to deploy|deployable (post|position|staff)|deploy(ment|ed)? (to|in|on) (an? )?(operations?|operational theatres?|theatres?|missions?|exercises?|the field))\b/i,
];

/** Sentences longer than this are a paragraph run together, not one condition. */
const MAX_SENTENCE_CHARS = 400;

/** The notice's sentences about working conditions, in order, one per kind, at most `limit`. */
export function parseWorkingConditions(paragraphs: readonly string[], limit = 6): string[] {
  const conditions: string[] = [];
  const seenKinds = new Set<number>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      if (sentence.length > MAX_SENTENCE_CHARS) continue;
      const kinds = CONDITION_PATTERNS.flatMap((re, i) => (re.test(sentence) ? [i] : []));
      // Notices repeat their boilerplate: one sentence per kind, the first.
      if (kinds.length === 0 || kinds.every((k) => seenKinds.has(k))) continue;
      for (const k of kinds) seenKinds.add(k);
      const text = sentence.replace(/\s+/g, " ").trim().replace(/[;,]$/, ".");
      if (!conditions.includes(text)) conditions.push(text);
      if (conditions.length >= limit) return conditions;
    }
  }
  return conditions;
}
