// "Which job is the most senior?", "most junior role": notices rarely state a grade, and seniority
// is no field of theirs. What they do state is the title ("Deputy Director", "Chief", "Officer",
// "Technician") and how many staff report to the post. The answer ranks by those, says that it
// does, and shows both for each post, so the asker can judge; a stated grade is shown beside them.
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  listedLines,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { postName } from "./composeAnswer.ts";
import type { Answer } from "./model.ts";

export interface SeniorityAsked {
  order: "senior" | "junior";
}

const ASKED =
  / (?:(most|least|more|less) (senior|junior)|(senior|junior)(?:most|est)|(highest|lowest|top|bottom) (?:ranking|ranked|rank|level)|(?:ranks?|ranked) (highest|lowest)|(?:by|of|in order of|sorted by|ranked by) seniority|seniority (?:order|ranking|levels?)) /;

/** The seniority ranking a folded question asks for; null when it asks none. */
export function seniorityAsked(folded: string): SeniorityAsked | null {
  const m = ASKED.exec(folded);
  if (!m) return null;
  const low = /(least|less) senior|(most|more) junior|junior(most|est)|lowest|bottom/.test(m[0]);
  return { order: low ? "junior" : "senior" };
}

/** Title words by rank, highest first: the first that a title holds gives its rank. */
const TITLE_RANKS: readonly { rank: number; word: RegExp; label: string }[] = [
  {
    rank: 6,
    word: /\b(director general|secretary general|assistant secretary general)\b/i,
    label: "Director General",
  },
  { rank: 5, word: /\bdirector\b/i, label: "Director" },
  { rank: 4, word: /\b(chief|head)\b/i, label: "Chief / Head" },
  { rank: 3, word: /\b(manager|lead|leader|principal|senior)\b/i, label: "Manager / Lead" },
  {
    rank: 2,
    word: /\b(officer|specialist|analyst|engineer|adviser|advisor|coordinator)\b/i,
    label: "Officer / Specialist",
  },
  {
    rank: 1,
    word: /\b(technician|operator|assistant|clerk|administrator|support)\b/i,
    label: "Technician / Operator / Assistant",
  },
];

/** A deputy ranks just under the title it deputises. */
const DEPUTY = /\b(deputy|vice|assistant)\b/i;

function titleRank(title: string): { rank: number; label: string | null } {
  const found = TITLE_RANKS.find((r) => r.word.test(title));
  if (!found) return { rank: 0, label: null };
  const deputy = DEPUTY.test(title) && found.rank >= 4;
  return { rank: found.rank - (deputy ? 0.5 : 0), label: deputy ? `Deputy ${found.label}` : found.label };
}

/** Staff reporting to the post, direct and indirect, as the notice counts them (N/A and words count 0). */
function staffCount(v: Vacancy): { direct: number; indirect: number } {
  const n = (s: string | null) => {
    const m = s ? /\d+/.exec(s) : null;
    return m ? Number(m[0]) : 0;
  };
  return { direct: n(v.directReports), indirect: n(v.indirectReports) };
}

function line(v: Vacancy): string {
  const { label } = titleRank(v.title);
  const { direct, indirect } = staffCount(v);
  const staff =
    direct + indirect > 0
      ? `${direct} direct and ${indirect} indirect reports`
      : "no staff reporting to it stated";
  const reportsTo = v.reportsTo ? `; reports to ${v.reportsTo}` : "";
  const grade = v.grade ? `; grade ${v.grade}` : "";
  return `- ${postName(v)}: title rank ${label ?? "not recognised"}; ${staff}${reportsTo}${grade}`;
}

/** The posts open or without a deadline, ranked by title and staff reporting to them. */
export function seniorityAnswer(
  question: string,
  asked: SeniorityAsked,
  context: AcrossPostsContext,
): Answer {
  const scope = postsInScope("", context);
  const key = (v: Vacancy) => {
    const { direct, indirect } = staffCount(v);
    return titleRank(v.title).rank * 1_000_000 + direct * 1_000 + indirect;
  };
  const sign = asked.order === "senior" ? -1 : 1;
  const posts = [...scope.posts].sort((a, b) => sign * (key(a) - key(b)));
  const first = posts[0];
  const text = first
    ? [
        `The notices state no seniority${posts.some((v) => v.grade) ? "" : " and no grade"}, so this ranks ${scopeText(posts.length, "", undefined, scope.partial)} by the rank their titles name, then by the staff reporting to them (an estimate, not an official grading), most ${asked.order} first:`,
        ...listedLines(posts, line),
      ].join("\n")
    : "No post is open or without a deadline, so there is nothing to rank.";
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "overview",
    items: posts.map((v) => itemAt(v, context.now)),
    text,
  });
}
