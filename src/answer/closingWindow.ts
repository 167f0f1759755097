// "What closes this week?", "jobs closing soon", "deadlines in the next 10 days": a time window
// on deadlines, read from the question. Returned in calendar days from today (inclusive).

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  thirty: 30,
};

/** A deadline word must be present, so "this week's new jobs" is not a closing-window question. */
const CLOSING_WORD = / (closing|closes|close|deadlines?|due|ending|ends|expir\w*|last (day|chance)) /;

/** Words that only express the window; removed from the subject. */
export const WINDOW_WORDS = new Set(
  "soon soonest shortly imminently imminent today tonight tomorrow this next coming within week weeks fortnight month months day days few couple the in of".split(
    " ",
  ),
);

/** The window the question asks about (days from today, inclusive), or null when it names none. */
export function closingWindowDays(foldedText: string): number | null {
  const text = ` ${foldedText.trim()} `;
  if (!CLOSING_WORD.test(text)) return null;
  const count =
    / (?:within|in|next|coming) (?:the )?(?:next |coming )?(\d{1,3}|[a-z]+) (days?|weeks?|months?) /.exec(
      text,
    );
  if (count) {
    const n = Number(count[1]) || NUMBER_WORDS[count[1] ?? ""] || null;
    if (n !== null) {
      const unit = count[2] ?? "day";
      return unit.startsWith("week") ? n * 7 : unit.startsWith("month") ? n * 30 : n;
    }
  }
  if (/ (today|tonight) /.test(text)) return 0;
  if (/ tomorrow /.test(text)) return 1;
  if (/ (this|the coming|within a|in a) week /.test(text)) return 7;
  if (/ (next|two|2) weeks? | fortnight /.test(text)) return 14;
  if (/ (this|the coming|within a|in a|next) month /.test(text)) return 31;
  if (/ (soon|soonest|shortly|imminent\w*|few days|couple of days) /.test(text)) return 14;
  return null;
}
