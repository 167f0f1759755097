// "Which job pays the most?", "best paid job", "highest grade", "lowest salary": a ranking of the
// posts by what their notices state. Most notices state no pay or grade, so the answer says how
// many do and ranks only those, never guessing the rest; pay is compared as written (currencies
// and periods are not converted).
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  listedLines,
  noPostInWindow,
  postNamedBy,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { postName } from "./composeAnswer.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";
import { highestAmount, lowestAmount } from "./salaryFloor.ts";

export interface PayRankAsked {
  field: "salary" | "grade";
  order: "highest" | "lowest";
  /** What else the question names ("in BICES"); empty when nothing. */
  rest: string;
  /** "pays more than the network technician": what the posts are compared with; absent for a plain ranking. */
  than?: string;
}

/** "salary range across the jobs", "pay of all the posts": pay across the posts, read as a ranking. */
const PAY_ACROSS =
  / (?:salary|salaries|pay|wages?|grades?)(?: ranges?| levels?| scales?)? (?:across|for all|of all|in all|for each|of each|for every|of|for|in) (?:all )?(?:the |these |your )?(?:jobs|posts|positions|vacancies|roles|openings) /;

const PAY =
  "(?:paid|paying|pay|pays|salary|salaries|wage|wages|remuneration|compensation|earning|earnings|grade|grades|money)";
const MOST =
  "(?:most|best|highest|top|biggest|largest|greatest|maximum|max|lowest|least|worst|smallest|minimum|min)";
/** A superlative or comparative next to a word of pay ("highest salary", "pays the most", "better paid"). */
const PAY_RANK = new RegExp(
  ` ${MOST} ${PAY} | (?:pays?|paid|paying|earns?|earning) (?:the )?(?:${MOST}|more|less|better|worse) | (?:higher|lower|better|bigger|smaller) ${PAY} `,
);
const LOW = / (lowest|least|worst|smallest|minimum|min|lower|less|worse|smaller) /;
/** "cyber jobs sorted by pay", "rank jobs by salary": a ranking asked in so many words. */
const SORTED_BY_PAY =
  / (?:sorted|ranked|ordered|sort|rank|order|list)(?: \w+)? by (?:pay|salary|salaries|wages?|grades?) /;
/** A word of pay with a plural post noun ("what do the open posts pay"): the posts' pay, highest first. */
const PAY_WORD = / (?:pay|pays|paid|paying|salary|salaries|wages?|remuneration|earn|earns) /;
const POSTS = / (?:jobs|posts|positions|vacancies|roles|openings) /;
/** An amount asks for a floor ("jobs paying over 70k"), which the list rules read, not a ranking. */
const AMOUNT = / \d/;

/** Words of a ranking or a currency, which name no post. */
const RANK_WORDS = new RegExp(
  `^${MOST}$|^(?:more|less|better|worse|higher|lower|paying|well|range|ranges|like|across|sorted|ranked|ordered|sort|rank|order|by|euros?|eur|dollars?|usd|pounds?|gbp|sterling)$`,
);

/** The pay ranking a folded question asks for; null when it asks none. */
export function payRankAsked(folded: string): PayRankAsked | null {
  const m =
    PAY_RANK.exec(folded) ??
    PAY_ACROSS.exec(folded) ??
    SORTED_BY_PAY.exec(folded) ??
    (POSTS.test(folded) && !AMOUNT.test(folded) ? PAY_WORD.exec(folded) : null);
  if (!m) return null;
  const field =
    / grades? /.test(m[0]) || (/ grades? /.test(folded) && !/ (salary|pay|paid|paying|pays) /.test(folded))
      ? "grade"
      : "salary";
  const order = LOW.test(m[0]) ? "lowest" : "highest";
  // "... more than the network technician": the words after "than" name what is compared with.
  const after = folded.slice(m.index + m[0].length - 1);
  const thanAt = after.indexOf(" than ");
  const than = thanAt >= 0 ? extractSubject(after.slice(thanAt + 6), "details") : "";
  const beside = thanAt >= 0 ? after.slice(0, thanAt + 1) : after;
  const rest = extractSubject(`${folded.slice(0, m.index)} ${beside}`, "details")
    .split(" ")
    .filter((w) => w !== "" && !RANK_WORDS.test(w))
    .join(" ");
  const asked: PayRankAsked = { field, order, rest };
  if (than) asked.than = than;
  return asked;
}

