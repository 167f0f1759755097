// Questions without intent words: a post's name gets its overview, anything else is searched for.

import { termOf } from "../search/text.ts";
import type { QueryTerm } from "../search/VacancyIndex.ts";
import { type AnswerBase, type AnswerContext, itemOf } from "./answerContext.ts";
import { askedFactSentences, asksHeaderFact } from "./askedFacts.ts";
import { noticeLines, skillTerms, unmentionedWords } from "./askedSkills.ts";
import { overviewText } from "./composeAnswer.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { matchesBeyondProse, namesExactly, namesOnlyPlace } from "./evidence.ts";
import { helpAnswer, noMatchAnswer } from "./helpAnswer.ts";
import type { Answer } from "./model.ts";
import { closeAlternatives, NAMES_POST, postNamedByTitleWord, queryNamingPost } from "./namedPost.ts";
import { askedBlock, asksYesOrNo, workingConditionsBlock } from "./onePostAnswer.ts";
import { followUps } from "./onePostText.ts";
import { postTerms } from "./postTerms.ts";
import { roleFilter } from "./roleNouns.ts";
import { searchAnswer } from "./searchAnswer.ts";

/** No intent words: a post's name gets its overview, anything else is searched for. */
export function unknownAnswer(base: AnswerBase, detected: DetectedIntent, context: AnswerContext): Answer {
  if (!detected.subject) {
    return helpAnswer(base, context, "unknown", "I did not understand the question.");
  }
  const searched = context.index.query(detected.subject, { limit: 5, filter: roleFilter(detected.subject) });
  // "is shift work part of the NOSC chief job": a word no notice knows ("shift") keeps the post from
  // matching; as for one-post questions, the rest is tried alone, and kept only when it names a post.
  const named = searched.hits.length > 0 ? searched : queryNamingPost(context.index, detected.subject);
  // "is there an age limit for the network technician": two words no notice knows outweigh the
  // post's name. The known words alone are tried; when they name a post, the answer is about it
  // and says that its notice does not mention the rest.
  const unknownWords = wordsNoNoticeKnows(detected.subject, searched.terms);
  // Only a post named by two or more words as written: "chef" read as "chief", or "HQ" alone, names none.
  const known = searched.terms.filter((t) => t.matched.length > 0);
  // ...also when they only weaken the post's name ("is there standby duty in the NOSC chief role").
  const withoutUnknown =
    (named.hits[0]?.titleCoverage ?? 0) < NAMES_POST &&
    unknownWords.length > 0 &&
    known.length >= 2 &&
    known.every((t) => !t.corrected)
      ? queryNamingPost(
          context.index,
          detected.subject
            .split(" ")
            .filter((w) => !unknownWords.includes(w))
            .join(" "),
        )
      : null;
  const namesWithoutUnknown = (withoutUnknown?.hits[0]?.titleCoverage ?? 0) >= NAMES_POST;
  // "what's the start date for the technician": the fact's words outweigh the post's name, but
  // that one word, as written, is in one post's title and no other's. Without a fact asked, the
  // other words may name a post that is not advertised ("data protection officer").
  const byTitleWord =
    named.hits.length === 0 && !namesWithoutUnknown && asksHeaderFact(base.question)
      ? postNamedByTitleWord(context.index, detected.subject, base.question)
      : null;
  const r = withoutUnknown && namesWithoutUnknown ? withoutUnknown : (byTitleWord ?? named);
  const top = r.hits[0];
  if (!top || !r.hits.some((h) => matchesBeyondProse(h.vacancy, r.terms))) {
    return noMatchAnswer(base, "unknown", "overview", detected.subject, context);
  }
  // Another post named word for word ("intelligence and security division") beats loose word matches.
  const exactElsewhere =
    !namesExactly(top.vacancy, detected.subject) &&
    r.hits.some((h) => namesExactly(h.vacancy, detected.subject));
  // "BICES", "Brussels": a place or organisation several posts share asks for them all.
  const sharedPlace = r.hits.filter((h) => namesOnlyPlace(h.vacancy, r.terms)).length > 1;
  if (
    top.titleCoverage >= NAMES_POST &&
    closeAlternatives(r.hits).length === 0 &&
    !exactElsewhere &&
    !sharedPlace
  ) {
    const item = itemOf(top.vacancy, context.now);
    const lines = namesWithoutUnknown ? [] : noticeLines(top.vacancy, skillTerms(top.vacancy, r.terms));
    // "is there an on-call rota for X": words other notices know but this one never mentions.
    const namedAlone = namesWithoutUnknown || byTitleWord !== null;
    const unmentioned =
      namedAlone || lines.length > 0 || !asksYesOrNo(base.question)
        ? unknownWords
        : unmentionedWords(top.vacancy, detected.subject, r.terms);
    const asked =
      (namedAlone || lines.length === 0) && unmentioned.length > 0
        ? `The notice for ${top.vacancy.title} does not mention "${unmentioned.join(" ")}".\n${workingConditionsBlock(base.question, top.vacancy)}`
        : askedBlock(lines);
    return {
      ...base,
      intent: "details",
      focus: "overview",
      items: [item],
      totalMatches: r.total,
      text: [...askedFactSentences(base.question, top.vacancy), asked, overviewText(item)]
        .filter((t) => t !== null)
        .join("\n"),
      suggestions: followUps(top.vacancy),
    };
  }
  // "how do NATO pensions work": a word of the question is in no notice, and no word left ("nato
  // work") is in a matching post's title: searching the rest would list posts for words that asked nothing.
  const namesATitle = r.hits.some((h) => {
    const title = postTerms(h.vacancy).titleAndInitials;
    return r.terms.some((t) => t.matched.some((m) => title.has(m)));
  });
  if (searched.terms.some((t) => t.matched.length === 0) && !namesATitle)
    return noMatchAnswer(base, "unknown", "overview", detected.subject, context);
  return searchAnswer(base, detected.subject, "overview", context);
}

/** The subject's words that no notice holds (the search read them as unknown), as written. */
function wordsNoNoticeKnows(subject: string, read: readonly QueryTerm[]): string[] {
  const unknown = new Set(read.filter((t) => t.matched.length === 0).map((t) => t.term));
  return subject.split(" ").filter((w) => {
    const term = termOf(w);
    return term !== null && unknown.has(term);
  });
}
