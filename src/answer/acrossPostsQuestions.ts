// The questions asked across all the posts that the intent rules do not answer as such: what an
// acronym means, which posts ask for a language, which pays most, whether a kind of post (an
// internship) is advertised. Tried before the ordinary answer; each returns null when the
// question is not of its kind, so that answer applies.
import { foldText } from "../search/text.ts";
import { mayAskPostKind, postKindAnswer, postKindAsked } from "./absentKind.ts";
import { acronymAnswer, acronymAsked } from "./acronymQuestion.ts";
import {
  type AcrossPostsContext,
  asksAboutSeveral,
  asksOfNamedPost,
  postNamedBy,
  restFindsPosts,
} from "./acrossPosts.ts";
import { hasCountSigns, withCountSigns } from "./countComparison.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { experienceAnswer, experienceAsked } from "./experienceQuestion.ts";
import { languageAsked, languageListAnswer } from "./languageList.ts";
import type { Answer } from "./model.ts";
import { payRankAsked, payRankingAnswer } from "./payRanking.ts";
import { publicationAsked, publicationDatesAnswer } from "./publicationDates.ts";
import { readWords } from "./readWords.ts";
import { seniorityAnswer, seniorityAsked } from "./seniorityRanking.ts";
import { staffManagementAnswer, staffManagementAsked } from "./staffManagement.ts";

/** Lists that only narrow by a deadline window: what else the question asks may be asked across posts. */
const WINDOW_RULES = new Set([
  "list-open",
  "list-closing-range",
  "list-closing-window",
  "list-closing-month",
]);

/** Intents about one post's deadline or status, which no comparison across posts answers. */
const ASKS_ONE_POST = new Set(["deadline", "status", "help"]);

/** Rules that already read a filter from the question ("jobs that don't need French"): left to them. */
function readsListFilter(detected: DetectedIntent): boolean {
  return detected.rule.startsWith("list-") && !WINDOW_RULES.has(detected.rule);
}

/**
 * Whether the intent rules read the question as one a list can answer: a list, a search, a
 * requirement or an overview (not "when does the French-speaking post close").
 */
function asksAcrossPosts(detected: DetectedIntent): boolean {
  if (detected.intent === "deadline" || detected.intent === "status" || detected.intent === "help")
    return false;
  return detected.intent !== "details" || ["overview", "languages", "eligibility"].includes(detected.focus);
}

/** The answer to a question across posts, or null when the question is not one. */
export function answerAcrossPosts(
  question: string,
  detected: DetectedIntent,
  context: AcrossPostsContext,
): Answer | null {
  // A deadline window is the context's; the rest of the question says what is asked across.
  const folded = ` ${detected.withoutWindow ?? readWords(question)} `;
  // Years of experience compared ("less than 5 years") are no words to search or list by.
  // "5+ years", "a team of 10+": the signs of a count, which folding drops, read as words.
  const counted =
    hasCountSigns(question) && !detected.withoutWindow ? ` ${readWords(withCountSigns(question))} ` : folded;
  if (!ASKS_ONE_POST.has(detected.intent)) {
    const years = experienceAsked(counted);
    if (years && !asksOfNamedPost(years.rest, folded, context.index) && restFindsPosts(years.rest, context))
      return experienceAnswer(question, years, context);
  }
  // "when were these vacancies published (and when do they close)": even beside a deadline ask.
  const published = detected.intent === "help" ? null : publicationAsked(folded);
  if (
    published &&
    !asksOfNamedPost(published.rest, folded, context.index) &&
    (!ASKS_ONE_POST.has(detected.intent) || asksAboutSeveral(folded))
  )
    return publicationDatesAnswer(question, context);
  if (readsListFilter(detected)) return null;
  const acronym = acronymAsked(folded);
  if (acronym) return acronymAnswer(question, acronym, context);
  if (asksAcrossPosts(detected)) {
    const language = languageAsked(folded);
    if (language) return languageListAnswer(question, language, context);
  }
  const payRank = payRankAsked(folded);
  if (payRank && detected.intent !== "deadline" && detected.intent !== "status") {
    const ranking = payRankingAnswer(question, payRank, context);
    if (ranking) return ranking;
  }
  const seniority =
    detected.intent !== "deadline" && detected.intent !== "status" ? seniorityAsked(folded) : null;
  if (seniority) return seniorityAnswer(question, seniority, context);
  // "I'd like to lead people": read as a reporting question, but naming no post it asks across them.
  const leads =
    asksAcrossPosts(detected) || (detected.intent === "details" && detected.focus === "reporting")
      ? staffManagementAsked(counted)
      : null;
  if (
    leads &&
    (leads.count
      ? !asksOfNamedPost(leads.rest, folded, context.index) && restFindsPosts(leads.rest, context)
      : asksAcrossPosts(detected) || postNamedBy(leads.rest, context.index, { evenIfShared: true }) === null)
  )
    return staffManagementAnswer(question, leads, context);
  // Kinds are read as written: keyword spelling would make a "contractor" a "contract". They
  // weigh every notice, so a deadline window is left to the list answer.
  const kind =
    !context.window && mayAskPostKind(question)
      ? postKindAsked(` ${foldText(question).trim().replace(/ +/g, " ")} `)
      : null;
  if (kind) return postKindAnswer(question, kind, context);
  return null;
}
