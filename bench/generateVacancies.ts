// Deterministic generator of realistic synthetic vacancies for the benchmarks. Vocabulary,
// sentence lengths and structure come from the real notices in data/notices/: requirement
// sentences are real sentences with some words swapped for others from the same corpus, titles
// combine real role nouns with real domain phrases, deadlines spread over two years.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { slugify, type Vacancy, VacancySchema } from "../src/vacancy.ts";

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same dataset. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  sentences: string[];
  words: string[];
  domainPhrases: string[];
  units: string[];
}

const ROLES = [
  "Officer",
  "Technician",
  "Engineer",
  "Chief",
  "Operator",
  "Analyst",
  "Manager",
  "Assistant",
  "Head",
  "Coordinator",
  "Specialist",
  "Adviser",
  "Deputy Director",
  "Administrator",
  "Architect",
];
const LOCATIONS = [
  "Brussels, Belgium",
  "Mons, Belgium",
  "The Hague, Netherlands",
  "Norfolk, USA",
  "Naples, Italy",
  "Brunssum, Netherlands",
  "Kalkar, Germany",
  "Lisbon, Portugal",
];
const ORGANISATIONS = [
  "International Staff, NATO HQ",
  "BICES Group Executive",
  "NATO Communications and Information Agency",
  "Allied Command Transformation",
  "NATO Support and Procurement Agency",
];

/** Reads the notices and extracts the raw material for synthetic vacancies. */
export function readCorpus(noticesDir = "data/notices"): Corpus {
  const texts = readdirSync(noticesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(noticesDir, f), "utf8"));
  const all = texts.join("\n");
  const sentences = [
    ...new Set(
      all
        .split(/\n+|(?<=[.;])\s+/)
        .map((s) => s.replace(/^[\s•·*-]+/, "").trim())
        .filter((s) => s.length >= 40 && s.length <= 400),
    ),
  ];
  const words = [...new Set(all.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [])];
  const domainPhrases = [
    ...new Set(
      (all.match(/\b(?:[A-Z][a-z]+(?: +(?:and|of|&) +| +)){1,3}[A-Z][a-z]+\b/g) ?? []).filter(
        (p) => p.length < 45 && !/^(The|This|Under|Please|For|In|If|All) /.test(p),
      ),
    ),
  ];
  const units = [
    ...new Set(
      all.match(/\b[A-Z][A-Za-z]+(?: +[A-Z][A-Za-z]+){0,4} +(?:Branch|Division|Section|Centre|Cell)\b/g) ??
        [],
    ),
  ];
  return { sentences, words, domainPhrases, units };
}

/** Pseudo-words (product names, tool names) so the vocabulary has thousands of distinct terms, as real data does. */
function pseudoWord(random: () => number): string {
  const syllables = [
    "ka",
    "ter",
    "vo",
    "lin",
    "ar",
    "quo",
    "zen",
    "tri",
    "mex",
    "dal",
    "ro",
    "sin",
    "pha",
    "tor",
    "ul",
    "bex",
  ];
  let w = "";
  const n = 2 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
  return w;
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** A real sentence with about one word in six replaced by another corpus word or a pseudo-word. */
function varySentence(random: () => number, corpus: Corpus): string {
  return pick(random, corpus.sentences)
    .split(" ")
    .map((w) => {
      const r = random();
      if (r < 0.12 && /^[a-z]{4,}$/.test(w)) return pick(random, corpus.words);
      if (r < 0.16 && /^[a-z]{4,}$/.test(w)) return pseudoWord(random);
      return w;
    })
    .join(" ");
}

function isoDay(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Generates `count` schema-valid vacancies, deterministically for a given seed. */
export function generateVacancies(
  count: number,
  options: { seed?: number; corpus?: Corpus } = {},
): Vacancy[] {
  const random = createRandom(options.seed ?? 42);
  const corpus = options.corpus ?? readCorpus();
  const base = new Date("2024-06-01T00:00:00Z");
  const vacancies: Vacancy[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const title = `${pick(random, ROLES)}, ${pick(random, corpus.domainPhrases)}${random() < 0.3 ? ` ${pseudoWord(random)}` : ""}`;
    let id = slugify(title, 70);
    if (usedIds.has(id)) id = `${id}-${i}`;
    usedIds.add(id);
    const essential = Array.from({ length: 5 + Math.floor(random() * 7) }, () =>
      varySentence(random, corpus),
    );
    const desirable = Array.from({ length: 3 + Math.floor(random() * 7) }, () =>
      varySentence(random, corpus),
    );
    const summary = Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
      varySentence(random, corpus),
    ).join(" ");
    vacancies.push(
      VacancySchema.parse({
        id,
        title,
        organisation: pick(random, ORGANISATIONS),
        unit: corpus.units.length ? pick(random, corpus.units) : null,
        location: pick(random, LOCATIONS),
        deadline: random() < 0.05 ? null : isoDay(base, Math.floor(random() * 730)),
        posts: 1 + Math.floor(random() * 3),
        salary: null,
        summary,
        essential,
        desirable,
        languages: [{ language: "English", level: "V (Advanced)" }],
        source: `synthetic #${i}`,
      }),
    );
  }
  return vacancies;
}
