// "Do I need French for any of the jobs?", "which jobs need only English", "any bilingual posts?":
// a language question across the posts is answered from each notice's language requirements
// (level and note as written), grouped into the posts that name the language and the rest, so
// the asker sees both sides. A language question about one named post is left to that post's answer.

import { editDistance } from "../search/SpellingIndex.ts";
import { foldText } from "../search/text.ts";
import type { Vacancy } from "../vacancy.ts";
import {
  type AcrossPostsContext,
  acrossPostsAnswer,
  asksAboutOnePost,
  itemAt,
  LISTED,
  listedLines,
  noPostInWindow,
  postNamedBy,
  postsInScope,
  scopeText,
} from "./acrossPosts.ts";
import { postName } from "./composeAnswer.ts";
import { extractSubject } from "./detectIntent.ts";
import type { Answer } from "./model.ts";

/** What a language question across posts asks. */
export interface LanguageAsked {
  /** "named": posts naming `language`; "only": posts asking for `language` alone; "bilingual": two or more; "overview": each post's. */
  mode: "named" | "only" | "bilingual" | "overview";
  /** The language named, capitalised ("French"); null for bilingual and overview questions. */
  language: string | null;
  /** What else the question names ("in BICES"), to narrow the posts; empty when nothing. */
  rest: string;
  /** "only English and French": the further languages an "only" question allows, capitalised. */
  alsoAllowed?: string[];
}

export const LANGUAGES = [
  "english",
  "french",
  "german",
  "spanish",
  "italian",
  "dutch",
  "polish",
  "portuguese",
];

/** Words already read, and the language each names (bounded: a long-running bot reads many words). */
const readWords = new Map<string, string | null>();
const READ_WORDS_KEPT = 5000;

/** A language's name in a notice's requirement lines (as written; one regex for all). */
const LANGUAGE_NAME = new RegExp(`\\b(${LANGUAGES.join("|")})\\b`, "i");
/** The same, for every name in a text (global: only with `match`, whose search starts afresh). */
const LANGUAGE_NAMES = new RegExp(LANGUAGE_NAME.source, "gi");

/** The language a word names, allowing one slip in a long name ("frnech"); null when none. */
function languageOf(word: string): string | null {
  const known = readWords.get(word);
  if (known !== undefined) return known;
  const language = LANGUAGES.includes(word)
    ? word
    : word.length < 5
      ? null
      : (LANGUAGES.find((l) => l[0] === word[0] && editDistance(word, l, 1) <= 1) ?? null);
  if (readWords.size >= READ_WORDS_KEPT) readWords.clear();
  readWords.set(word, language);
  return language;
}

const BILINGUAL =
  / (bilingual|both (official )?languages|both english and french|both french and english|two (official )?languages|(english|french) and (english|french) (both|together)) /;
/** "only English", "just speak French" (the word after); "English only", "is English enough" (the word before). */
const ONLY_BEFORE =
  / (?:only|just|solely|purely|nothing but) (?:speak |speaking |with |in |know |knowing |need |needs |require |requires |ask for |asks for |want |wants )?(\w+)(?= )/g;
const ONLY_AFTER = / (\w+)(?= (?:only|alone|enough|sufficient) )/g;
/** Words of a language question that name nothing to narrow the posts by. */
const LANGUAGE_QUESTION_WORDS = new Set(
  "asset assets plus advantage bonus only just solely purely alone both bilingual monolingual level levels official enough good basic knowledge accept accepts accepted accepting allow allows suffice sufficient".split(
    " ",
  ),
);

/** The language question a folded question asks across posts; null when it asks none. */
export function languageAsked(folded: string): LanguageAsked | null {
  const words = folded.trim().split(" ");
  const named = words.map(languageOf).find((l) => l !== null) ?? null;
  const mentionsLanguages = / (languages?|linguistic) /.test(folded);
  const bilingual = BILINGUAL.test(folded);
  if (named === null && !mentionsLanguages && !bilingual) return null;
  const spelled = ` ${words.map((w) => (languageOf(w) ? (languageOf(w) as string) : w)).join(" ")} `;
  const onlyLanguage =
    [...spelled.matchAll(ONLY_BEFORE), ...spelled.matchAll(ONLY_AFTER)]
      .map((m) => languageOf(m[1] as string))
      .find((l) => l !== null) ?? null;
  const mode = bilingual
    ? "bilingual"
    : onlyLanguage !== null || / monolingual /.test(folded)
      ? "only"
      : named !== null
        ? "named"
        : "overview";
  const language = mode === "bilingual" || mode === "overview" ? null : (onlyLanguage ?? named ?? "english");
  const rest = extractSubject(spelled, "details")
    .split(" ")
    .filter((w) => w !== "" && !LANGUAGE_QUESTION_WORDS.has(w) && languageOf(w) === null)
    .join(" ");
  const asked: LanguageAsked = { mode, language: language && capitalised(language), rest };
  const also = mode === "only" && language ? joinedLanguages(spelled, language) : [];
  if (also.length > 0) asked.alsoAllowed = also.map(capitalised);
  return asked;
}

/** The languages joined to `language` by "and"/"or" ("English and French only"), besides it. */
function joinedLanguages(spelled: string, language: string): string[] {
  const joined = new RegExp(` ${language} (?:and|or) (\\w+) | (\\w+) (?:and|or) ${language} `).exec(spelled);
  const other = joined ? languageOf((joined[1] ?? joined[2]) as string) : null;
  return other !== null && other !== language ? [other] : [];
}

function capitalised(word: string): string {
  return `${word[0]?.toUpperCase()}${word.slice(1)}`;
}

