// "What does TSCM stand for?", "what is BICES", "define PKI", "NOSB meaning": a question about what
// an acronym means is answered from the definitions the notices themselves give ("Technical
// Surveillance Counter Measures (TSCM)"), with the posts that use it. Searching for the acronym
// alone would list posts and never say what it means. "What is the NOSC chief job" names a post,
// not an acronym, and is left to the ordinary answer.
import { foldText } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  itemAt,
  noticesToRead,
  postNamedBy,
} from "./acrossPosts.ts";
import { listLine, postName } from "./composeAnswer.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";

/** The words a question asks the meaning of, and what it says they are in ("in the NOSC chief notice"). */
export interface AcronymAsked {
  /** One or more ("what do NOSB and SOSB stand for"). */
  words: string[];
  /** True when the question says it wants a meaning ("stand for", "define"), not only "what is X". */
  asksMeaning: boolean;
  within: string;
  /** "CMDB?": the question is the acronym alone. */
  bare?: boolean;
}

/** A word, maybe with a one-letter tail its hyphen left ("DASG-S" folds to "dasg s"). */
const ONE_WORD = "[a-z][a-z0-9&]{1,11}(?: [a-z0-9](?= ))?";
/** One word, or a few joined by "and" ("NOSB and SOSB"). */
const WORD = `(${ONE_WORD}(?: and ${ONE_WORD}){0,4})`;
const WITHIN = "(?: (?:in|for|on|from|within|used in) (.+?))?";
const MEANING_CUE =
  "(?:stand for|stands for|standing for|mean|means|meaning|short for|abbreviate|abbreviation for|refer to|refers to)";
/** Words that may open a meaning question ("can you tell me what IPMS means", "do you know what ..."). */
const LEAD =
  "(?:so |and |ok |hi |hey )?(?:(?:can|could|would) you (?:please )?(?:tell me |explain |say )|do you know |tell me |i (?:don t know|wonder|was wondering|m wondering) |any idea |please )?";
const ASKED_PATTERNS: readonly { pattern: RegExp; asksMeaning: (m: RegExpExecArray) => boolean }[] = [
  // "what does TSCM stand for", "what do the letters PSESB stand for in the ... notice"
  {
    pattern: new RegExp(
      `^ ${LEAD}(?:what|wat|whats|wot)(?: s| is| are| does| do| did)?(?: a| an| the)?(?: letters?| acronyms?| abbreviations?| abbrev| terms?)? ${WORD}${WITHIN} ${MEANING_CUE}${WITHIN} $`,
    ),
    asksMeaning: () => true,
  },
  // "what is BICES", "what's a BNOSC": nothing may follow, or it asks about something of a post
  // ("what is the salary for the operator").
  {
    pattern: new RegExp(
      `^ (?:so |and )?(?:what|wat|whats|wot)(?: s| is| are)?(?: a| an| the)?(?: acronym| abbreviation| abbrev| term)? ${WORD}()? $`,
    ),
    asksMeaning: () => false,
  },
  // "define PKI", "meaning of JFAI", "what's the meaning of NSIP", "explain the acronym OSS"
  {
    pattern: new RegExp(
      `^ ${LEAD}(?:(?:what|whats)(?: s| is) the )?(?:define|definition of|meaning of|explain|expand|spell out|full form of|(?:what is|what s|whats) meant by)(?: the)?(?: acronym| abbreviation| term)? ${WORD}${WITHIN} $`,
    ),
    asksMeaning: () => true,
  },
  // "TSCM meaning", "OSS stands for", "SOPs definition"
  {
    pattern: new RegExp(
      `^ ${WORD} (?:meaning|definition|stands for|stand for|means|mean|abbreviation|acronym|full form|expansion)${WITHIN} $`,
    ),
    asksMeaning: () => true,
  },
];

/** "CMDB?" alone. */
const BARE = new RegExp(`^ (${ONE_WORD}) $`);

/** Common words that a notice may also define in capitals ("IT"): only an acronym when written so. */
const COMMON_WORDS = new Set(
  "it is us as in on at or an am me we go do no so to up my id ok be by of he".split(" "),
);

