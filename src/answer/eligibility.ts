// Who may apply and what appointment depends on: security clearance, nationality, age, medical
// approval. Notices state these among the application notes (sometimes among the requirements),
// so they are picked out by what the sentence talks about.
import type { Vacancy } from "../vacancy.ts";

const ELIGIBILITY_LINE =
  /\b(clearance|vetting|nationals|a national of|nationality|nationalities|citizens?|citizenship|medical|years of age|age limit|under the age of|(minimum|maximum) age)\b/i;

/** The notice's sentences about clearance, nationality and medical conditions, requirements first. */
export function eligibilityLines(vacancy: Vacancy): string[] {
  const lines = [...vacancy.essential, ...vacancy.desirable, ...vacancy.applicationNotes].filter((l) =>
    ELIGIBILITY_LINE.test(l),
  );
  return [...new Set(lines)];
}
