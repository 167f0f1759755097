// Acronym definitions written in the notice, "Operations and Security Services (OSS)": the
// search expands a query's "OSS" with them. Long forms are found with the Schwartz & Hearst
// algorithm (letters of the short form matched right-to-left in the preceding words).

export interface Acronym {
  short: string;
  long: string;
}

const SHORT_FORM = /\(([A-Z][A-Za-z0-9&-]{1,11})\)/g;

/** The shortest long form ending right before "(SHORT)" whose letters spell SHORT, or null. */
export function findLongForm(short: string, before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (letters.length < 2) return null;
  const byInitials = longFormByInitials(letters, words);
  if (byInitials) return byInitials;
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const window = words.slice(-maxWords).join(" ");
  // Schwartz & Hearst: walk both strings from the end; the first letter must start a word.
  let s = letters.length - 1;
  let l = window.length - 1;
  const lower = window.toLowerCase();
  while (s >= 0) {
    const c = letters[s] as string;
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/i.test(lower[l - 1] as string)))) l--;
    if (l < 0) return null;
    s--;
    l--;
  }
  const start = window.lastIndexOf(" ", l + 1) + 1;
  const long = window
    .slice(start)
    .replace(/^[^A-Za-z0-9]+|[\s,;:]+$/g, "")
    .trim();
  if (!long || long.length <= short.length || long.split(/\s+/).length > letters.length + 3) return null;
  // A long form starts with a capital or digit in these notices' definitions; skip lower-case prose
  if (!/^[A-Z0-9]/.test(long)) return null;
  return long;
}

const MINOR_WORDS = /^(and|of|for|the|in|on|to|at|&|de|du|des|la|le)$/i;

/** "Engineering and Enterprise Architecture (EEA)": the words whose initials spell the short form. */
function longFormByInitials(letters: string, words: string[]): string | null {
  const plural = letters.endsWith("s") ? letters.slice(0, -1) : null;
  for (let k = 1; k <= Math.min(words.length, letters.length * 2 + 2); k++) {
    const window = words.slice(-k);
    const first = window[0] as string;
    if (MINOR_WORDS.test(first) || !/^[A-Z0-9]/.test(first)) continue;
    const initials = window
      .filter((w) => !MINOR_WORDS.test(w))
      .map((w) =>
        w
          .replace(/^[^A-Za-z0-9]+/, "")
          .charAt(0)
          .toLowerCase(),
      )
      .join("");
    if (initials === letters || initials === plural) return window.join(" ").replace(/[\s,;:]+$/, "");
  }
  return null;
}

/** Every acronym the text defines, first definition wins. */
export function extractAcronyms(text: string): Acronym[] {
  const found = new Map<string, Acronym>();
  for (const m of text.matchAll(SHORT_FORM)) {
    const short = m[1] as string;
    if (found.has(short) || !/[A-Z].*[A-Z]/.test(short)) continue;
    const before =
      text
        .slice(Math.max(0, (m.index ?? 0) - 200), m.index)
        .split(/[.;:()\n]/)
        .pop() ?? "";
    const long = findLongForm(short, before);
    if (long) found.set(short, { short, long });
  }
  return [...found.values()];
}
