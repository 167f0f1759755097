// "Which notices were published when?", "when were the jobs posted", "which posts did we announce
// last month": the publication dates across the notices. Many notices give none (an empty
// "Published:" field, or only "Posted: 3 hours ago" relative to a page visit), so the answer
// says plainly which give none rather than guess from the deadline.
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  listedLines,
  noticesToRead,
  partialReadNote,
} from "./acrossPosts.ts";
import { dayText, postName } from "./composeAnswer.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";

const VERB = "(?:published|posted|announced|advertised|put up|put out|released|went live|went up)";
const BASE = "(?:publish|post|announce|advertise|put up|put out|release)";
const POSTS = "(?:notices|posts|jobs|vacancies|roles|positions|openings|adverts|announcements|ads)";

/** Publication asked about across notices, in folded text. */
const ASKED = new RegExp(
  [
    ` when (?:were|was|did) (?:\\w+ ){0,4}(?:${VERB}|${BASE}|go live|go up) `,
    ` ${VERB} when `,
    ` (?:what|anything|which|what s|whats) (?:was|were|got|has been|have been|s been|been) ${VERB} `,
    ` publication dates? `,
    ` dates? (?:of )?publication `,
    ` (?:which|what) (?:\\w+ )?${POSTS} (?:were|was|got|have been|did we|have we|we|did you|did they) (?:${VERB}|${BASE}) `,
    ` ${POSTS} (?:were |was |got |have been )?${VERB} (?:last|this|in|on|since|before|after|recently|yesterday|today) `,
  ].join("|"),
);

const PUBLISHING_WORD =
  /publi|posted|announc|advertis|releas|put (?:up|out)|went (?:live|up)|go (?:live|up)| (?:we|you|they) post /;

/** Words of the publication question, which name no post. */
const NOT_A_SUBJECT =
  /^(?:published|posted|announced|advertised|publish|post|announce|advertise|publication|date|dates|put|up|released|release|went|go|live|last|this|week|month|year|recently|yesterday|today|since|before|after|ads|adverts|announcements|notice|notices)$/;

/** What else a question about publication dates names, or null when it asks about none. */
export function publicationAsked(folded: string): { rest: string } | null {
  // Most questions name no publishing: one cheap look spares them the patterns.
  if (!PUBLISHING_WORD.test(folded)) return null;
  const m = ASKED.exec(folded);
  if (!m) return null;
  // The words a pattern spans may name the post ("when was the NOSC chief notice published").
  const rest = extractSubject(folded, "list")
    .split(" ")
    .filter((w) => w !== "" && !NOT_A_SUBJECT.test(w))
    .join(" ");
  return { rest };
}

/** The publication dates the notices give, newest first, and which notices give none. */
export function publicationDatesAnswer(question: string, context: AcrossPostsContext): Answer {
  const { posts, partial } = noticesToRead(context.index, context.now);
  const dated = posts
    .filter((v): v is Vacancy & { publishedDate: string } => v.publishedDate !== null)
    .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate));
  const undated = posts.filter((v) => v.publishedDate === null);
  const notices = (n: number) => (n === 1 ? "1 notice" : `${n} notices`);
  // Each line gives the deadline too: "when were they published and when do they close".
  const closes = (v: Vacancy) => itemAt(v, context.now).deadline.label;
  const text =
    posts.length === 0
      ? ["There are no notices."]
      : dated.length === 0
        ? [
            `There is no publication date in any of the ${notices(posts.length)}, so I cannot say when they were published. Their deadlines:`,
            ...listedLines(posts, (v) => `- ${postName(v)}: ${closes(v)}`),
          ]
        : [
            `${dated.length} of the ${notices(posts.length)} ${dated.length === 1 ? "gives" : "give"} a publication date, newest first:`,
            ...listedLines(
              dated,
              (v) => `- ${postName(v)}: published ${dayText(v.publishedDate)}; ${closes(v)}`,
            ),
            undated.length > 0
              ? `No publication date is given by: ${undated.map((v) => v.title).join("; ")}.`
              : null,
          ];
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "notice",
    items: [...dated, ...undated].map((v) => itemAt(v, context.now)),
    text: [...text, partialReadNote(partial)].filter((t) => t !== null).join("\n"),
  });
}
