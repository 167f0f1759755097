// "Any roles where I'd be a team lead?", "jobs where I'd supervise people", "positions with line
// management": a question across posts about leading staff. Every notice says whom the incumbent
// works "under the supervision of", so searching "supervise" or "lead" finds posts that are led,
// not posts that lead. What answers is who reports to the post, which notices state as counts.

import { NUMBER_WORD_ALTERNATION } from "../numberWords.ts";
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  listedLines,
  partialReadNote,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { postName } from "./composeAnswer.ts";
import { COMPARISON, type CountComparison, comparisonOf, passes } from "./countComparison.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";

const LEAD_ROLE = "(?:team )?(?:lead|leader|manager|supervisor|boss|head|line manager)";
const LEAD_VERB = "(?:lead|manage|supervise|oversee|line manage)";

/** The asker would lead staff in the posts asked for. */
const ASKED = new RegExp(
  [
    ` (?:where|in which|which) (?:i|you|one) (?:d|would|will|ll|could|can|get to) (?:be an? ${LEAD_ROLE}|${LEAD_VERB}(?: a team| people| staff| others)?) `,
    ` (?:with|involving|that (?:include|includes|involve|involves|have|has)) (?:people|staff|line|team) management `,
    ` (?:${LEAD_VERB}|leading|managing|supervising) (?:a team|teams|people|staff|others) `,
    ` (?:largest|biggest) (?:team|teams|staff|department|unit) `,
  ].join("|"),
);

/** Staff a count is of: those reporting directly, indirectly, or all of them. */
export type StaffKind = "direct" | "indirect" | "all";

/** "13 direct reports", "managing more than 10 people", "a team of at least 5": a number of staff. */
const COUNTED = new RegExp(
  [
    ` ${COMPARISON} (direct |indirect )?(?:reports|reportees|subordinates|staff reporting|people reporting|reporting staff|staff members reporting)(?: directly| indirectly)? `,
    ` (?:managing|supervising|leading|overseeing|manage|manages|supervise|supervises|lead|leads|oversee|oversees)(?: a team of| teams of)? ${COMPARISON}(?: (direct |indirect )?(?:people|staff|employees|persons|reports|subordinates|others|members of staff|team members))? `,
    ` (?:team|teams|staff) of ${COMPARISON} `,
  ].join("|"),
);

/** "who has the most direct reports", "fewest people reporting": a ranking by one count of staff. */
const RANKED =
  / (most|fewest|least|largest|biggest|highest|smallest|lowest) (?:number of )?(direct |indirect )?(?:reports|reportees|subordinates|staff reporting|people reporting|staff|people|team members) /;

const HAS_COUNT = new RegExp(`\\d| (?:${NUMBER_WORD_ALTERNATION}) `);
const HAS_SUPERLATIVE = / (?:most|fewest|least|largest|biggest|highest|smallest|lowest) /;

export interface StaffManagementAsked {
  /** What else the question names ("in Brussels"). */
  rest: string;
  /** "who has the most direct reports": the ranking asked for, and by which staff. */
  rank?: { order: "most" | "fewest"; kind: StaffKind };
  /** "with 13 direct reports": the number of staff asked for, and of which staff. */
  count?: { comparison: CountComparison; kind: StaffKind };
}

