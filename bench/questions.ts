// The fixed mixed question set for the answer benchmark: deadline, requirements, list, skill
// search, typos and no-match, phrased the way staff type them. Phrases are drawn from the
// generated titles so that queries hit real documents at every N.
import type { Vacancy } from "../src/vacancy.ts";

const TEMPLATES = [
  (t: string) => `when does the ${t} post close?`,
  (t: string) => `requirements for the ${t}`,
  (t: string) => `is the ${t} job still open`,
  (t: string) => `how many posts for ${t}`,
  (t: string) => `${typo(t)} closing date`,
  (t: string) => `what languages does the ${typo(t)} need`,
];

const FIXED = [
  "what's open?",
  "show open vacancies in Brussels",
  "which jobs need TSCM?",
  "posts asking for Fortigate firewall skills",
  "ITIL certified roles",
  "PKI and MPLS experience",
  "netwrok technichian deadline",
  "where is the coffee machine",
  "marine biologist job deadline",
  "how do I use this bot",
];

/**
 * Questions across all posts that name no post ("which jobs need French?"): each weighs many posts,
 * so they are timed apart from the mix above and reported without a target (across_* figures).
 */
export const ACROSS_POSTS_QUESTIONS = [
  "which jobs need French?",
  "whom do I contact?",
  "which posts need a security clearance?",
  "jobs without a degree requirement",
  "which job pays the most?",
  "is there an internship?",
  "can I telework?",
  "which posts need relocation?",
];

/** Deterministic typo: swap two inner letters of the longest word. */
export function typo(text: string): string {
  const words = text.split(" ");
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest]?.length ?? 0)) longest = i;
  });
  const w = words[longest] ?? "";
  if (w.length > 4) words[longest] = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
  return words.join(" ");
}

/** 40 questions: 10 fixed plus 30 built from titles spread across the dataset. */
export function benchQuestions(vacancies: readonly Vacancy[]): string[] {
  const questions = [...FIXED];
  for (let i = 0; i < 30; i++) {
    const v = vacancies[Math.floor((i * vacancies.length) / 30)];
    if (!v) break;
    const shortTitle = v.title.split(",").slice(-1)[0]?.trim().toLowerCase() ?? v.title;
    const template = TEMPLATES[i % TEMPLATES.length];
    if (template) questions.push(template(shortTitle));
  }
  return questions;
}
