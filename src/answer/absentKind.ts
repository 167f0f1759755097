// "Is there an internship?", "any remote jobs?", "freelance work?": a question about a kind of post
// the notices may not advertise at all. Searching for the word finds nothing and says "could not
// find 'internship'", which reads as a failure; the answer says whether any notice is of that kind
// and, when none is, what the posts are instead (working time, contract) and which are open.
// The kind's words are whole words, so "intern" never matches "internal" or "international".
import { foldText } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  noticesToRead,
  partialReadNote,
  postNamedBy,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { listLine, postName } from "./composeAnswer.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";

/** A kind of post: the words that ask for it and the words by which a notice states it. */
interface PostKind {
  label: string;
  /** Words to search for the notices that may state the kind (then checked with `stated`). */
  query: string;
  asked: RegExp;
  /** Matched against the folded title, working time, category and contract. */
  stated: RegExp;
  /** For a kind a notice states in its prose (telework): matched against the prose as written. */
  prose?: RegExp;
}

const POST_WORDS = "(?:posts?|positions?|jobs?|roles?|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|work)";

const KINDS: readonly PostKind[] = [
  {
    label: "internship",
    query: "internship interns intern",
    asked: / (internships?|interns?|interning) /,
    stated: /\b(internships?|interns?)\b/,
  },
  {
    label: "traineeship",
    query: "traineeship trainee",
    asked: / (traineeships?|trainees?) /,
    stated: /\b(traineeships?|trainees?)\b/,
  },
  {
    label: "apprenticeship",
    query: "apprenticeship apprentice",
    asked: / (apprenticeships?|apprentices?) /,
    stated: /\b(apprenticeships?|apprentices?)\b/,
  },
  { label: "part-time post", query: "part time", asked: / part time /, stated: /\bpart time\b/ },
  {
    label: "remote (telework) post",
    query: "telework teleworking remote remotely hybrid home",
    // "remote sensing", "remote sites" name skills: "remote" alone asks for a kind only before a word
    // of work, or after one at the end ("is the X job remote?").
    asked: new RegExp(
      ` (remotely|telework|teleworking|work from home|working from home|wfh|home office|hybrid work|hybrid working|flexitime|flexi time|flexible working|flexible hours)(?= )| remote (${POST_WORDS}|working|options?|possible|allowed)(?= )| ${POST_WORDS} (is |be )?(remote|hybrid) $|^ remote $`,
    ),
    stated: /\b(telework\w*|remote work\w*|work\w* remotely|work\w* from home|hybrid working)\b/,
    prose:
      /\b(telework\w*|remote[\s-]work\w*|work\w* remotely|work\w* from home|hybrid[\s-]working|flexi[\s-]?time|flexible[\s-]working)\b/i,
  },
  {
    label: "freelance work",
    query: "freelance freelancer contractor",
    asked: new RegExp(` (freelance|freelancer|freelancers|freelancing|contractors? ${POST_WORDS}) `),
    stated: /\b(freelanc\w*|contractor (post|position))\b/,
  },
  {
    label: "consultancy",
    query: "consultant consultancy",
    asked: / (consultants?|consultancy|consultancies) /,
    stated: /\b(consultants?|consultancy)\b/,
  },
  {
    label: "military post",
    query: "military uniformed",
    asked: new RegExp(` (military ${POST_WORDS}|soldiers?|uniformed ${POST_WORDS}|army ${POST_WORDS}) `),
    stated: /\b(military (post|position)|uniformed)\b/,
  },
  {
    label: "volunteer post",
    query: "volunteer volunteering",
    asked: / (volunteers?|volunteering) /,
    stated: /\b(volunteers?|volunteering|unpaid)\b/,
  },
  {
    label: "student job",
    query: "student summer",
    asked: new RegExp(` (student|students|summer) ${POST_WORDS} `),
    stated: /\b(student (job|post|position)|summer (job|post|position))\b/,
  },
];

/** A word every kind's question holds the start of: most questions have none, and skip the kinds. */
const KIND_HINT =
  /intern|trainee|apprentic|part.?time|remote|telework|home|wfh|hybrid|flexi|freelanc|contractor|consult|military|soldier|uniformed|army|volunteer|student|summer/i;

