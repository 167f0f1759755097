// The words of an answer about conditions of appointment (security clearance, medical check,
// nationality, ...): the notice's own sentences quoted, and a notice that says nothing about a
// condition reported as saying nothing (never as not requiring it).
import { foldText } from "../search/text.ts";
import {
  APPLICATION_CONDITIONS,
  type ApplicationCondition,
  type ConditionGroup,
  conditionLines,
} from "./applicationConditions.ts";
import { listLine, postName } from "./composeAnswer.ts";
import type { AnswerItem } from "./model.ts";

/** A longer sentence is quoted only around where it states the condition... */
const QUOTE_CHARS = 360;
/** ...from about this many characters before the words that state it. */
const QUOTE_LEAD = 140;

/**
 * A sentence quoted; a long one (notes run sentences together) only around the words that state
 * the condition, so the quote shows them.
 */
function quote(line: string, conditions: readonly ApplicationCondition[]): string {
  if (line.length <= QUOTE_CHARS) return `"${line}"`;
  const found = conditions.map((c) => line.search(c.stated)).filter((i) => i >= 0);
  const at = found.length > 0 ? Math.min(...found) : 0;
  const from = at > QUOTE_LEAD ? line.indexOf(" ", at - QUOTE_LEAD) + 1 : 0;
  const to = Math.min(line.length, from + QUOTE_CHARS);
  const body = to < line.length ? line.slice(from, to).replace(/\s+\S*$/, "") : line.slice(from);
  return `"${from > 0 ? "... " : ""}${body}${to < line.length ? " ..." : ""}"`;
}

/** "a security clearance or a medical check". */
function names(conditions: readonly ApplicationCondition[]): string {
  return conditions.map((c) => c.name).join(" or ");
}

/** The notice's sentences stating any of the conditions. */
function linesOf(item: AnswerItem, conditions: readonly ApplicationCondition[]): string[] {
  return [...new Set(conditions.flatMap((c) => conditionLines(item.vacancy, c)))];
}

/** How a silent notice's other statements of the same group are introduced; the terms are the post's details. */
const GROUP_HEADING: Record<ConditionGroup, string | null> = {
  appointment: "The conditions it does state:",
  work: "What it says about the working conditions:",
  terms: null,
};

/** A date as notices write one ("17 June 2024", "29/01/2026", "2024"). */
const DATE_IN_TEXT =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(19|20)\d\d\b/i;

/** A detail asked of a condition: its date ("when are the interviews"), its level ("clearance level"). */
export interface AskedDetail {
  when?: boolean;
  level?: boolean;
  /** The (folded) question, so a term asked that the quoted sentences never name can be said to be missing. */
  question?: string;
}

/**
 * "is there an on-call rota for X" where X's notice speaks of working hours but never of on-call:
 * the words of the question that asked the condition, when they are a term a notice would state
 * and none of the sentences quoted states them.
 */
function termNotStated(
  c: ApplicationCondition,
  question: string | undefined,
  lines: readonly string[],
): string | null {
  if (!question) return null;
  const folded = lines.map((l) => ` ${foldText(l)} `);
  for (const match of question.matchAll(new RegExp(c.asked.source, "g"))) {
    const term = match[0].trim();
    if (c.stated.test(term) && !folded.some((l) => l.includes(` ${term} `))) return term;
  }
  return null;
}

/**
 * One post: what its notice says about each condition asked, or that it says nothing (and what it
 * does state). A detail asked that the quoted sentences do not give ("when are the interviews":
 * no date; "what clearance level": no level) is said not to be given, rather than leave the asker
 * to look for it in the quotes.
 */
