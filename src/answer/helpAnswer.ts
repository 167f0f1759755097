// Help and no-match answers: what the bot can answer, with examples naming a real post.

import { isKnownCity, isKnownCountry } from "../geography.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { listLine } from "./composeAnswer.ts";
import type { Answer, Focus, Intent } from "./model.ts";
import { fieldOf, namedRoles } from "./roleNouns.ts";

/** Example questions using a real title (the soonest-closing open post, else the last closed one). */
export function examples(context: AnswerContext): string[] {
  const sample =
    context.index.openByDeadline(context.now, 1).vacancies[0] ??
    context.index.recentlyClosed(context.now, 1)[0];
  const title = sample?.title ?? "Network Technician";
  return [
    "What's open?",
    `When does the ${title} post close?`,
    `What are the requirements for ${title}?`,
    "Which jobs need Cisco experience?",
    `Is ${title} still open?`,
  ];
}

export function helpAnswer(base: AnswerBase, context: AnswerContext, intent: Intent, lead?: string): Answer {
  const suggestions = examples(context);
  const text = [
    lead ??
      "I answer questions about the vacancy notices: which posts are open, deadlines, requirements (languages, education, experience), salary, contract, number of posts, reporting lines and what to attach to an application.",
    "Ask in your own words, for example:",
    ...suggestions.map((s) => `- ${s}`),
  ].join("\n");
  return { ...base, intent, focus: "overview", items: [], totalMatches: 0, text, suggestions };
}

export function noMatchAnswer(
  base: AnswerBase,
  intent: Intent,
  focus: Focus,
  subject: string,
  context: AnswerContext,
): Answer {
  const what = (subject || base.question).slice(0, 120);
  // "which jobs need a driving licence": a skill search that matches nothing is a fact about the notices.
  const found =
    intent === "search" && subject
      ? `No vacancy notice asks for or mentions "${what}".`
      : `I could not find a vacancy matching "${what}".`;
  const lead = `${found} I can only answer about the posts in the vacancy notices: what is open, deadlines, requirements, salary, contract and how to apply.`;
  const related = relatedByField(subject, context) ?? elsewhere(subject, context);
  const answer = helpAnswer(base, context, intent, related ? `${related}\n${lead}` : lead);
  return { ...answer, focus };
}

/** Posts read to say where the open ones are: a few hundred give the places without reading them all. */
const PLACES_SCAN = 200;

/**
 * "anything open in Mons?" when no post is there: a place no post names, and where the posts open
 * or without a deadline are instead. Null when the subject names no known city or country.
 */
function elsewhere(subject: string, context: AnswerContext): string | null {
  const known = (p: string) => isKnownCity(p) || isKnownCountry(p);
  // "The Hague" reaches here as "hague": its article is a question word.
  const place = [subject.trim(), `the ${subject.trim()}`].find((p) => p !== "the " && known(p));
  if (place === undefined) return null;
  const open = context.index.openByDeadline(context.now, PLACES_SCAN);
  const undated = context.index.withoutDeadline(Math.max(0, PLACES_SCAN - open.vacancies.length));
  const counts = new Map<string, number>();
  for (const v of [...open.vacancies, ...undated.vacancies]) {
    const city = v.location?.split(",")[0]?.trim() || "no place given";
    counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const name = place.replace(/\b\w/g, (c) => c.toUpperCase());
  if (counts.size === 0) return `No post is open in ${name}, nor anywhere else.`;
  const where = [...counts].sort((a, b) => b[1] - a[1]).map(([city, n]) => `${city} (${n})`);
  return `No post in ${name} is open or without a deadline. Those that are, by place: ${where.join(", ")}.`;
}

/**
 * "network engineer" when no post is for an engineer: the open posts of the same field (without
 * the occupation word), named as such so nobody reads them as an engineer post. Null when the
 * subject names no occupation or its field matches nothing.
 */
function relatedByField(subject: string, context: AnswerContext): string | null {
  const roles = namedRoles(subject);
  const field = roles.length > 0 ? fieldOf(subject) : "";
  if (!field) return null;
  const r = context.index.query(field, { limit: 3, openOrUndatedAt: context.now });
  if (r.hits.length === 0) return null;
  return [
    `No ${roles.join(" or ")} post is advertised. Open posts in the same field (${field}):`,
    ...r.hits.map((h) => listLine(itemOf(h.vacancy, context.now))),
  ].join("\n");
}
