// Questions about applying that no requirement search can answer: a condition of appointment
// ("which posts need a security clearance?", "does the network technician need clearance?") or
// whom to contact. The intent rules read them by their other words (a list, a post's requirements,
// an overview); this takes them over whatever rule matched, except where the rule's own filter is
// the question (a deadline, a closing window, help).
import { foldText } from "../search/text.ts";
import {
  type ApplicationCondition,
  askedConditions,
  withoutConditionWords,
} from "./applicationConditions.ts";
import type { AskedDetail } from "./conditionText.ts";
import { asksForContact, contactSubjectWords } from "./contactAsked.ts";
import { type DetectedIntent, extractSubject } from "./detectIntent.ts";
import { correctKeywords } from "./keywordSpelling.ts";
import type { Focus } from "./model.ts";
import { namesNationality } from "./natoMembership.ts";

export type ApplicationAsk =
  | {
      kind: "condition";
      conditions: ApplicationCondition[];
      /** "jobs that don't need a clearance": the posts whose notice does not mention it. */
      negated: boolean;
      /** Words that may name the post(s); empty when the question names none. */
      subject: string;
      /** "when are the interviews", "what clearance level": a date or a level is asked for. */
      asksFor: AskedDetail;
    }
  | { kind: "contact"; subject: string };

/** "when are the interviews", "interview dates?": the question asks for a date. */
const ASKS_WHEN = / (when|what (date|day)|which (date|day)|dates?|timing|timeline|schedule) /;
/** "what clearance level", "which level of vetting": the question asks for a level. */
const ASKS_LEVEL = / (levels?|how high|what kind of|which kind of|what type of|which type of) /;

/** Rules whose reading stands though the question names a condition: their filter or timing is what it asks. */
const KEPT_RULES = new Set([
  "empty",
  "fault-report",
  "ai-tools",
  "help",
  "list-closing-window",
  "list-closed",
  "list-closing-month",
  "list-job-type",
  "list-by-post-count",
  "list-salary-floor",
  "list-latest-closing",
  "list-outside-place",
  "deadline",
  "status",
]);

/**
 * "jobs needing a clearance that close this week": the list rules narrow by the deadline window as
 * well as by the condition; the condition lists here do not.
 */
function hasDeadlineWindow(detected: DetectedIntent): boolean {
  return (
    detected.closingWithinDays !== undefined ||
    detected.closingRange !== undefined ||
    detected.closingInMonth !== undefined ||
    detected.closedWithinDays !== undefined
  );
}

/**
 * "how do I renew my security clearance", "my medical is next week": the asker's own clearance or
 * medical, with no word of applying, is staff business, not a question about a post.
 */
export function aboutOwnStanding(question: string, focus: Focus): boolean {
  if (focus !== "eligibility") return false;
  const text = ` ${foldText(question)} `;
  return (
    / (my|our) /.test(text) &&
    !/ (apply|applying|application|applicants?|eligib\w*|vacanc\w*|jobs?|posts?|positions?|roles?) /.test(
      text,
    )
  );
}

/** Words that make a condition a question about posts or applying, when no post is named. */
const ABOUT_APPLYING =
  / (apply|applying|application|applications|applicants?|candidates?|eligib\w*|vacanc\w*|jobs?|posts?|positions?|roles?|openings?|need|needs|needed|require|requires|required|requiring|necessary|mandatory|must|have to|has to|only|accept\w*|allowed|ask|asks|check|checks|will|get)(?= )/;

/** Does the (folded, padded) question ask a condition and name something besides it? */
function asksConditionOfPost(text: string): boolean {
  return askedConditions(text).length > 0 && extractSubject(withoutConditionWords(text), "details") !== "";
}

/** The condition or contact question a (clean) question asks, or null when it asks neither. */
export function applicationAsk(question: string, detected: DetectedIntent): ApplicationAsk | null {
  // "do they help with moving costs for the NOSC chief": "help" is the question's verb, not a
  // request for help, when it asks a condition of a post it names.
  const maybeVerb = detected.rule === "help";
  const text = ` ${correctKeywords(foldText(question).trim().replace(/ +/g, " "))} `;
  // "can I apply for X if I'm Irish": whether X is open is not the question; who may apply is.
  const statusOfWhoMayApply = detected.rule === "status" && namesNationality(text);
  if ((KEPT_RULES.has(detected.rule) && !maybeVerb && !statusOfWhoMayApply) || hasDeadlineWindow(detected))
    return null;
  if (maybeVerb && !asksConditionOfPost(text)) return null;
  if (asksForContact(text)) {
    return { kind: "contact", subject: extractSubject(contactSubjectWords(text), "details") };
  }
  const asked = askedConditions(text);
  if (asked.length === 0) return null;
  // "jobs that don't need a clearance": the rule already split off what the posts must not need.
  const negated = detected.rule === "list-excluding";
  const rest = withoutConditionWords(text).trim();
  const subject = negated ? detected.subject : extractSubject(rest, "details");
  // "remote jobs", "roles with on-call duty" name no post: other answers weigh those across posts.
  const conditions = subject === "" ? asked.filter((c) => !c.onePostOnly) : asked;
  if (conditions.length === 0) return null;
  // "how do I renew my security clearance" names no post: the asker's own standing, left to the
  // rules; "how many NATO member countries are there" asks nothing about posts or applying (a bare
  // "security clearance?" asks which posts state it).
  const asksAboutPosts = rest === "" || ABOUT_APPLYING.test(text) || conditions.some((c) => c.asksOfPosts);
  if (subject === "" && (aboutOwnStanding(question, "eligibility") || !asksAboutPosts)) return null;
  const asksFor = { when: ASKS_WHEN.test(text), level: ASKS_LEVEL.test(text), question: text };
  return { kind: "condition", conditions, negated, subject, asksFor };
}