/** What else the question names ("in Brussels"), when it asks about leading staff; null otherwise. */
export function staffManagementAsked(folded: string): StaffManagementAsked | null {
  // Cheap looks first: a count needs a number, a ranking its superlative.
  const counted = HAS_COUNT.test(folded) ? COUNTED.exec(folded) : null;
  const ranked = counted || !HAS_SUPERLATIVE.test(folded) ? null : RANKED.exec(folded);
  const m = counted ?? ranked ?? ASKED.exec(folded);
  if (!m) return null;
  const rest = extractSubject(`${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`, "list");
  if (ranked) {
    const qualifier = (ranked[2] ?? "").trim();
    const kind: StaffKind = qualifier === "direct" || qualifier === "indirect" ? qualifier : "all";
    const order = /fewest|least|smallest|lowest/.test(ranked[1] as string) ? "fewest" : "most";
    return { rest, rank: { order, kind } };
  }
  if (!counted) return { rest };
  // Each alternative holds the four comparison groups, the first two a kind of report after them.
  const groups = counted.slice(1);
  const at = groups[1] !== undefined ? 0 : groups[6] !== undefined ? 5 : 10;
  const four = groups.slice(at, at + 4);
  const qualifier = (groups[at + 4] ?? "").trim();
  const reports = / (?:reports|reportees|subordinates|reporting) /.test(counted[0]);
  const kind: StaffKind =
    qualifier === "direct" || qualifier === "indirect" ? qualifier : reports ? "direct" : "all";
  const words = rest
    .split(" ")
    .filter((w) => w !== "" && !/^(?:direct|indirect|reports?|people|staff)$/.test(w));
  return { rest: words.join(" "), count: { comparison: comparisonOf(four), kind } };
}

function countOf(v: Vacancy, kind: StaffKind): number {
  if (kind === "direct") return count(v.directReports);
  if (kind === "indirect") return count(v.indirectReports);
  return staff(v);
}

const KIND_TEXT: Record<StaffKind, string> = {
  direct: "staff reporting directly",
  indirect: "staff reporting indirectly",
  all: "staff reporting (directly or indirectly)",
};

function count(stated: string | null): number {
  const m = stated ? /\d+/.exec(stated) : null;
  return m ? Number(m[0]) : 0;
}

const staff = (v: Vacancy) => count(v.directReports) + count(v.indirectReports);

/** The posts in scope whose notice states staff reporting to them, most first. */
export function staffManagementAnswer(
  question: string,
  asked: StaffManagementAsked,
  context: AcrossPostsContext,
): Answer {
  const scope = postsInScope(asked.rest, context);
  const counted = asked.count;
  const leading = scope.posts
    // "fewer than 5 direct reports" asks for posts that lead a few, not for the ones leading none.
    .filter((v) => staff(v) > 0 && (!counted || passes(countOf(v, counted.kind), counted.comparison)))
    .sort((a, b) => {
      const rank = asked.rank;
      if (!rank) return staff(b) - staff(a);
      const by = countOf(b, rank.kind) - countOf(a, rank.kind);
      return (rank.order === "most" ? by : -by) || staff(b) - staff(a);
    });
  const among = scopeText(scope.posts.length, scope.subject, context.window?.span, scope.partial);
  const line = (v: Vacancy) =>
    `- ${postName(v)}: ${count(v.directReports)} direct and ${count(v.indirectReports)} indirect reports`;
  const matching = scope.subject === "" ? "" : ` matching "${scope.subject}"`;
  const stating = counted
    ? `${counted.comparison.text} ${KIND_TEXT[counted.kind]}`
    : "staff reporting to the post";
  const text =
    scope.posts.length === 0
      ? [`No post${matching} is open or without a deadline.`]
      : counted
        ? [
            leading.length > 0
              ? `Of ${among}, ${leading.length === 1 ? "1 states" : `${leading.length} state`} ${stating}:`
              : `None of ${among} states ${stating}.`,
            ...listedLines(leading, line),
            partialReadNote(scope.partial),
          ]
        : leading.length > 0
          ? [
              `Of ${among}, ${leading.length === 1 ? "1 states" : `${leading.length} state`} staff reporting to the post, ${asked.rank ? `${asked.rank.order} ${KIND_TEXT[asked.rank.kind]} first` : "most first"}:`,
              ...listedLines(leading, line),
              partialReadNote(scope.partial),
            ]
          : [`None of ${among} states any staff reporting to the post.`, partialReadNote(scope.partial)];
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "reporting",
    items: leading.map((v) => itemAt(v, context.now)),
    text: text.filter((t) => t !== null).join("\n"),
  });
}
