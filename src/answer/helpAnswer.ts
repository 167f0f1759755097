// Help and no-match answers: what the bot can answer, with examples naming a real post.

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
  const related = relatedByField(subject, context);
  const answer = helpAnswer(base, context, intent, related ? `${related}\n${lead}` : lead);
  return { ...answer, focus };
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