/** The acronym question a folded question asks; null when it asks none. */
export function acronymAsked(folded: string): AcronymAsked | null {
  for (const { pattern, asksMeaning } of ASKED_PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    // "what does TSCM in the operator notice mean" names the post before the cue, others after it.
    const within = m.slice(2).find((g) => g !== undefined && g !== "") ?? "";
    return { words: (m[1] as string).split(" and "), asksMeaning: asksMeaning(m), within };
  }
  const bare = BARE.exec(folded);
  if (bare) return { words: [bare[1] as string], asksMeaning: false, within: "", bare: true };
  return null;
}

/** Does a notice's short form spell the word asked ("sops" for SOPs; "sop" too)? */
function spellsShort(short: string, word: string): boolean {
  const s = foldText(short).replace(/ /g, "");
  return s === word || s === `${word}s` || `${s}s` === word;
}

/** Words written in capitals in a text ("BICES" in "BICES Group Executive"). */
function capitalWords(text: string): string[] {
  return (text.match(/\b[A-Z][A-Z0-9&]{1,11}(?:-[A-Z0-9])?s?\b/g) ?? []).map((w) =>
    foldText(w).replace(/ /g, ""),
  );
}

/**
 * Whether the word is an acronym: the question writes it in capitals, a notice defines it, or the
 * notices' names (titles, units, long forms) write it in capitals. A common word ("it") only counts
 * when the question writes it in capitals.
 */
function isAcronym(word: string, question: string, posts: readonly Vacancy[]): boolean {
  if (capitalWords(question).includes(word)) return true;
  if (COMMON_WORDS.has(word)) return false;
  return posts.some(
    (v) =>
      v.acronyms.some((a) => spellsShort(a.short, word)) ||
      [v.title, v.unit ?? "", v.organisation ?? "", ...v.acronyms.map((a) => a.long)].some((t) =>
        capitalWords(t).includes(word),
      ),
  );
}

/** Does a title hold the acronym or one of its long forms? Then the acronym alone names that post. */
function namesTitle(title: string, word: string, meanings: readonly Meaning[]): boolean {
  const folded = ` ${foldText(title)} `;
  return folded.includes(` ${word} `) || meanings.some((m) => folded.includes(` ${foldText(m.long)} `));
}

/** One long form of the acronym and the posts whose notices give it. */
interface Meaning {
  short: string;
  long: string;
  posts: Vacancy[];
}

function meaningsOf(word: string, posts: readonly Vacancy[]): Meaning[] {
  const byLong = new Map<string, Meaning>();
  for (const v of posts)
    for (const a of v.acronyms) {
      if (!spellsShort(a.short, word)) continue;
      const key = foldText(a.long);
      const known = byLong.get(key);
      if (known) known.posts.push(v);
      else byLong.set(key, { short: a.short, long: a.long, posts: [v] });
    }
  return [...byLong.values()];
}

/** Defined names that contain the word ("BICES Group Executive (BGX)" for BICES), at most `limit`. */
function namesContaining(word: string, posts: readonly Vacancy[], limit: number): string[] {
  const seen = new Map<string, string>();
  for (const v of posts)
    for (const a of v.acronyms)
      if (foldText(a.long).split(" ").includes(word) && !seen.has(a.short))
        seen.set(a.short, `${a.long} (${a.short})`);
  return [...seen.values()].slice(0, limit);
}

