// NATO staff in Brussels write between English, French (an official language) and German: "date
// limite pour le technicien réseau?", "Bewerbungsfrist tech sec op?". The question words of those
// messages are read as their English meaning before the intent rules run, so the rules and the
// search see "deadline for the technicien network". Only words that ask something (and common
// function words) are listed: the notices are in English, so names are searched as they are.

/** Folded phrases first: their words alone mean something else ("date", "c"). */
const LOAN_PHRASES: readonly [RegExp, string][] = [
  [/ date limite /g, " deadline "],
  [/ c est quoi /g, " what is "],
  [/ qu est ce que /g, " what "],
  [/ c est /g, " is it "],
  // "chef du NOSC": in English a chef cooks, so only the French construction reads as "chief".
  [/ chef (du|de|des|d) /g, " chief of "],
];

/** Folded French and German words and the English they stand for ("" drops a function word). */
const LOAN_WORDS: Record<string, string> = {
  // French
  delai: "deadline",
  echeance: "deadline",
  salaire: "salary",
  exigences: "requirements",
  prerequis: "requirements",
  competences: "skills",
  langues: "languages",
  linguistique: "language",
  linguistiques: "language",
  quelles: "what",
  quels: "what",
  sont: "are",
  est: "is",
  diplome: "degree",
  contrat: "contract",
  ouvert: "open",
  ouverte: "open",
  encore: "still",
  quand: "when",
  combien: "how many",
  poste: "post",
  postes: "posts",
  emploi: "job",
  emplois: "jobs",
  reseau: "network",
  pour: "for",
  le: "the",
  la: "the",
  les: "the",
  de: "of",
  du: "of the",
  des: "of the",
  quel: "what",
  quelle: "what",
  // German
  frist: "deadline",
  bewerbungsfrist: "deadline",
  einsendeschluss: "deadline",
  gehalt: "salary",
  voraussetzungen: "requirements",
  anforderungen: "requirements",
  sprachen: "languages",
  vertrag: "contract",
  offen: "open",
  noch: "still",
  wann: "when",
  wie: "how",
  viele: "many",
  stelle: "post",
  stellen: "posts",
  fur: "for",
  fuer: "for",
  der: "the",
  das: "the",
  den: "the",
  dem: "the",
};

/** A folded question with French and German question words written in English. */
export function readLoanWords(folded: string): string {
  let text = ` ${folded} `;
  for (const [phrase, meant] of LOAN_PHRASES) text = text.replace(phrase, meant);
  return text
    .split(" ")
    .map((w) => LOAN_WORDS[w] ?? w)
    .filter((w) => w !== "")
    .join(" ");
}