/** Whether a question (as written) may ask about a kind of post; cheap, before folding it. */
export function mayAskPostKind(question: string): boolean {
  return KIND_HINT.test(question);
}

/** The kind of post a folded question asks about, and what else it names; null when it names no kind. */
export function postKindAsked(folded: string): { kind: PostKind; rest: string } | null {
  if (!KIND_HINT.test(folded)) return null;
  for (const kind of KINDS) {
    const m = kind.asked.exec(folded);
    if (!m) continue;
    const rest = extractSubject(`${folded.slice(0, m.index)} ${folded.slice(m.index + m[0].length)}`, "list")
      .split(" ")
      .filter((w) => w !== "" && !/^(work|working|there|advertised|offered)$/.test(w))
      .join(" ");
    return { kind, rest };
  }
  return null;
}

function kindText(v: Vacancy): string {
  const fields = [v.title, v.jobType, v.category, v.contract?.type ?? null, v.contract?.text ?? null];
  return foldText(fields.filter((t) => t).join(" "));
}

/** Whether a notice advertises the kind: in its title, working time, category or contract. */
function statesKind(v: Vacancy, kind: PostKind): boolean {
  return kind.stated.test(kindText(v));
}

/**
 * Where a notice that does not advertise a prose kind still mentions it, as written ("The
 * organization offers ... Teleworking and Flexible Working arrangements"): a working condition,
 * an application note, else a sentence of its prose; null when it does not.
 */
function kindMention(v: Vacancy, kind: PostKind): string | null {
  const prose = kind.prose;
  if (!prose) return null;
  const line = [...v.workingConditions, ...v.applicationNotes].find((t) => prose.test(t));
  if (line) return line;
  // The prose is long: tested as written (`prose` allows for case and hyphens), never folded.
  const text = [v.summary, v.description].find((t) => prose.test(t));
  return text?.split(/(?<=[.;])\s+/).find((t) => prose.test(t)) ?? null;
}

/** "Full-time (2 posts); not stated for 3": how the posts state one field, most common first. */
function tally(posts: readonly Vacancy[], field: (v: Vacancy) => string | null): string | null {
  const counts = new Map<string, number>();
  let unstated = 0;
  for (const v of posts) {
    const value = field(v);
    if (value === null) unstated++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `${value} (${n} post${n === 1 ? "" : "s"})`);
  return unstated > 0 ? `${parts.join("; ")}; not stated for ${unstated}` : parts.join("; ");
}

function contractOf(v: Vacancy): string | null {
  if (!v.contract) return null;
  return [v.contract.type, v.contract.duration].filter((p) => p).join(", ") || null;
}

/** "an internship", "a traineeship". */
function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}

/** "is the operator job an internship": what that notice states, said as an answer about it. */
function namedPostKindAnswer(
  question: string,
  kind: PostKind,
  post: Vacancy,
  context: AcrossPostsContext,
): Answer {
  const facts = `working time: ${post.jobType ?? "not stated"}; contract: ${contractOf(post) ?? "not stated"}`;
  const mention = statesKind(post, kind) ? null : kindMention(post, kind);
  const text = statesKind(post, kind)
    ? `Yes: the notice for ${postName(post)} states ${withArticle(kind.label)} (${facts}).`
    : mention
      ? `The notice for ${postName(post)} does not advertise it as ${withArticle(kind.label)}, but says: "${mention}" It states ${facts}.`
      : `No: the notice for ${postName(post)} does not advertise it as ${withArticle(kind.label)}. It states ${facts}.`;
  // A list card, even for one post: it shows the answer above the post (a post's own card would not).
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "contract",
    items: [itemAt(post, context.now, facts)],
    text,
    suggestions: [`Salary and contract for ${post.title}`],
  });
}

/** Notices searched for one stating a kind of post. */
const KIND_CANDIDATES = 200;

/** Posts listed under the answer. */
const SHOWN = 10;

/**
 * Whether a kind of post is advertised: the posts that are (open, undated or closed, said as
 * such), or that none is, with what the posts in scope state instead; for a post the question
 * names, whether its notice states that kind.
 */