function capitalised(text: string): string {
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/** A grade's scale and step ("A2" -> A, 2; "NATO Grade G15" -> G, 15), or null when it has none. */
function gradeStep(grade: string): { scale: string; step: number } | null {
  const m = /([a-z]*)\s*-?\s*(\d+)\s*$/i.exec(grade.replace(/\b(nato|grade)\b/gi, "").trim());
  return m ? { scale: (m[1] as string).toUpperCase(), step: Number(m[2]) } : null;
}

/** The posts stating the field, ranked; `comparable` is false when grades are on different scales. */
function ranked(asked: PayRankAsked, posts: readonly Vacancy[]): { stated: Vacancy[]; comparable: boolean } {
  const sign = asked.order === "highest" ? -1 : 1;
  if (asked.field === "salary") {
    const amount = (v: Vacancy) =>
      (asked.order === "highest" ? highestAmount(v.salary) : lowestAmount(v.salary)) ?? 0;
    const stated = posts.filter((v) => highestAmount(v.salary) !== null);
    return { stated: stated.sort((a, b) => sign * (amount(a) - amount(b))), comparable: true };
  }
  const stated = posts.filter((v) => v.grade !== null);
  const steps = stated.map((v) => gradeStep(v.grade as string));
  const scales = new Set(steps.map((s) => s?.scale));
  const comparable = steps.every((s) => s !== null) && scales.size <= 1;
  if (!comparable) return { stated, comparable };
  const step = (v: Vacancy) => gradeStep(v.grade as string)?.step ?? 0;
  return { stated: stated.sort((a, b) => sign * (step(a) - step(b))), comparable };
}

const stated = (v: Vacancy, field: PayRankAsked["field"]) => (field === "salary" ? v.salary : v.grade);

/**
 * "Which jobs pay more than the network technician": the posts whose stated pay is above (or
 * below) the named post's, or, when that notice states none, that nothing can be compared and
 * which posts do state pay.
 */
function comparedPayAnswer(
  question: string,
  asked: PayRankAsked,
  reference: Vacancy,
  context: AcrossPostsContext,
): Answer {
  const { field, order } = asked;
  const others = postsInScope(asked.rest, context).posts.filter((v) => v.id !== reference.id);
  const { stated: ranking, comparable } = ranked(asked, others);
  const than = order === "highest" ? "more" : "less";
  const value = (v: Vacancy) =>
    field === "salary" ? (highestAmount(v.salary) ?? 0) : (gradeStep(v.grade ?? "")?.step ?? 0);
  const own = stated(reference, field);
  const refStep = field === "grade" && own ? gradeStep(own) : null;
  const measurable = own !== null && (field === "salary" || (comparable && refStep !== null));
  const beyond = measurable
    ? ranking.filter((v) => (order === "highest" ? value(v) > value(reference) : value(v) < value(reference)))
    : ranking;
  const line = (v: Vacancy) => `- ${postName(v)}: ${stated(v, field)}`;
  const text = measurable
    ? [
        beyond.length > 0
          ? `${beyond.length} of the ${others.length} other posts open or without a deadline state ${field === "salary" ? "pay" : "a grade"} ${order === "highest" ? "above" : "below"} ${postName(reference)} (${own}):`
          : `No other post open or without a deadline states ${field === "salary" ? "pay" : "a grade"} ${order === "highest" ? "above" : "below"} ${postName(reference)} (${own}).`,
        ...listedLines(beyond, line),
      ].join("\n")
    : [
        `The notice for ${postName(reference)} states no ${field}, so no post can be said to pay ${than} than it.`,
        ranking.length > 0
          ? `${ranking.length === 1 ? "One other post states" : `${ranking.length} other posts state`} a ${field}:`
          : `No other post open or without a deadline states one either.`,
        ...listedLines(ranking, line),
      ].join("\n");
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "salary",
    items: beyond.map((v) => itemAt(v, context.now, stated(v, field) ?? undefined)),
    text,
    suggestions: [`Salary and contract for ${reference.title}`],
  });
}

/**
 * The ranking a pay question asks for over the posts in scope; null when it names one post (its
 * own salary answer says it) or what it names matches no open post.
 */
export function payRankingAnswer(
  question: string,
  asked: PayRankAsked,
  context: AcrossPostsContext,
): Answer | null {
  if (postNamedBy(asked.rest, context.index)) return null;
  const reference = asked.than ? postNamedBy(asked.than, context.index) : null;
  if (reference) return comparedPayAnswer(question, asked, reference, context);
  const { posts, subject, partial } = postsInScope(asked.rest, context);
  if (posts.length === 0) return noPostInWindow(question, subject, context);
  const { field, order } = asked;
  const { stated: ranking, comparable } = ranked(asked, posts);
  const scope = scopeText(posts.length, subject, context.window?.span, partial);
  const line = (v: Vacancy) => `- ${postName(v)}: ${stated(v, field)}`;
  const other: PayRankAsked["field"] = field === "salary" ? "grade" : "salary";
  const otherStated = posts.filter((v) => stated(v, other) !== null);
  let text: string;
  let shown = ranking;
  let shownField = field;
  if (ranking.length === 0) {
    text = [
      posts.length === 1
        ? `${capitalised(scope)} does not state a ${field}.`
        : `None of ${scope} states a ${field}, so I cannot rank them by ${field}.`,
      otherStated.length > 0
        ? `${otherStated.length === 1 ? "One states" : `${otherStated.length} state`} a ${other}:`
        : null,
      ...listedLines(otherStated, (v) => `- ${postName(v)}: ${stated(v, other)}`),
    ]
      .filter((l) => l !== null)
      .join("\n");
    shown = otherStated;
    shownField = other;
  } else if (ranking.length === 1) {
    const v = ranking[0] as Vacancy;
    text = `Only 1 of ${scope} states a ${field}: ${postName(v)}, ${stated(v, field)}. The other ${posts.length - 1} do not state one, so there is nothing to rank it against.`;
  } else {
    const how = !comparable
      ? "as stated (on different scales, so not ranked)"
      : field === "salary"
        ? `${order} first (amounts as written; currencies and periods are not converted)`
        : `${order} first`;
    const unstated = posts.length - ranking.length;
    text = [
      `${ranking.length} of ${scope} state a ${field}, ${how}:`,
      ...listedLines(ranking, line),
      unstated === 1
        ? "The other one does not state one."
        : unstated > 1
          ? `The other ${unstated} do not state one.`
          : null,
    ]
      .filter((l) => l !== null)
      .join("\n");
  }
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "salary",
    items: shown.map((v) => itemAt(v, context.now, stated(v, shownField) ?? undefined)),
    text,
    suggestions: shown.slice(0, 3).map((v) => `Salary and contract for ${v.title}`),
  });
}
