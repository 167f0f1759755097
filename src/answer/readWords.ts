// A question's words as the intent rules read them: folded, loan words in English, misspelt
// keywords corrected. The intent rules and the questions across posts both read the same
// question, so the last few readings are kept (pure functions of the text: a kept one is exact).
import { foldText } from "../search/text.ts";
import { correctKeywords } from "./keywordSpelling.ts";
import { readLoanWords } from "./loanWords.ts";

/** Readings kept: the intent rules read a question twice (as asked, and with commas as "and"), then the others once. */
const KEPT = 4;
const kept = new Map<string, string>();

/** The folded, corrected words of a text, single-spaced, without edge spaces. */
export function readWords(text: string): string {
  const known = kept.get(text);
  if (known !== undefined) return known;
  const read = correctKeywords(readLoanWords(foldText(text).trim().replace(/ +/g, " ")));
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(text, read);
  return read;
}
