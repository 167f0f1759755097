// "Can I apply if I'm from Sweden?", "can non-NATO citizens apply?": NATO notices accept only
// nationals of member countries, so whether someone may apply turns on whether their country is a
// member on the day asked. The members and the day each joined are public record; a country named
// that is not among them (and is recognised as a country) is not a member.

/** A country a question names, and whether it is a NATO member on the day asked. */
export interface NamedNationality {
  /** "Sweden"; null for "non-NATO", "outside NATO", "a partner country". */
  country: string | null;
  member: boolean;
  /** The day a member joined (YYYY-MM-DD). */
  since?: string;
  /** A country that joined after the day asked: not a member as of that day (YYYY-MM-DD). */
  asOf?: string;
}

interface Country {
  name: string;
  /** Folded words that name it or its people. */
  words: readonly string[];
  /** Day of accession (YYYY-MM-DD); absent for a non-member. */
  joined?: string;
}

const COUNTRIES: readonly Country[] = [
  { name: "Belgium", words: ["belgium", "belgian"], joined: "1949-08-24" },
  { name: "Canada", words: ["canada", "canadian"], joined: "1949-08-24" },
  { name: "Denmark", words: ["denmark", "danish", "dane"], joined: "1949-08-24" },
  { name: "France", words: ["france", "french"], joined: "1949-08-24" },
  { name: "Iceland", words: ["iceland", "icelandic"], joined: "1949-08-24" },
  { name: "Italy", words: ["italy", "italian"], joined: "1949-08-24" },
  { name: "Luxembourg", words: ["luxembourg", "luxembourgish"], joined: "1949-08-24" },
  { name: "the Netherlands", words: ["netherlands", "holland", "dutch"], joined: "1949-08-24" },
  { name: "Norway", words: ["norway", "norwegian"], joined: "1949-08-24" },
  { name: "Portugal", words: ["portugal", "portuguese"], joined: "1949-08-24" },
  {
    name: "the United Kingdom",
    words: [
      "united kingdom",
      "uk",
      "britain",
      "great britain",
      "british",
      "england",
      "english",
      "scotland",
      "scottish",
      "wales",
      "welsh",
    ],
    joined: "1949-08-24",
  },
  {
    name: "the United States",
    words: ["united states", "usa", "america", "american"],
    joined: "1949-08-24",
  },
  { name: "Greece", words: ["greece", "greek"], joined: "1952-02-18" },
  { name: "Türkiye", words: ["turkey", "turkiye", "turkish"], joined: "1952-02-18" },
  { name: "Germany", words: ["germany", "german"], joined: "1955-05-06" },
  { name: "Spain", words: ["spain", "spanish", "spaniard"], joined: "1982-05-30" },
  { name: "Czechia", words: ["czechia", "czech republic", "czech"], joined: "1999-03-12" },
  { name: "Hungary", words: ["hungary", "hungarian"], joined: "1999-03-12" },
  { name: "Poland", words: ["poland", "polish"], joined: "1999-03-12" },
  { name: "Bulgaria", words: ["bulgaria", "bulgarian"], joined: "2004-03-29" },
  { name: "Estonia", words: ["estonia", "estonian"], joined: "2004-03-29" },
  { name: "Latvia", words: ["latvia", "latvian"], joined: "2004-03-29" },
  { name: "Lithuania", words: ["lithuania", "lithuanian"], joined: "2004-03-29" },
  { name: "Romania", words: ["romania", "romanian"], joined: "2004-03-29" },
  { name: "Slovakia", words: ["slovakia", "slovak"], joined: "2004-03-29" },
  { name: "Slovenia", words: ["slovenia", "slovenian"], joined: "2004-03-29" },
  { name: "Albania", words: ["albania", "albanian"], joined: "2009-04-01" },
  { name: "Croatia", words: ["croatia", "croatian"], joined: "2009-04-01" },
  { name: "Montenegro", words: ["montenegro", "montenegrin"], joined: "2017-06-05" },
  { name: "North Macedonia", words: ["north macedonia", "macedonia", "macedonian"], joined: "2020-03-27" },
  { name: "Finland", words: ["finland", "finnish", "finn"], joined: "2023-04-04" },
  { name: "Sweden", words: ["sweden", "swedish", "swede"], joined: "2024-03-07" },
  // Countries people often ask about that are not members.
  { name: "Ukraine", words: ["ukraine", "ukrainian"] },
  { name: "Australia", words: ["australia", "australian"] },
  { name: "New Zealand", words: ["new zealand", "new zealander", "kiwi"] },
  { name: "Switzerland", words: ["switzerland", "swiss"] },
  { name: "Austria", words: ["austria", "austrian"] },
  { name: "Ireland", words: ["ireland", "irish"] },
  { name: "Malta", words: ["malta", "maltese"] },
  { name: "Cyprus", words: ["cyprus", "cypriot"] },
  { name: "Georgia", words: ["georgia", "georgian"] },
  { name: "Moldova", words: ["moldova", "moldovan"] },
  { name: "Serbia", words: ["serbia", "serbian"] },
  { name: "Bosnia and Herzegovina", words: ["bosnia", "bosnian"] },
  { name: "Kosovo", words: ["kosovo", "kosovar"] },
  { name: "Belarus", words: ["belarus", "belarusian"] },
  { name: "Russia", words: ["russia", "russian"] },
  { name: "Japan", words: ["japan", "japanese"] },
  { name: "South Korea", words: ["korea", "south korea", "korean"] },
  { name: "China", words: ["china", "chinese"] },
  { name: "India", words: ["india", "indian"] },
  { name: "Pakistan", words: ["pakistan", "pakistani"] },
  { name: "Israel", words: ["israel", "israeli"] },
  { name: "Egypt", words: ["egypt", "egyptian"] },
  { name: "Morocco", words: ["morocco", "moroccan"] },
  { name: "Nigeria", words: ["nigeria", "nigerian"] },
  { name: "Brazil", words: ["brazil", "brazilian"] },
  { name: "Mexico", words: ["mexico", "mexican"] },
  { name: "Argentina", words: ["argentina", "argentinian", "argentine"] },
  { name: "Colombia", words: ["colombia", "colombian"] },
  { name: "the Philippines", words: ["philippines", "filipino"] },
];

