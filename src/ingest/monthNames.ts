// Month names as notices write them, in the languages of the bodies that publish in Europe: a
// notice pasted from a German, French, Dutch, Italian, Spanish or Portuguese page gives its
// deadline as "14. März 2026", "14 mars 2026", "14 maart 2026" or "14 de marzo de 2026".

/**
 * A language's months, January first, one word per month ("/" between variants, "-" for none):
 * the full names, then the short forms the language uses.
 */
interface Names {
  full: string;
  short: string;
}

const ENGLISH: Names = {
  full: "january february march april may june july august september october november december",
  short: "jan feb mar apr - jun jul aug sep/sept oct nov dec",
};

const LANGUAGES: Names[] = [
  ENGLISH,
  {
    // French
    full: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    short: "janv févr - avr - - juil - - - - déc",
  },
  {
    // German (Austrian "Jänner", "Feber")
    full: "januar/jänner februar/feber märz/maerz april mai juni juli august september oktober november dezember",
    short: "- - mär - - - - - - okt - dez",
  },
  {
    // Dutch
    full: "januari februari maart april mei juni juli augustus september oktober november december",
    short: "- - mrt - - - - - - - - -",
  },
  {
    // Italian
    full: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    short: "gen - - - mag giu lug ago set ott - dic",
  },
  {
    // Spanish and Portuguese
    full: "enero/janeiro febrero/fevereiro marzo/março abril mayo/maio junio/junho julio/julho agosto septiembre/setiembre/setembro octubre/outubro noviembre/novembro diciembre/dezembro",
    short: "ene - - abr - - - - - - - -",
  },
];

/** The names of each month, January first. */
function byMonth(words: string): string[][] {
  return words.split(" ").map((w) => (w === "-" ? [] : w.split("/")));
}

/** Lower case, without accents: "März" -> "marz", "Février" -> "fevrier". */
export function foldMonth(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.$/, "");
}

const NUMBERS = new Map<string, number>();
const FULL_NAMES: string[] = [];
for (const { full, short } of LANGUAGES) {
  byMonth(full).forEach((names, i) => {
    for (const n of names) NUMBERS.set(foldMonth(n), i + 1);
    FULL_NAMES.push(...names);
  });
  byMonth(short).forEach((names, i) => {
    for (const n of names) NUMBERS.set(foldMonth(n), i + 1);
  });
}

/** 1..12 for a month name or short form in any of the languages, accents optional; NaN otherwise. */
export function monthOf(name: string): number {
  return NUMBERS.get(foldMonth(name)) ?? Number.NaN;
}

/** Each name as written and without its accents, longest first so "marzo" wins over "mar". */
function alternation(names: Iterable<string>): string {
  const all = new Set<string>();
  for (const n of names) {
    all.add(n);
    all.add(foldMonth(n));
  }
  return [...all].sort((a, b) => b.length - a.length).join("|");
}

/** Regex alternation of every month name and short form (wrap it in a group; match case-insensitively). */
export const MONTH_NAME = alternation(
  LANGUAGES.flatMap(({ full, short }) => [...byMonth(full).flat(), ...byMonth(short).flat()]),
);

/**
 * The names that alone make a text look like a date: English names and short forms (as before),
 * and the full names of the other languages. Their short forms ("set", "ago", "mag") are common
 * words and count only inside a whole date.
 */
export const DATE_LOOKING_MONTH = alternation([
  ...byMonth(ENGLISH.full).flat(),
  ...byMonth(ENGLISH.short).flat(),
  ...FULL_NAMES,
]);
