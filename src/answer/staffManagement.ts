// "Any roles where I'd be a team lead?", "jobs where I'd supervise people", "positions with line
// management": a question across posts about leading staff. Every notice says whom the incumbent
// works "under the supervision of", so searching "supervise" or "lead" finds posts that are led,
// not posts that lead. What answers is who reports to the post, which notices state as counts.

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

/** What else the question names ("in Brussels"), when it asks about leading staff; null otherwise. */
export function staffManagementAsked(folded: string): { rest: string } | null {
  const m = ASKED.exec(folded);
  if (!m) return null;
  const rest = `${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`;
  return { rest: extractSubject(rest, "list") };
}

function count(stated: string | null): number {
  const m = stated ? /\d+/.exec(stated) : null;
  return m ? Number(m[0]) : 0;
}

const staff = (v: Vacancy) => count(v.directReports) + count(v.indirectReports);

/** The posts in scope whose notice states staff reporting to them, most first. */
export function staffManagementAnswer(question: string, rest: string, context: AcrossPostsContext): Answer {
  const scope = postsInScope(rest, context);
  const leading = scope.posts.filter((v) => staff(v) > 0).sort((a, b) => staff(b) - staff(a));
  const among = scopeText(scope.posts.length, scope.subject, context.window?.span, scope.partial);
  const line = (v: Vacancy) =>
    `- ${postName(v)}: ${count(v.directReports)} direct and ${count(v.indirectReports)} indirect reports`;
  const matching = scope.subject === "" ? "" : ` matching "${scope.subject}"`;
  const text =
    scope.posts.length === 0
      ? [`No post${matching} is open or without a deadline.`]
      : leading.length > 0
        ? [
            `Of ${among}, ${leading.length === 1 ? "1 states" : `${leading.length} state`} staff reporting to the post, most first:`,
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
