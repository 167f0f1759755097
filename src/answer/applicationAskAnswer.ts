// Conditions of appointment and contacts: for the post named, or for the posts in scope.

import { foldText } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import { noticesToRead, partialReadNote } from "./acrossPosts.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import type { ApplicationAsk } from "./applicationAsk.ts";
import { type ApplicationCondition, conditionLines, NATIONALITY_CONDITION } from "./applicationConditions.ts";
import { dayText, detailsText } from "./composeAnswer.ts";
import { conditionList, conditionPostText } from "./conditionText.ts";
import { contactListText, contactNoPostText, contactPostText } from "./contactAsked.ts";
import { calendarDay, DEFAULT_TIME_ZONE } from "./deadlineStatus.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { matchesBeyondProse, namesOnlyPlace } from "./evidence.ts";
import { examples } from "./helpAnswer.ts";
import { andMore, LIST_LIMIT, listResult } from "./listResult.ts";
import type { Answer, AnswerItem, Focus } from "./model.ts";
import { comparedPosts, NAMES_POST, namedPostResult, queryNamingPost } from "./namedPost.ts";
import { MEMBERS_ONLY, namedNationality, nationalityVerdict } from "./natoMembership.ts";
import { alsoAskedTexts, followUps } from "./onePostText.ts";
import { openCandidates } from "./openCandidates.ts";

/** The posts a condition or contact question means: the one it names, those it names together, or none named. */
interface PostsMeant {
  named: "one" | "some" | "none";
  posts: Vacancy[];
  /** How a list answer names the posts: "posts open or without a deadline as of 5 June 2024". */
  scope: string;
}

function postsMeant(subject: string, context: AnswerContext, detected: DetectedIntent): PostsMeant {
  const { index } = context;
  const today = dayText(calendarDay(context.now, DEFAULT_TIME_ZONE));
  const scope = (matching: string) => `posts${matching} open or without a deadline as of ${today}`;
  const none = (): PostsMeant => ({ named: "none", posts: openCandidates("", context), scope: scope("") });
  if (!subject) return none();
  const searched = queryNamingPost(index, subject);
  // "can I apply for both the NOSC chief and the network technician?": each post named, open or not.
  const compared = comparedPosts(index, detected, searched);
  if (compared.length > 1) return { named: "some", posts: compared, scope: "posts you named" };
  const sharedPlace = searched.hits.filter((h) => namesOnlyPlace(h.vacancy, searched.terms)).length > 1;
  const top = sharedPlace ? undefined : namedPostResult(index, subject, searched).hits[0];
  if (top && top.titleCoverage >= NAMES_POST) return { named: "one", posts: [top.vacancy], scope: "" };
  // Words that match no notice ("polygraph"), or only a stray word of its prose ("does my
  // nationality *matter*"), name no post.
  if (!searched.hits.some((h) => matchesBeyondProse(h.vacancy, searched.terms))) return none();
  const open = openCandidates(subject, context);
  if (open.length > 0) return { named: "some", posts: open, scope: scope(` matching "${subject}"`) };
  const posts = searched.hits.map((h) => h.vacancy);
  return { named: "some", posts, scope: `posts matching "${subject}" (none open)` };
}

/** "Which jobs are open to non-NATO nationals?" asks for posts: the answer is none, not no. */
const ASKS_WHICH = /^\s*(which|what|any)\b/i;

/** The yes or no to "can <nationality> apply" for these posts, or null when the question names none. */
function nationalityLead(base: AnswerBase, items: readonly AnswerItem[]): string | null {
  const named = namedNationality(` ${foldText(base.question).trim().replace(/ +/g, " ")} `, base.asOf);
  if (!named) return null;
  const restricting = items.filter((i) =>
    conditionLines(i.vacancy, NATIONALITY_CONDITION).some((l) => MEMBERS_ONLY.test(l)),
  ).length;
  return nationalityVerdict(named, restricting, items.length, dayText, ASKS_WHICH.test(base.question));
}

/** The details of the post that the conditions asked about are part of ("probation": the contract), once each. */
function conditionDetails(conditions: readonly ApplicationCondition[], item: AnswerItem): string[] {
  const foci = [...new Set(conditions.flatMap((c) => (c.alsoShows ? [c.alsoShows] : [])))];
  return foci.map((f) => detailsText(item, f));
}

/**
 * A condition of appointment or whom to contact, for the post named or for the posts in scope; null
 * when the conditions asked are asked only of one post and none is named.
 */
export function applicationAskAnswer(
  base: AnswerBase,
  ask: ApplicationAsk,
  detected: DetectedIntent,
  context: AnswerContext,
): Answer | null {
  const { named, posts, scope } = postsMeant(ask.subject, context, detected);
  // "work from home options?" names no post: a condition asked only of one post is left to the
  // answers across posts.
  const asked =
    ask.kind === "condition" && named !== "one"
      ? { ...ask, conditions: ask.conditions.filter((c) => !c.onePostOnly) }
      : ask;
  if (asked.kind === "condition" && asked.conditions.length === 0) return null;
  const focus: Focus = asked.kind === "contact" ? "documents" : "eligibility";
  // "phone number for HR?", "IT helpdesk phone number": no post named, so none is listed; the
  // answer says whether any notice gives contact details.
  if (asked.kind === "contact" && named === "none") {
    const read = noticesToRead(context.index, context.now);
    const text = [
      contactNoPostText(
        read.posts.map((v) => itemOf(v, context.now)),
        read.partial,
      ),
      partialReadNote(read.partial),
    ]
      .filter((l) => l !== null)
      .join("\n");
    return {
      ...base,
      intent: "help",
      focus,
      items: [],
      totalMatches: 0,
      text,
      suggestions: examples(context),
    };
  }
  const items = posts.map((v) => itemOf(v, context.now));
  const main = items[0];
  // "can non-NATO citizens apply?", "I'm from Sweden, can I apply?": yes or no first.
  const verdict =
    asked.kind === "condition" && asked.conditions.includes(NATIONALITY_CONDITION)
      ? nationalityLead(base, named === "one" && main ? [main] : items)
      : null;
  if (named === "one" && main) {
    const text = [
      ...(verdict ? [verdict] : []),
      asked.kind === "contact"
        ? contactPostText(main)
        : conditionPostText(main, asked.conditions, asked.asksFor),
      // "is there a probation period": the contract it would be part of answers the rest.
      ...(asked.kind === "condition" ? conditionDetails(asked.conditions, main) : []),
      // "requirements and security clearance for X": the other asks about the same post.
      // Its status is stated already ("can I apply for X" also reads as a status question).
      ...alsoAskedTexts(detected, main).filter(
        (_, i) => detected.alsoAsked?.[i] !== "eligibility" && detected.alsoAsked?.[i] !== "status",
      ),
    ].join("\n");
    return {
      ...base,
      intent: "details",
      focus,
      items: [main],
      totalMatches: 1,
      text,
      suggestions: followUps(main.vacancy),
    };
  }
  if (asked.kind === "contact") {
    const shown = items.slice(0, LIST_LIMIT);
    return listResult(base, focus, shown, items.length, [
      contactListText(shown),
      andMore(items.length, shown.length),
    ]);
  }
  const list = conditionList(items, asked.conditions, scope, asked.negated, LIST_LIMIT);
  const shown = list.items.slice(0, LIST_LIMIT);
  const lines = verdict && !asked.negated ? [verdict, ...list.lines] : list.lines;
  return listResult(base, focus, shown, list.items.length, lines);
}