/** "A", "A and B", "A, B and C". */
function joined(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function noticesOf(posts: readonly Vacancy[]): string {
  const listed = joined(posts.map((v) => v.title));
  return `the notice${posts.length === 1 ? "" : "s"} for ${listed}`;
}

/** Posts shown as using the acronym. */
const USING_LIMIT = 10;
/** Defined names containing an undefined word that are quoted. */
const CONTAINING_LIMIT = 6;

/** What the notices say one word stands for, and the posts to show with it; null when it is no acronym they use. */
interface Explained {
  /** As the notices write it ("SOPs"), else in capitals. */
  label: string;
  definition: string;
  meanings: Meaning[];
  shown: Vacancy[];
}

/** Posts searched for an acronym's definitions: those whose notices use it. */
const CANDIDATES = 50;

function explain(
  spelled: string,
  asked: AcronymAsked,
  named: Vacancy | null,
  question: string,
  context: AcrossPostsContext,
): Explained | null {
  const { index } = context;
  // "dasg s" as folded from "DASG-S".
  const word = spelled.replace(/ /g, "");
  // "what is BICES", "CMDB?": without a word asking for a meaning, only a word written in capitals.
  if (!asked.asksMeaning && !capitalWords(question).includes(word)) return null;
  // The posts whose notices use the word (the search indexes acronyms and their long forms); a
  // word the search drops ("IT" read as "it") leaves every post to look at.
  const found = index.query(spelled, { limit: CANDIDATES });
  const posts =
    found.terms.length > 0 ? found.hits.map((h) => h.vacancy) : noticesToRead(index, context.now).posts;
  if (!isAcronym(word, question, posts)) return null;
  const everywhere = meaningsOf(word, posts);
  // "CMDB?" alone is spelled out (with the posts using it) only when defined by a notice and
  // naming no title: "OSS" alone names the post "Deputy Director OSS", "BNOSC" the "BICES
  // Network Operations and Security Centre Chief".
  if (asked.bare && (everywhere.length === 0 || posts.some((v) => namesTitle(v.title, word, everywhere))))
    return null;
  const inNamed = named ? meaningsOf(word, [named]) : [];
  const meanings = inNamed.length > 0 ? inNamed : everywhere;
  const using = found.hits.slice(0, USING_LIMIT).map((h) => h.vacancy);
  const defining = meanings.flatMap((m) => m.posts);
  const shown = [...new Set([...(named ? [named] : []), ...defining, ...using])].slice(0, USING_LIMIT);
  const containing = meanings.length === 0 ? namesContaining(word, posts, CONTAINING_LIMIT) : [];
  if (meanings.length === 0 && shown.length === 0 && containing.length === 0) return null;
  // "what is BICES" without a definition to give: the ordinary answer lists what matches it.
  if (meanings.length === 0 && containing.length === 0 && !asked.asksMeaning) return null;
  const label = meanings[0]?.short ?? word.toUpperCase();
  const first = meanings[0];
  const definition =
    first && meanings.length === 1
      ? `${first.short} stands for ${first.long} (as ${noticesOf(first.posts)} ${first.posts.length === 1 ? "defines" : "define"} it).`
      : meanings.length > 1
        ? [
            `The notices spell out ${label} in ${meanings.length} ways:`,
            ...meanings.map((m) => `- ${m.short}: ${m.long} (in ${noticesOf(m.posts)})`),
          ].join("\n")
        : // One line: a list card shows only the first above the posts.
          `The notices use ${label} but do not spell it out${containing.length > 0 ? `; it is part of ${joined(containing)}` : ""}.`;
  const unlike =
    named && inNamed.length === 0 && everywhere.length > 0
      ? `\n(The notice for ${postName(named)} does not define ${label}; the definition above is from the others.)`
      : "";
  return { label, definition: definition + unlike, meanings, shown };
}

/**
 * The answer to an acronym question: each word's long form(s) as the notices define them (each
 * with the notices that do), or that they do not, with the posts that use it. Null when no word
 * is an acronym the notices use, so the ordinary answer applies.
 */
export function acronymAnswer(
  question: string,
  asked: AcronymAsked,
  context: AcrossPostsContext,
): Answer | null {
  // "NOSB in the NOSC chief notice": the post named, when the words after "in" name one.
  const named = postNamedBy(asked.within ? extractSubject(asked.within, "details") : "", context.index);
  const explained = asked.words
    .map((w) => explain(w, asked, named, question, context))
    .filter((e): e is Explained => e !== null);
  if (explained.length === 0) return null;
  const shown = [...new Set([...(named ? [named] : []), ...explained.flatMap((e) => e.shown)])].slice(
    0,
    USING_LIMIT,
  );
  // Beside each post: the long forms its notice gives.
  const quoteOf = (v: Vacancy) => {
    const own = explained.flatMap((e) => e.meanings).filter((m) => m.posts.includes(v));
    return own.length > 0 ? own.map((m) => `${m.short}: ${m.long}`).join("; ") : undefined;
  };
  const items = shown.map((v) => itemAt(v, context.now, quoteOf(v)));
  const labels = joined(explained.map((e) => e.label)).replace(/ and ([^ ]+)$/, " or $1");
  const text = [
    ...explained.map((e) => e.definition),
    items.length > 0 ? `Posts whose notices use ${labels}:` : null,
    ...items.map(listLine),
  ]
    .filter((l) => l !== null)
    .join("\n");
  return acrossPostsAnswer(question, context, {
    // A list card, even for one post: it shows the definition above the post (a post's own card would not).
    intent: "search",
    focus: "overview",
    items,
    text,
    suggestions: items.slice(0, 3).map((i) => `Requirements for ${i.vacancy.title}`),
  });
}