/** Words for someone from no member country at all. */
const NON_MEMBER =
  / (non nato|non member|non allied|partner (country|countries|nation|nations)|outside( of)? (nato|the alliance))(?= )/;

/** Every country's words, as one alternation for the questions that name a nationality. */
export const COUNTRY_WORDS = COUNTRIES.flatMap((c) => c.words).join("|");

/**
 * "I'm from X", "I'm X", "as an X", "X citizens", "can an X apply": a country's words as a
 * nationality ("English", "French", "Spanish" are languages too: only in these phrasings).
 */
export function nationalityPattern(words: string, fromPlace = true): RegExp {
  const w = `(?:${words})`;
  // "from Sweden", "citizen of Sweden" only once the question is known to ask about nationality:
  // "level of French", "capital of Belgium" ask nothing of the kind.
  const place = fromPlace ? ` (from|of) (the )?${w}(?= )|` : "";
  return new RegExp(
    `${place} (i m|i am|im|as) (an? )?${w}(?= )(?! speak)| ${w}s? (citizens?|nationals?|passports?|people|applicants?|candidates?|nationality|citizenship)(?= )| (can|could|may) (an? )?${w}s? (still )?(apply|go for)(?= )`,
  );
}

const PATTERNS = COUNTRIES.map((c) => ({ country: c, pattern: nationalityPattern(c.words.join("|")) }));

function namedCountry(text: string): Country | null {
  return PATTERNS.find((p) => p.pattern.test(text))?.country ?? null;
}

/** Does a (folded, space-padded) question name the asker's nationality ("if I'm Irish", "non-NATO")? */
export function namesNationality(text: string): boolean {
  return NON_MEMBER.test(text) || namedCountry(text) !== null;
}

/**
 * The nationality a (folded, space-padded) eligibility question names, member or not on `day`
 * (YYYY-MM-DD); null when it names none ("which jobs are for NATO nationals only?").
 */
export function namedNationality(text: string, day: string): NamedNationality | null {
  if (NON_MEMBER.test(text)) return { country: null, member: false };
  const c = namedCountry(text);
  if (!c) return null;
  if (c.joined === undefined) return { country: c.name, member: false };
  return c.joined <= day
    ? { country: c.name, member: true, since: c.joined }
    : { country: c.name, member: false, asOf: day };
}

/** A notice sentence that accepts only nationals of member countries. */
export const MEMBERS_ONLY = /\bnationals of NATO member\b/i;

/**
 * The yes or no that leads an answer to "can X apply", from the notices' sentences: `restricting`
 * of the `total` posts in scope accept only nationals of member countries (`dayText` writes a
 * day). Null when no notice restricts, so there is nothing to say yes or no by.
 */
export function nationalityVerdict(
  named: NamedNationality,
  restricting: number,
  total: number,
  dayText: (isoDate: string) => string,
  /** "Which jobs are open to non-NATO nationals?": "None" rather than "No" when none accepts them. */
  asksWhich = false,
): string | null {
  if (restricting === 0) return null;
  const notices =
    total === 1
      ? "the notice accepts"
      : restricting === total
        ? `all ${total} notices accept`
        : `${restricting} of the ${total} notices accept`;
  const others = restricting < total ? " (the others state no nationality condition)" : "";
  if (!named.member) {
    const asOf = named.asOf ? ` as of ${dayText(named.asOf)}` : "";
    const who = named.country ? `${named.country} is not a NATO member country${asOf}, and ` : "";
    const no = asksWhich && restricting === total ? "None" : "No";
    return `${no}${restricting < total ? `, for ${restricting} of the ${total} posts` : ""}: ${who}${notices} applications only from nationals of NATO member countries${others}.`;
  }
  const since = named.since ? ` (since ${dayText(named.since)})` : "";
  return `Yes, as far as nationality goes: ${named.country} is a NATO member country${since}, and ${notices} applications from nationals of NATO member countries${others}.`;
}
