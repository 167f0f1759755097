// English number words as notices and questions write counts ("five years", "two posts",
// "within ten days"): one table, so every reader of a count knows the same words.

/** Number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** The words as a regular-expression alternation ("one|two|..."), for a count group. */
export const NUMBER_WORD_ALTERNATION = Object.keys(NUMBER_WORDS).join("|");