export function postKindAnswer(
  question: string,
  asked: { kind: PostKind; rest: string },
  context: AcrossPostsContext,
): Answer | null {
  const { kind, rest } = asked;
  const named = postNamedBy(rest, context.index);
  if (named) return namedPostKindAnswer(question, kind, named, context);
  // Only the notices holding one of the kind's words can state it: the search finds them. Prose
  // kinds (telework) may be stated in the application notes, which the search does not index.
  const read = kind.prose ? noticesToRead(context.index, context.now) : null;
  const candidates = read
    ? read.posts
    : context.index.query(kind.query, { limit: KIND_CANDIDATES, minCoverage: 0 }).hits.map((h) => h.vacancy);
  const ofKind = candidates.filter((v) => statesKind(v, kind));
  const { posts: scope, subject, partial } = postsInScope(rest, context);
  if (ofKind.length === 0 && read) {
    const mentioned = mentionsAnswer(question, kind, read.posts, context, partialReadNote(read.partial));
    if (mentioned) return mentioned;
  }
  if (ofKind.length > 0) {
    const items = ofKind.map((v) => itemAt(v, context.now)).slice(0, SHOWN);
    return acrossPostsAnswer(question, context, {
      intent: "list",
      focus: "overview",
      items,
      text: [
        `${ofKind.length} ${ofKind.length === 1 ? "notice states" : "notices state"} ${withArticle(kind.label)}:`,
        ...items.map(listLine),
        partialReadNote(read?.partial),
      ]
        .filter((l) => l !== null)
        .join("\n"),
      suggestions: items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`),
    });
  }
  const items = scope.map((v) => itemAt(v, context.now)).slice(0, SHOWN);
  // "Full-time" and "FULL_TIME" are one working time.
  const workingTime = tally(scope, (v) => (v.jobType ? foldText(v.jobType).replace(/ /g, "-") : null));
  const contracts = tally(scope, contractOf);
  const text = [
    `No ${kind.label} is advertised: no notice states one.`,
    partialReadNote(read?.partial),
    scope.length > 0 && (workingTime || contracts)
      ? `What ${scopeText(scope.length, subject, undefined, partial)} state instead:`
      : null,
    scope.length > 0 && workingTime ? `- working time: ${workingTime}` : null,
    scope.length > 0 && contracts ? `- contract: ${contracts}` : null,
    items.length > 0 ? "Posts open or without a deadline:" : "No post is open right now.",
    ...items.map(listLine),
    scope.length > items.length ? `... and ${scope.length - items.length} more.` : null,
  ]
    .filter((l) => l !== null)
    .join("\n");
  // The open posts are named, not given as results: none of them is what was asked for (as a list
  // only mentions closed posts).
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "overview",
    items: [],
    text,
    suggestions: items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`),
  });
}

/**
 * No post advertised as a prose kind, but notices that mention it ("work-life policies including
 * Teleworking"): said as such, each sentence once with the posts whose notices give it; null
 * when no notice mentions it.
 */
function mentionsAnswer(
  question: string,
  kind: PostKind,
  posts: readonly Vacancy[],
  context: AcrossPostsContext,
  note: string | null,
): Answer | null {
  const bySentence = new Map<string, Vacancy[]>();
  for (const v of posts) {
    const mention = kindMention(v, kind);
    if (mention) bySentence.set(mention, [...(bySentence.get(mention) ?? []), v]);
  }
  if (bySentence.size === 0) return null;
  const items = [...bySentence].flatMap(([sentence, vs]) => vs.map((v) => itemAt(v, context.now, sentence)));
  const mentioning = items.length;
  const groups = [...bySentence]
    .slice(0, SHOWN)
    .flatMap(([sentence, vs]) => [
      `"${sentence}"`,
      ...vs.slice(0, SHOWN).map((v) => listLine(itemAt(v, context.now))),
      vs.length > SHOWN ? `... and ${vs.length - SHOWN} more.` : null,
    ]);
  const count = mentioning === 1 ? "1 notice mentions it" : `${mentioning} notices mention it`;
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "overview",
    items: items.slice(0, SHOWN),
    text: [`No post is advertised as ${withArticle(kind.label)}, but ${count}:`, ...groups, note]
      .filter((l) => l !== null)
      .join("\n"),
    suggestions: items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`),
  });
}
