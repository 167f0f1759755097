// A short readable description of the post: the paragraph that describes the job itself
// ("The incumbent ...", "The Officer ... manages ..."), not the organisation chart or a prompt.
import { splitSentences } from "./noticeLines.ts";

const MAX_SUMMARY = 700;
/** A line of at least this many words is prose; shorter ones are headings, places, dates. */
const PROSE_WORDS = 15;

const ABOUT_THE_POST =
  /\b(incumbent|post ?holder|jobholder|the (post|position|role|job)\b|you will|successful (candidate|applicant)|primary role|main role of the post)/i;

// "Re-advertised; previous applicants need not reapply.": a note on the recruitment, not the post
const ABOUT_THE_RECRUITMENT =
  /^(this (vacancy|post|position|notice) (is|has been) )?re-?advertised\b|^re-?advertisement\b|\bprevious(ly)? applicants?\b.{0,40}\b(need not|do not need to|should not|not required to) (re-?apply|apply again)\b/i;

/**
 * Picks the paragraph that describes the post; `title` helps recognise it. `descriptive` are the
 * paragraphs of the summary part of the notice (preferred), `paragraphs` all factual prose.
 * Empty when there is no prose.
 */
export function buildSummary(descriptive: string[], paragraphs: string[], title: string): string {
  const long = (ps: string[]) =>
    ps.filter((p) => p.split(/\s+/).length >= 15 && !ABOUT_THE_RECRUITMENT.test(p));
  const titleWords = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3);
  const mentionsTitle = (p: string) => {
    const lower = p.toLowerCase();
    return (
      titleWords.length > 0 &&
      titleWords.filter((w) => lower.includes(w)).length >= Math.ceil(titleWords.length * 0.75)
    );
  };
  // (a notice whose only description is short: its first full sentence naming the post)
  const short = descriptive
    .filter(
      (p) => p.split(/\s+/).length >= 6 && /[.!]$/.test(p) && (mentionsTitle(p) || ABOUT_THE_POST.test(p)),
    )
    .slice(0, 1);
  const prose = [long(descriptive), long(paragraphs), short].find((ps) => ps.length > 0) ?? [];
  const fullTitle = title.toLowerCase();
  const chosen =
    prose.find((p) => p.toLowerCase().includes(fullTitle) && /^(the|as|our|this|we)\b/i.test(p)) ??
    prose.find((p) => ABOUT_THE_POST.test(p)) ??
    prose.find((p) => mentionsTitle(p)) ??
    prose[0];
  return chosen ? shorten(fromTitleSentence(chosen, fullTitle)) : "";
}

/**
 * The descriptive prose of a notice as one text: its summary-part and profile paragraphs, with
 * the summary in front when it was taken from elsewhere, so everything said about the post is searchable.
 */
export function describePost(descriptive: string[], summary: string): string {
  // Paragraphs, not the header's place, date and post-count lines.
  const prose = descriptive
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.split(" ").length >= PROSE_WORDS);
  const opening = summary.slice(0, 80);
  const hasSummary = opening === "" || prose.some((p) => p.includes(opening));
  return (hasSummary ? prose : [summary, ...prose]).join("\n");
}

/** Starts the summary at the sentence that names the post, when a later sentence does. */
function fromTitleSentence(paragraph: string, title: string): string {
  const sentences = splitSentences(paragraph);
  const at = sentences.findIndex((s) => s.toLowerCase().includes(title));
  const rest = sentences.slice(Math.max(at, 0)).join(" ");
  return at > 0 && rest.length >= 150 ? rest : paragraph;
}

/** Cuts at a sentence end so the summary stays short. */
function shorten(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (text.length <= MAX_SUMMARY) return text;
  let out = "";
  for (const sentence of splitSentences(text)) {
    if (out && out.length + sentence.length + 1 > MAX_SUMMARY) break;
    out = out ? `${out} ${sentence}` : sentence;
  }
  return out.length > MAX_SUMMARY ? `${out.slice(0, MAX_SUMMARY - 1).replace(/\s+\S*$/, "")}…` : out;
}
