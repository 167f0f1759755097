// Which post a question names: by search coverage, by its title's words, or several posts named in parts.

import { terms } from "../search/text.ts";
import type { QueryTerm, SearchHit, SearchResult, VacancyIndex } from "../search/VacancyIndex.ts";
import type { Vacancy } from "../vacancy.ts";
import type { DetectedIntent } from "./detectIntent.ts";
import { postTerms } from "./postTerms.ts";

/** Close runner-ups (score within this of the best) are mentioned with a one-post answer. */
export const CLOSE_ALTERNATIVE = 0.06;
/** A query "names" a post when its title, acronyms and unit carry at least this share of it. */
export const NAMES_POST = 0.5;

/** Runner-ups that match about as well as the best hit and also name a post. */
export function closeAlternatives(hits: readonly SearchHit[]): SearchHit[] {
  const top = hits[0];
  if (!top) return [];
  return hits
    .slice(1)
    .filter((h) => h.score - top.score <= CLOSE_ALTERNATIVE && h.titleCoverage >= NAMES_POST)
    .slice(0, 2);
}

/**
 * Searches for the post a one-post question names. When nothing matches and a minority of the
 * words are unknown to every notice ("contract *length* for the network technician"), it tries
 * again without them, but only accepts a result that names a post.
 */
export function queryNamingPost(index: VacancyIndex, subject: string): SearchResult {
  const r = index.query(subject, { limit: 5 });
  if (r.hits.length > 0) return r;
  const unknown = r.terms.filter((t) => t.matched.length === 0);
  if (unknown.length === 0 || unknown.length * 3 > r.terms.length) return r;
  const known = r.terms.filter((t) => t.matched.length > 0).map((t) => t.term);
  const retry = index.query(known.join(" "), { limit: 5 });
  return (retry.hits[0]?.titleCoverage ?? 0) >= NAMES_POST ? retry : r;
}

/**
 * "the BICES operations centre lead job": a post whose prose holds every word can outrank the one
 * whose title names it; a one-post question is about the post it names, so that one comes first.
 */
function namingHitFirst(r: SearchResult): SearchResult {
  const top = r.hits[0];
  if (!top || top.titleCoverage >= NAMES_POST) return r;
  const named = r.hits.find((h) => h.titleCoverage >= NAMES_POST);
  if (!named) return r;
  return { ...r, hits: [named, ...r.hits.filter((h) => h !== named)] };
}

/** A long question names a post when it holds at least this share of the title's words... */
const TITLE_SHARE = 2 / 3;
/** ...and at least this many of them (one shared word, "security", names nothing). */
const TITLE_WORDS_NAMED = 2;

/** The share of a post's title words (as the index reads them) that the query's words include. */
function titleShare(vacancy: Vacancy, queryTerms: readonly QueryTerm[]): { share: number; named: number } {
  const title = new Set(terms(vacancy.title));
  const asked = new Set(queryTerms.flatMap((t) => t.matched));
  let named = 0;
  for (const t of title) if (asked.has(t)) named++;
  return { share: title.size === 0 ? 0 : named / title.size, named };
}

/**
 * "Hello, I work at ... I saw a post managing the operations centre for BICES and ...": the story
 * around a post's name outweighs it, so no post is named by coverage. The one post most of whose
 * title the question holds (and no other as much) is the one it names; null when there is none.
 */
function postTitledInQuestion(index: VacancyIndex, subject: string): SearchResult | null {
  const loose = index.query(subject, { limit: 5, minCoverage: 0 });
  const scored = loose.hits
    .map((h) => ({ h, ...titleShare(h.vacancy, loose.terms) }))
    .filter((s) => s.share >= TITLE_SHARE && s.named >= TITLE_WORDS_NAMED)
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best || (scored[1] && scored[1].share === best.share)) return null;
  return { hits: [{ ...best.h, titleCoverage: 1 }], total: 1, terms: loose.terms };
}

/** The post a one-post question names: by the search, its title's words, or the bulk of its title in a long question. */
export function namedPostResult(index: VacancyIndex, subject: string, searched: SearchResult): SearchResult {
  const r = namingHitFirst(searched);
  if ((r.hits[0]?.titleCoverage ?? 0) >= NAMES_POST) return r;
  return postTitledInQuestion(index, subject) ?? r;
}

/** A post's title covers (all but rounding of) the whole subject: the question names one post, not several. */
const NAMES_ONE_POST = 0.99;

/**
 * "which closes first, the NOSC chief or the network technician": the distinct posts the parts of
 * the question name, every part naming one by its title; empty unless two or more are named and
 * no single title already covers the whole subject ("network and communications technician").
 */
export function comparedPosts(index: VacancyIndex, detected: DetectedIntent, whole: SearchResult): Vacancy[] {
  const parts = detected.partSubjects ?? [];
  if (parts.length < 2 || (whole.hits[0]?.titleCoverage ?? 0) >= NAMES_ONE_POST) return [];
  const named: Vacancy[] = [];
  for (const part of parts) {
    const top = namingHitFirst(queryNamingPost(index, part)).hits[0];
    // Every part names a post, or the joining word was only part of a story ("... and I'd like to know").
    if (!top || top.titleCoverage < NAMES_POST) return [];
    if (!named.some((v) => v.id === top.vacancy.id)) named.push(top.vacancy);
  }
  return named.length > 1 ? named : [];
}

/**
 * "I'm putting together a note for my director and need to know who the digital backbone officer
 * reports to": the story around the post outweighs its name, but one part of the question names
 * it. The post named when the parts of two or more words name exactly one; null otherwise.
 */
export function postNamedByOnePart(index: VacancyIndex, detected: DetectedIntent): SearchResult | null {
  const parts = detected.partSubjects ?? [];
  let named: SearchResult | null = null;
  for (const part of parts) {
    // One word ("ICT", "cyber") is a field or a skill more often than a post's name.
    if (terms(part).length < 2) continue;
    const r = namingHitFirst(queryNamingPost(index, part));
    const top = r.hits[0];
    if (!top || top.titleCoverage < NAMES_POST) continue;
    if (named && named.hits[0]?.vacancy.id !== top.vacancy.id) return null;
    named = { hits: [top], total: 1, terms: r.terms };
  }
  return named;
}

/** Posts looked at for each word: enough that a second post titled with it shows up. */
const TITLE_WORD_HITS = 3;

/**
 * "what's the start date for the technician?": the other words outweigh the post's name, but one
 * word as written ("technician") is in one post's title and in no other's, so it names that post.
 * Every such word of the subject must name the same post; a word read as another ("chef" as
 * "chief"), absent from the question as written (`asWritten`), names none. Null when no word names exactly one post.
 */
export function postNamedByTitleWord(
  index: VacancyIndex,
  subject: string,
  asWritten: string,
): SearchResult | null {
  const written = new Set(terms(asWritten));
  let named: SearchHit | null = null;
  for (const word of new Set(terms(subject))) {
    if (!written.has(word)) continue;
    const r = index.query(word, { limit: TITLE_WORD_HITS });
    const read = r.terms[0];
    if (!read || read.corrected) continue;
    const titled = r.hits.filter((h) => postTerms(h.vacancy).title.includes(word));
    if (titled.length !== 1) continue;
    const [only] = titled;
    if (!only) continue;
    if (named && named.vacancy.id !== only.vacancy.id) return null;
    named = only;
  }
  if (!named) return null;
  return {
    hits: [{ ...named, titleCoverage: 1 }],
    total: 1,
    terms: index.query(subject, { limit: 1, minCoverage: 0 }).terms,
  };
}