/** The languages a post's notice names (structured field, else its requirement lines). */
function languagesNamed(v: Vacancy): string[] {
  if (v.languages.length > 0) return v.languages.map((l) => foldText(l.language));
  const named = [...v.essential, ...v.desirable].join(" ").match(LANGUAGE_NAMES) ?? [];
  return [...new Set(named.map((n) => n.toLowerCase()))];
}

/** The requirement line naming a language, for a notice with no structured languages; undefined when none does. */
function languageLine(v: Vacancy): string | undefined {
  return [...v.essential, ...v.desirable].find((l) => LANGUAGE_NAME.test(l));
}

/** A post's language requirements as the notice states them ("English and French: V (Advanced) in one; ..."). */
export function languageRequirementText(v: Vacancy): string {
  const ls = v.languages;
  if (ls.length === 0) {
    const line = languageLine(v);
    return line ? `"${line}"` : "no language requirement stated";
  }
  const note = ls[0]?.note;
  // A note every language shares ("V in one; I in the other") is the requirement: levels beside it
  // would pin each level on one language.
  if (note && ls.every((l) => l.note === note)) return `${ls.map((l) => l.language).join(" and ")}: ${note}`;
  return ls
    .map((l) => [l.language, l.level, l.note ? `(${l.note})` : null].filter((p) => p).join(" "))
    .join("; ");
}

function lines(posts: readonly Vacancy[]): string[] {
  return listedLines(posts, (v) => `- ${postName(v)}: ${languageRequirementText(v)}`);
}

/** The group a question asks about, and the other groups the answer also states. */
function grouped(
  asked: LanguageAsked,
  posts: readonly Vacancy[],
): { lead: string; main: Vacancy[]; others: { heading: string; posts: Vacancy[] }[] } {
  const lang = asked.language ?? "";
  const key = foldText(lang);
  // Read once per post: the groups below ask several times.
  const read = new Map(posts.map((v) => [v, languagesNamed(v)]));
  const names = (v: Vacancy) => read.get(v) ?? [];
  const none = posts.filter((v) => names(v).length === 0);
  const noneGroup = { heading: "State no language requirement:", posts: none };
  switch (asked.mode) {
    case "named": {
      const main = posts.filter((v) => names(v).includes(key));
      const onlyOther = posts.filter((v) => names(v).length > 0 && !names(v).includes(key));
      const otherNames = [...new Set(onlyOther.flatMap(names))].map(capitalised).join(" or ");
      return {
        lead: `name ${lang} among their language requirements`,
        main,
        others: [{ heading: `Ask for ${otherNames} only, not ${lang}:`, posts: onlyOther }, noneGroup],
      };
    }
    case "only": {
      const allowed = [lang, ...(asked.alsoAllowed ?? [])];
      const keys = allowed.map(foldText);
      const within = (v: Vacancy) => names(v).every((n) => keys.includes(n));
      const main = posts.filter((v) => names(v).length > 0 && within(v));
      const more = posts.filter((v) => names(v).length > 0 && !within(v));
      return {
        lead: `ask for ${allowed.join(" or ")} only`,
        main,
        others: [{ heading: "Name another language as well (or instead):", posts: more }, noneGroup],
      };
    }
    case "bilingual": {
      const main = posts.filter((v) => names(v).length > 1);
      const one = posts.filter((v) => names(v).length === 1);
      return {
        lead: "ask for two languages",
        main,
        others: [{ heading: "Ask for one language only:", posts: one }, noneGroup],
      };
    }
    case "overview":
      return { lead: "state these language requirements", main: [...posts], others: [] };
  }
}

/** "ask for English only" said of one post: "asks for English only". */
function singular(lead: string): string {
  return lead.replace(/^(\w+)/, "$1s");
}

/**
 * The answer to a language question across the posts in scope; null when the question names one
 * post (that post's own answer says it) or what it names matches no open post.
 */
export function languageListAnswer(
  question: string,
  asked: LanguageAsked,
  context: AcrossPostsContext,
): Answer | null {
  // "what languages does the X need": one post, even where other titles share its words.
  if (postNamedBy(asked.rest, context.index, { evenIfShared: asksAboutOnePost(question) })) return null;
  const { posts, subject, partial } = postsInScope(asked.rest, context);
  if (posts.length === 0) return noPostInWindow(question, subject, context);
  const { lead, main, others } = grouped(asked, posts);
  const scope = scopeText(posts.length, subject, context.window?.span, partial);
  // The lead line is what a list card shows above the posts: it counts the other groups too.
  const besides = others
    .filter((g) => g.posts.length > 0)
    .map((g) => {
      const [verb, ...words] = g.heading.replace(/:$/, "").split(" ");
      const agreed = `${verb?.toLowerCase()}${g.posts.length === 1 ? "s" : ""}`;
      return `${g.posts.length} ${[agreed, ...words].join(" ")}`;
    });
  const counted = besides.length > 0 ? `; ${besides.join("; ")}` : "";
  const text = [
    main.length > 0
      ? `${main.length} of ${scope} ${main.length === 1 ? singular(lead) : lead}${counted}:`
      : `None of ${scope} ${lead}${counted}.`,
    ...lines(main),
    ...others.filter((g) => g.posts.length > 0).flatMap((g) => [g.heading, ...lines(g.posts)]),
  ].join("\n");
  return acrossPostsAnswer(question, context, {
    intent: "list",
    focus: "languages",
    // The quote under each listed post: its requirement line as written, or the structured levels.
    items: main.map((v, i) =>
      itemAt(
        v,
        context.now,
        i >= LISTED ? undefined : v.languages.length > 0 ? languageRequirementText(v) : languageLine(v),
      ),
    ),
    text,
    suggestions: main.slice(0, 3).map((v) => `Requirements for ${v.title}`),
  });
}
