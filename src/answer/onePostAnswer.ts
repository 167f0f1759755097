// Questions about one post: its deadline, status, requirements or a detail, with close runner-ups.

import { terms } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { aboutOwnStanding } from "./applicationAsk.ts";
import { askedFactSentences } from "./askedFacts.ts";
import {
  namesPostBesidesSkills,
  namingBalance,
  noticeLines,
  type SkillLine,
  skillLines,
  skillTerms,
  unmentionedWords,
} from "./askedSkills.ts";
import { comparisonAnswer } from "./comparisonAnswer.ts";
import { deadlineSentence, detailsText, listLine } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { namesOnlyPlace } from "./evidence.ts";
import { examples, helpAnswer, noMatchAnswer } from "./helpAnswer.ts";
import { languageNotAskedSentence } from "./languageNotAsked.ts";
import { listAnswer } from "./listAnswer.ts";
import type { Answer, Focus } from "./model.ts";
import {
  closeAlternatives,
  comparedPosts,
  NAMES_POST,
  namedPostResult,
  postNamedByOnePart,
  queryNamingPost,
} from "./namedPost.ts";
import { alsoAskedTexts, followUps, onePostText } from "./onePostText.ts";
import { ROLE_SUBJECT_WORDS } from "./roleNouns.ts";
import { roleNotNamedBy } from "./roleQualifier.ts";
import { knownSkillWords, searchAnswer } from "./searchAnswer.ts";

/** Details short enough to give for every open post when a question names none ("salaries?"). */
const ONE_LINE_DETAILS: ReadonlySet<Focus> = new Set([
  "salary",
  "location",
  "contract",
  "posts",
  "reporting",
]);

const POSTS_PLURAL = /\b(jobs|posts|vacancies|positions|roles|openings)\b/i;

/** "anything that would fit me", "could any of the posts suit him": the asker describes a candidate. */
const ASKS_WHAT_FITS =
  /\b(fit|fits|suit|suits|suited|suitable for|right for|match|matches|good for) (me|him|her|them|us|my profile|someone like me)\b/;

