// Contract terms: type ("Definite duration"), duration ("3 years"), renewal terms and maximum
// period of service, read from the contract offer sentence and the contract clauses; the terms for
// a secondee as written; a probation period, kept with the offer as written.
import type { Contract } from "../vacancy.ts";
import { splitSentences } from "./noticeLines.ts";
import { readCount } from "./parsePosts.ts";

const TYPES: [RegExp, string][] = [
  [/\btemporary agent\b/i, "Temporary Agent"],
  [/\bcontract agent\b/i, "Contract Agent"],
  [/\bindefinite[- ]duration\b/i, "Indefinite duration"],
  [/\bdefinite[- ]duration\b/i, "Definite duration"],
  [/\bfixed[- ]term\b/i, "Fixed-term"],
  [/\bpermanent\b/i, "Permanent"],
  [/\btemporary\b/i, "Temporary"],
  [/\bshort[- ]term\b/i, "Short-term"],
  [/\bconsultan(cy|t)\b/i, "Consultancy"],
  [/\binternship\b/i, "Internship"],
  [/\bsecondment\b/i, "Secondment"],
];

const DURATION = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty[- ]four|thirty[- ]six)(?:\s*\(\d{1,2}\))?[- ](year|month)s?'?`;

/** "three years" / "3-year" -> "3 years". */
function normaliseDuration(count: string, unit: string): string {
  const n = readCount(count.replace(/-/g, " ").split(" ")[0] as string) ?? Number(count);
  const extra: Record<string, number> = { eighteen: 18, "twenty four": 24, "thirty six": 36 };
  const value = extra[count.toLowerCase().replace(/-/g, " ")] ?? n;
  return `${value} ${unit.toLowerCase()}${value === 1 ? "" : "s"}`;
}

/** Contract terms from the contract section text; null when the notice says nothing about a contract. */
export function parseContract(contractText: string, typeField: string | null = null): Contract | null {
  const text = contractText.replace(/\s+/g, " ").trim();
  if (!text && !typeField) return null;
  const sentences = splitSentences(text);
  // The offer: "Contract to be offered to the successful applicant: Definite duration contract of three years; ..."
  const hasType = (s: string) => TYPES.some(([re]) => re.test(s));
  const offered = (s: string) =>
    /\bwill be offered an?\b.*\bcontract\b|\bcontract\b.*\bwill be offered\b/i.test(s);
  const offer =
    sentences.find((s) => /\bcontract to be offered\b/i.test(s)) ??
    sentences.find((s) => offered(s) && hasType(s) && !/\bseconded\b/i.test(s)) ??
    sentences.find((s) => offered(s) && hasType(s)) ??
    sentences.find((s) => /\bcontract\b/i.test(s) && hasType(s)) ??
    null;
  const offerTerms = offer ? offer.replace(/^.*?\bcontract to be offered[^:]*:\s*/i, "") : null;

  const typeSource = [typeField, offerTerms ?? text].filter(Boolean).join(" ; ");
  // The type named first in the offer ("Definite duration contract ...; possibility of an indefinite ...")
  // A contract field may hold only the duration ("Duration: 36 months"): no type then.
  const fieldIsDuration = typeField !== null && new RegExp(`^${DURATION}$`, "i").test(typeField.trim());
  const type =
    TYPES.map(([re, name]) => ({ name, at: typeSource.search(re) }))
      .filter((t) => t.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.name ??
    (fieldIsDuration ? null : typeField) ??
    null;

  const durationMatch = new RegExp(
    `(?:of|for|duration\\s*:)\\s+(?:an?\\s+)?${DURATION}|${DURATION}\\s+(?:definite|fixed|contract|appointment|duration)`,
    "i",
  ).exec(offerTerms ?? text);
  // "Type of contract: Fixed-term, 2 years": a field names the duration bare
  const fieldDuration = typeField ? new RegExp(DURATION, "i").exec(typeField) : null;
  const duration = durationMatch
    ? normaliseDuration(
        (durationMatch[1] ?? durationMatch[3]) as string,
        (durationMatch[2] ?? durationMatch[4]) as string,
      )
    : fieldDuration
      ? normaliseDuration(fieldDuration[1] as string, fieldDuration[2] as string)
      : null;

  let renewal: string | null = null;
  if (offerTerms) {
    const clauses = offerTerms.split(/;\s*|\s*,\s*(?=possibility|with|which|renewable|extendable)/i);
    const renewalClauses = clauses
      .slice(1)
      .concat(clauses[0] ? [clauses[0]] : [])
      .map(
        (c) =>
          /(?:with )?(?:the )?possibility of .*|renewable.*|extendable.*|(?:which )?may be (?:renewed|extended).*/i.exec(
            c,
          )?.[0],
      )
      .filter((c): c is string => Boolean(c));
    renewal = renewalClauses.length
      ? renewalClauses.map((c) => c.replace(/[.;]$/, "").trim()).join("; ")
      : null;
  }
  if (!renewal) {
    const s = sentences.find((x) => /\b(renew(al|ed|able)|extension|extended|extendable)\b/i.test(x));
    renewal = s ? s.replace(/[.;]$/, "") : null;
  }

  const max = new RegExp(
    String.raw`maximum (?:period|duration|length) of (?:service|employment|appointment)(?! in the post as a seconded)[^.]*?\b(?:is|of)\s+${DURATION}`,
    "i",
  ).exec(text);
  const maximumService = max ? normaliseDuration(max[1] as string, max[2] as string) : null;

  // A secondee is offered other terms ("a two-year definite duration contract ..."); an offer "if
  // non-seconded" is the ordinary one.
  // Clauses listed as bullets end in ";" and run together: each starts with a capital.
  const seconded = sentences
    .flatMap((x) => x.split(/;\s+(?=[A-Z])/))
    .filter((x) => /\bseconded\b/i.test(x) && !/\bnon-seconded\b/i.test(x));

  // "The first 6 months of the contract will be considered as probationary period": a term of the
  // contract people ask about, kept with the offer.
  const probation = sentences.find((x) => /\bprobation/i.test(x) && x !== offer);
  const offerText = (offer ?? sentences.slice(0, 2).join(" ")).slice(0, 2_000);
  const withProbation = probation && !offerText.includes(probation) ? `${offerText} ${probation}` : offerText;

  if (!type && !duration && !renewal && !maximumService) return null;
  return {
    type,
    duration,
    renewal: renewal ? renewal.charAt(0).toUpperCase() + renewal.slice(1) : null,
    maximumService,
    text: withProbation.slice(0, 2_000) || typeField,
    seconded: seconded.length > 0 ? seconded.join(" ").slice(0, 2_000) : null,
  };
}
