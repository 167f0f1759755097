// "any jobs that pay in dollars", "which posts pay in USD": a list of posts by the currency their
// stated pay is in. Notices state pay as free text ("$75,000 - $85,000 / YEAR"), so the currency is
// read from its symbol or code; folding drops symbols, so questions name currencies by word or code.

/** A currency as the answer names it. */
export interface Currency {
  code: string;
  name: string;
}

const CURRENCIES: Record<string, Currency> = {
  USD: { code: "USD", name: "US dollars" },
  EUR: { code: "EUR", name: "euros" },
  GBP: { code: "GBP", name: "pounds sterling" },
  CAD: { code: "CAD", name: "Canadian dollars" },
};

/** Folded words of a currency ("canadian dollars" before "dollars"). */
const CURRENCY_WORDS =
  / (?:in |paid in |of )?(canadian dollars?|cad|us dollars?|american dollars?|dollars?|usd|euros?|eur|pounds?(?: sterling)?|sterling|gbp)(?= )/;

/** A pay word must be present ("jobs in euro area" asks nothing about pay). */
const PAY_WORD =
  / (pay|pays|paid|paying|salary|salaries|wage|wages|earn|earns|earning|remuneration|compensation|currency) /;

const PAY_WORDS = new RegExp(PAY_WORD.source, "g");

function codeOfWord(word: string): string {
  if (/^(canadian|cad)/.test(word)) return "CAD";
  if (/^(us |american |dollar|usd)/.test(word)) return "USD";
  if (/^(euro|eur)/.test(word)) return "EUR";
  return "GBP";
}

/** The currency a folded question asks pay to be in, and the question without it; null when it asks none. */
export function currencyAsked(text: string): { currency: Currency; rest: string } | null {
  if (!PAY_WORD.test(text)) return null;
  const m = CURRENCY_WORDS.exec(text);
  if (!m) return null;
  const currency = CURRENCIES[codeOfWord(m[1] as string)] as Currency;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  // The pay words only say what is filtered on: "jobs paying" names no post.
  return { currency, rest: rest.replace(PAY_WORDS, " ") };
}

/** The currency a salary text states ("$75,000" -> USD, "EUR 5 000", "€5.000", "£40k"), or null. */
export function currencyOf(salary: string | null): Currency | null {
  if (!salary) return null;
  const code = /\b(?:CAD|C\$)|canadian dollar/i.test(salary)
    ? "CAD"
    : /\$|\bUSD\b|dollar/i.test(salary)
      ? "USD"
      : /€|\bEUR\b|euro/i.test(salary)
        ? "EUR"
        : /£|\bGBP\b|pound|sterling/i.test(salary)
          ? "GBP"
          : null;
  return code ? (CURRENCIES[code] as Currency) : null;
}