export function conditionPostText(
  item: AnswerItem,
  conditions: readonly ApplicationCondition[],
  asked: AskedDetail = {},
): string {
  const name = postName(item.vacancy);
  const parts: string[] = [];
  // "proof of my degree at the interview": a sentence stating two conditions asked is quoted once.
  const quoted = new Set<string>();
  for (const c of conditions) {
    const stating = conditionLines(item.vacancy, c);
    const lines = stating.filter((l) => !quoted.has(l));
    for (const l of lines) quoted.add(l);
    if (stating.length > 0 && lines.length === 0) continue;
    const undated =
      asked.when && !lines.some((l) => DATE_IN_TEXT.test(l)) ? "\nIt gives no date for them." : "";
    const unlevelled =
      asked.level && c.levels && !lines.some((l) => c.levels?.test(l))
        ? "\nIt does not state which level."
        : "";
    const missing = lines.length > 0 ? termNotStated(c, asked.question, lines) : null;
    if (missing) parts.push(`${name}: the notice does not mention "${missing}".`);
    parts.push(
      lines.length > 0
        ? `${missing ? "On" : `${name}: on`} ${c.name}, the notice says:\n${lines.map((l) => `- ${quote(l, [c])}`).join("\n")}${undated}${unlevelled}`
        : `${name}: the notice does not mention ${c.name}.`,
    );
  }
  const silent = conditions.filter((c) => conditionLines(item.vacancy, c).length === 0);
  for (const group of new Set(silent.map((c) => c.group))) {
    const related = APPLICATION_CONDITIONS.filter((c) => c.group === group && !conditions.includes(c));
    // The work: whatever the notice says of how it is done (travel, hours) is what there is to say.
    const stated =
      group === "work"
        ? item.vacancy.workingConditions
        : [...new Set(related.flatMap((c) => conditionLines(item.vacancy, c)))];
    const heading = GROUP_HEADING[group];
    if (heading && stated.length > 0)
      parts.push(`${heading}\n${stated.map((l) => `- ${quote(l, related)}`).join("\n")}`);
  }
  parts.push(`Status: ${item.deadline.label}.`);
  return parts.join("\n");
}

/** "... and 4 more.", or "" when the list is shown in full. */
function more(total: number, limit: number): string {
  return total > limit ? `... and ${total - limit} more.` : "";
}

/** A list of posts by a condition: the items listed, how many, and the answer's lines. */
export interface ConditionList {
  items: AnswerItem[];
  lines: string[];
}

/**
 * Of the posts in scope (`scope` names them: "posts open or without a deadline as of 5 June
 * 2024"), those whose notice states the condition, each with the sentence quoted, and those that
 * say nothing about it; `negated` ("jobs that don't need a clearance") lists the silent ones.
 */
export function conditionList(
  posts: readonly AnswerItem[],
  conditions: readonly ApplicationCondition[],
  scope: string,
  negated: boolean,
  /** Posts named in each part of the answer, at most; the counts are always stated. */
  limit: number,
): ConditionList {
  const what = names(conditions);
  const stating = posts.filter((i) => linesOf(i, conditions).length > 0);
  const silent = posts.filter((i) => linesOf(i, conditions).length === 0);
  if (posts.length === 0) return { items: [], lines: [`There are no ${scope}.`] };
  const of = `${stating.length} of ${posts.length} ${scope}`;
  if (negated) {
    if (silent.length === 0)
      return { items: [], lines: [`Every one of the ${posts.length} ${scope} mentions ${what}.`] };
    return {
      items: silent,
      lines: [
        `${silent.length} of ${posts.length} ${scope} ${silent.length === 1 ? "does" : "do"} not mention ${what} (the notice says nothing about it, which is not a promise that none is needed):`,
        ...silent.slice(0, limit).map(listLine),
        more(silent.length, limit),
        stating.length > 0
          ? `The other ${stating.length} ${stating.length === 1 ? "mentions" : "mention"} ${what}.`
          : "",
      ].filter((l) => l !== ""),
    };
  }
  if (stating.length === 0) {
    return {
      items: [],
      lines: [
        posts.length === 1
          ? `The notice of the one ${scope.replace(/^posts\b/, "post")} does not mention ${what}.`
          : `No notice of the ${posts.length} ${scope} mentions ${what}.`,
      ],
    };
  }
  const lines = [
    `${of} ${stating.length === 1 ? "mentions" : "mention"} ${what}:`,
    ...stating
      .slice(0, limit)
      .flatMap((i) => [listLine(i), ...linesOf(i, conditions).map((l) => `  ${quote(l, conditions)}`)]),
  ];
  // The card shows each post's first such sentence under it.
  const quoted = stating.map((i) => {
    const first = linesOf(i, conditions)[0];
    return first ? { ...i, quote: quote(first, conditions).slice(1, -1) } : i;
  });
  lines.push(more(stating.length, limit));
  if (silent.length > 0) {
    lines.push(
      `${silent.length === 1 ? "The notice of this post does" : "The notices of these posts do"} not mention ${what}:`,
      ...silent.slice(0, limit).map(listLine),
      more(silent.length, limit),
    );
  }
  return { items: quoted, lines: lines.filter((l) => l !== "") };
}