/** Deadline, status, requirements or a detail of one post (plus close runner-ups, named as such). */
export function onePostAnswer(base: AnswerBase, detected: DetectedIntent, context: AnswerContext): Answer {
  const { intent, focus, subject } = detected;
  const { index, now } = context;
  // "how many positions in all are open": a count naming no post is the count of the open list.
  if (!subject && focus === "posts") return listAnswer(base, { ...detected, intent: "list" }, context);
  // "how many jobs can I still apply for": a status naming posts in the plural, and none of them, is the open list.
  if (!subject && intent === "status" && POSTS_PLURAL.test(base.question))
    return listAnswer(base, { ...detected, intent: "list", focus: "overview" }, context);
  if (!subject && aboutOwnStanding(base.question, focus)) {
    return helpAnswer(
      base,
      context,
      "unknown",
      "That is not about a vacancy notice, so I cannot help with it.",
    );
  }
  if (!subject) {
    const open = index.openByDeadline(now, 5).vacancies.map((v) => itemOf(v, now));
    const text = [
      "Which post do you mean? Name it (a few words of the title are enough).",
      open.length > 0 ? "Open posts:" : "No post is open right now.",
      ...(intent === "deadline" || intent === "status"
        ? open.map((i) => `- ${deadlineSentence(i)}`)
        : intent === "details" && ONE_LINE_DETAILS.has(focus)
          ? open.map((i) => `- ${detailsText(i, focus)}`)
          : open.map(listLine)),
    ].join("\n");
    return {
      ...base,
      intent,
      focus,
      items: open,
      totalMatches: open.length,
      text,
      suggestions: examples(context),
    };
  }
  const searched = queryNamingPost(index, subject);
  const compared = comparedPosts(index, detected, searched);
  if (compared.length > 1) return comparisonAnswer(base, detected, compared, context);
  // "how many vacancies does BICES have": a place or organisation several posts share names no one
  // post, so the answer lists them all (the list states how many).
  if (searched.hits.filter((h) => namesOnlyPlace(h.vacancy, searched.terms)).length > 1)
    return listAnswer(base, { ...detected, intent: "list", focus: "overview" }, context);
  const whole = namedPostResult(index, subject, searched);
  const r =
    (whole.hits[0]?.titleCoverage ?? 0) >= NAMES_POST
      ? whole
      : (postNamedByOnePart(index, detected) ?? whole);
  const top = r.hits[0];
  if (!top) {
    // Skills in a story are read as such when the question asks for requirements or what fits the asker.
    const skills =
      intent === "requirements" || ASKS_WHAT_FITS.test(base.question.toLowerCase())
        ? knownSkillWords(index, subject)
        : null;
    if (skills !== null) return searchAnswer(base, skills, focus, context);
    return noMatchAnswer(base, intent, focus, subject, context);
  }
  // "requirements: PKI and MPLS experience" names skills, not a post: list the posts that ask for them.
  // ...unless, besides the skills, it names a post: then the answer is about that post and quotes them.
  const namedWithSkills = intent === "requirements" && namesPostBesidesSkills(top.vacancy, r.terms);
  // A pasted passage ("The NATO Office of Resources provides ... what are the requirements for that
  // job?") that only one post's notice matches is quoted from that post: the question is about it.
  const passageOf = r.total === 1 && terms(subject).length > ROLE_SUBJECT_WORDS;
  if (top.titleCoverage < NAMES_POST && !namedWithSkills && !passageOf)
    return searchAnswer(base, subject, focus, context);
  // "who is the security officer on duty tonight": one word of a title among others naming nothing
  // of the post is no question about it.
  const balance = namingBalance(top.vacancy, r.terms);
  if (focus === "overview" && balance.naming < balance.other && balance.naming < 2)
    return noMatchAnswer(base, intent, focus, subject, context);
  const main = itemOf(top.vacancy, now);
  // "is TSCM experience needed for X": quote where the notice asks for the skill named.
  // "is there travel in X": an overview quotes where the notice mentions what was asked about.
  // "is travel needed for X": what no requirement line names may still be in the description.
  const skills = skillTerms(main.vacancy, r.terms);
  const required = intent === "requirements" ? skillLines(main.vacancy, skills) : [];
  const asked =
    required.length > 0
      ? required
      : (intent === "details" && focus === "overview") ||
          (intent === "requirements" && focus !== "languages" && YES_NO.test(base.question))
        ? noticeLines(main.vacancy, skills)
        : [];
  // "is Python needed for X": a yes/no about something the notice never mentions is answered as such,
  // before the requirements it does state, rather than left for the asker to infer from the list.
  // "is there an on-call rota for X": a yes/no about a working condition the notice never names, too.
  const asksWorkPattern = intent === "details" && focus === "overview" && WORK_PATTERN.test(base.question);
  const unmentioned =
    ((intent === "requirements" && focus !== "languages") || asksWorkPattern) &&
    asked.length === 0 &&
    YES_NO.test(base.question)
      ? unmentionedWords(main.vacancy, subject, r.terms)
      : [];
  // "does X require shift work": the words are not in the notice, but what it says of working
  // hours (24/7 on-call, travel) is what the asker needs.
  const conditions = unmentioned.length > 0 ? workingConditionsBlock(base.question, main.vacancy) : "";
  const skillBlock =
    unmentioned.length > 0
      ? `The notice for ${main.vacancy.title} does not mention "${unmentioned.join(" ")}" anywhere in its requirements or description${asksWorkPattern ? "" : ", so it is not a stated requirement"}.\n${conditions}`
      : askedBlock(asked);
  const others = closeAlternatives(r.hits).map((h) => itemOf(h.vacancy, now));
  const facts =
    intent === "details" && focus === "overview" ? askedFactSentences(base.question, main.vacancy) : [];
  // "do I need French for X": a language the notice never asks for is a plain no.
  const languageNo =
    intent === "requirements" && focus === "languages" && YES_NO.test(base.question)
      ? languageNotAskedSentence(base.question, main.vacancy)
      : null;
  // "the policy officers" when the only Officer is another: say so before giving the nearest.
  const otherRole = roleNotNamedBy(subject, main.vacancy);
  const text = [
    languageNo,
    otherRole === null ? null : `No "${otherRole}" post is advertised; the nearest is ${main.vacancy.title}:`,
    ...facts,
    // "is X full-time": the fact answers; "time" found in the prose would not.
    facts.length > 0 ? null : skillBlock,
    onePostText(intent, focus, main),
    ...alsoAskedTexts(detected, main),
    others.length > 0 ? "\nOther posts that match as well:" : null,
    ...others.map((i) =>
      intent === "deadline" || intent === "status" ? `- ${deadlineSentence(i)}` : listLine(i),
    ),
  ]
    .filter((s) => s !== null)
    .join("\n");
  return {
    ...base,
    intent,
    focus,
    items: [main, ...others],
    totalMatches: r.total,
    text,
    suggestions: followUps(main.vacancy),
  };
}

/** Words about when and how the work is done, which a notice states among its working conditions. */
const WORK_PATTERN =
  /\b(shifts?|weekends?|nights?|night work|hours|overtime|on[\s-]?call|rota|standby|stand-by|24\/7|travel\w*|deployments?|irregular)\b/i;

/**
 * "does X require shift work": what the notice says of working hours, when the question asks
 * about a work pattern and the notice states conditions; "" otherwise.
 */
export function workingConditionsBlock(question: string, vacancy: Vacancy): string {
  if (!WORK_PATTERN.test(question) || vacancy.workingConditions.length === 0) return "";
  return `What the notice says about working conditions:\n${vacancy.workingConditions.map((c) => `- ${c}`).join("\n")}\n`;
}

/** A question answered by yes or no (see YES_NO). */
export function asksYesOrNo(question: string): boolean {
  return YES_NO.test(question);
}

/** A question answered by yes or no: "is X needed", "does X require", "do I need". */
const YES_NO =
  /^(is|are|does|do|did|will|would|must|should|shall|can|could)\b|\b(needed|necessary|mandatory|compulsory|obligatory|required)\b/i;

/** The notice's lines that mention what the question asked about, as a lead-in; null when none. */
export function askedBlock(asked: readonly SkillLine[]): string | null {
  if (asked.length === 0) return null;
  const what = asked.every((s) => s.list !== "notice")
    ? asked.length === 1
      ? "this requirement"
      : "these requirements"
    : "the notice";
  return `What you asked about appears in ${what}:\n${asked.map((s) => `- ${s.line} (${s.list})`).join("\n")}\n`;
}
