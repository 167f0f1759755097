// "jobs closing between 15 and 20 June", "what closes after 1 July", "deadlines by 2024-06-20",
// "anything closing in Q1 2025", "what closes after the NOSC chief?": a deadline range bounded by
// named days, the end of this month, a quarter or another post's deadline. Read from the folded
// question here; the days are resolved against today (and a post bound against that post's
// deadline) when the answer is composed.

import { daysBetween } from "./deadlineStatus.ts";
import { type NamedDay, resolveDay } from "./listDay.ts";
import { MONTH_ALTERNATION, monthNumber } from "./monthWords.ts";

/** One end of a deadline range. */
export type RangeBound =
  /** A calendar day ("20 June", "2024-06-20"); inclusive for "by/until/from", exclusive for "before/after". */
  | { kind: "day"; day: NamedDay; inclusive: boolean }
  /** The deadline of the post these words name ("after the NOSC chief"); always exclusive. */
  | { kind: "post"; words: string }
  /** The last day of the current month ("before the end of the month"); inclusive. */
  | { kind: "monthEnd" }
  /** The first or last day of this quarter (offset 0) or the next (1); inclusive. */
  | { kind: "quarter"; offset: 0 | 1; edge: "start" | "end" }
  /** A day of the week, its coming occurrence ("this Friday"; "next Monday" said on a Monday is a week on). */
  | { kind: "weekday"; weekday: number; next: boolean; inclusive: boolean };

/** A deadline range; at least one end is set. */
export interface ClosingRange {
  from: RangeBound | null;
  to: RangeBound | null;
}

const MONTH = `(?:${MONTH_ALTERNATION})`;
const ORDINAL = "(?:st|nd|rd|th)?";
/** Days named by a holiday of fixed date ("before Christmas", "after New Year"), folded. */
const HOLIDAYS: readonly { words: RegExp; day: number; month: number }[] = [
  { words: /^(?:christmas|xmas) eve$/, day: 24, month: 12 },
  { words: /^(?:christmas|xmas)(?: day)?$/, day: 25, month: 12 },
  { words: /^boxing day$/, day: 26, month: 12 },
  { words: /^new years? eve$|^new year s eve$/, day: 31, month: 12 },
  { words: /^(?:the )?new years?(?: day)?$|^new year s day$/, day: 1, month: 1 },
  { words: /^halloween$/, day: 31, month: 10 },
];
const HOLIDAY =
  "(?:(?:christmas|xmas)(?: day| eve)?|boxing day|new year s (?:day|eve)|new years? (?:day|eve)|new year|halloween)";
/** A day with its month: "20 june", "20th of june 2024", "june 20", "2024 06 20" (folded ISO), "20 06 2024" (folded 20/06/2024), "christmas (2024)". */
const DAY = `(?:${HOLIDAY}(?: \\d{4})?|\\d{1,2}${ORDINAL}(?: of)? ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}${ORDINAL}(?: \\d{4})?|\\d{4} \\d{1,2} \\d{1,2}|\\d{1,2} \\d{1,2} \\d{4})`;
/** A bare day number, only as the first day of "between 15 and 20 June". */
const BARE_DAY = `\\d{1,2}${ORDINAL}`;
/** The deadline words a range follows ("closing", "deadline", "closing date is", "due"). */
const CLOSE = `(?:closing|closes|close|deadlines?|due|ending|ends|expiring|expires?)(?: dates?| days?)?(?: (?:is|are|falls?|falling|that is|which is|that fall|which fall))?`;

const BETWEEN = new RegExp(
  ` ${CLOSE} (?:between|from) (?:the )?(${DAY}|${BARE_DAY}|now|today)(?: (?:and|to|till|until|through|thru))? (?:the )?(${DAY}|\\d{1,2}(?:st|nd|rd|th))(?= )(?! (?:days?|weeks?|months?) )`,
);
const AFTER = new RegExp(
  ` ${CLOSE} (after|later than|beyond|past|from|on or after|starting|starting from) (?:the )?(${DAY})(?= )`,
);
/** "closing after June (2024)": from the first day of the next month (a month "before" or "by" is a month window). */
const AFTER_MONTH = new RegExp(
  ` ${CLOSE} (?:after|later than|beyond) (?:the end of )?(${MONTH})(?: (\\d{4}))?(?= )`,
);
/** "closing in the last week of June", "in the first half of July": part of a named month. */
const MONTH_PART = new RegExp(
  ` ${CLOSE} (?:in|during|within) (?:the )?(first|last|second) (week|half|fortnight) of (${MONTH})(?: (\\d{4}))?(?= )`,
);
/** "closing between March and June 2025": from the first day of one month to the last of the other. */
const BETWEEN_MONTHS = new RegExp(
  ` ${CLOSE} (?:between|from) (${MONTH})(?: (\\d{4}))? (?:and|to|till|until|through|thru) (${MONTH})(?: (\\d{4}))?(?= )`,
);
/** "expiring before 2025", "closing in 2025", "after 2025": a calendar year bound. */
const YEAR_BOUND = new RegExp(` ${CLOSE} (before|after|in|during|later than|earlier than) (\\d{4})(?= )`);
/** "closing before the end of 2025", "by the end of the year": up to 31 December, that day included. */
const YEAR_END = new RegExp(
  ` ${CLOSE} (?:before|by|until|till|at|around) (?:the )?end of (?:(?:the|this) year|(\\d{4}))(?= )`,
);
/** "deadlines after the 20th": a day of the month, without the month. */
const BARE_BOUND = new RegExp(
  ` ${CLOSE} (after|before|by|until|till|on) (?:the )?(\\d{1,2}(?:st|nd|rd|th)|the \\d{1,2})(?= )(?! (?:of )?${MONTH} )`,
);
/** "anything closing on 17 June", "what closes 30 March 2025": a single day ("deadline 30 March for X" asks about X). */
const ON_DAY = new RegExp(` (?:${CLOSE} on|closing|closes|close|expires|expiring) (?:the )?(${DAY})(?= )`);
const BEFORE = new RegExp(
  ` (?:${CLOSE}|and) (before|earlier than|prior to|by|until|till|no later than|up to|on or before) (?:the )?(${DAY})(?= )`,
);
const MONTH_END = new RegExp(
  ` ${CLOSE} (?:before|by|until|till|at|around) (?:the )?end of (?:the|this) month(?= )`,
);
const QUARTER_NAME = `(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?: of)?(?: (\\d{4}))?`;
/** "closing in Q1 2025", "Q1 2025 deadlines". */
const QUARTER = new RegExp(
  ` ${CLOSE} (?:in|during|within) (?:the )?${QUARTER_NAME}(?= )| ${QUARTER_NAME} ${CLOSE}(?= )`,
);
/** "closing after the NOSC chief": the rest of the question names the post whose deadline bounds the range. */
const POST_BOUND = new RegExp(` ${CLOSE} (after|later than|before|earlier than|sooner than|prior to) (.+)$`);
/** "what's left after the NOSC chief closes": the post named before its deadline word, at the end. */
const POST_BOUND_FIRST =
  / (after|before) (?:the )?(.+?) (?:closes|close|has closed|s deadline|deadline)(?: again)? $/;
/** Words after "before/after" that are no post: a time, a pronoun, a month ("before July" is a month window). */
const NOT_A_POST = new RegExp(`^(?:the )?(?:${MONTH}|end|it|that|this|then|now|today|tomorrow|\\d)(?: |$)`);

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** "anything closing this Friday?", "due Monday", "closing by next Wednesday": a day of the coming week. */
const WEEKDAY = new RegExp(
  ` ${CLOSE}(?: (on|by|before|until|till|no later than))?(?: the)?(?: (this|next|coming))? (${WEEKDAYS.join("|")})(?= )`,
);

const WEEKEND = new RegExp(
  ` ${CLOSE} (?:over|on|at|during|this|by)?(?: the| this| next| coming)? weekend(?= )`,
);

/** The day a weekday bound names, seen from `today` (YYYY-MM-DD): its coming occurrence, today included. */
export function weekdayDay(bound: { weekday: number; next: boolean }, today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  let ahead = (bound.weekday - date.getUTCDay() + 7) % 7;
  if (ahead === 0 && bound.next) ahead = 7;
  return new Date(date.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
}

/** "closing this quarter", "deadlines next quarter". */
const RELATIVE_QUARTER = new RegExp(
  ` ${CLOSE} (?:in |during |within )?(?:the )?(this|next|current|coming) quarter(?= )| (this|next|current|coming) quarter s? ${CLOSE}(?= )`,
);

const HAS_CLOSE_WORD = /clos|deadline|due|end|expir/;

const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}(?: of)? (${MONTH})(?: (\\d{4}))?$`);
const MONTH_FIRST = new RegExp(`^(${MONTH}) (\\d{1,2})${ORDINAL}(?: (\\d{4}))?$`);
const BARE = new RegExp(`^(\\d{1,2})${ORDINAL}$`);

/** A folded day phrase matched by DAY (or a bare day number) as a NamedDay; null when it is no day. */
export function namedDayOf(phrase: string): NamedDay | null {
  const holiday = /^(.+?)(?: (\d{4}))?$/.exec(phrase);
  const fixed = holiday && HOLIDAYS.find((h) => h.words.test(holiday[1] as string));
  if (holiday && fixed) {
    const day = validDay(fixed.day, fixed.month, yearOf(holiday[2]));
    return day && { ...day, upcoming: true };
  }
  const iso = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(phrase);
  if (iso) return validDay(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const numeric = /^(\d{1,2}) (\d{1,2}) (\d{4})$/.exec(phrase);
  if (numeric) {
    // Day first, as written in Europe, unless only the other order is a date (06/20/2024).
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    return b > 12 && a <= 12 ? validDay(b, a, Number(numeric[3])) : validDay(a, b, Number(numeric[3]));
  }
  const dayFirst = DAY_FIRST.exec(phrase);
  if (dayFirst) return validDay(Number(dayFirst[1]), monthNumber(dayFirst[2] as string), yearOf(dayFirst[3]));
  const monthFirst = MONTH_FIRST.exec(phrase);
  if (monthFirst)
    return validDay(Number(monthFirst[2]), monthNumber(monthFirst[1] as string), yearOf(monthFirst[3]));
  const bare = BARE.exec(phrase);
  // A bare day takes its month from the other end of the range (month 0 until then).
  if (bare) return validDay(Number(bare[1]), 0, null);
  return null;
}

function yearOf(text: string | undefined): number | null {
  return text ? Number(text) : null;
}

function validDay(day: number, month: number, year: number | null): NamedDay | null {
  if (day < 1 || day > 31 || month < 0 || month > 12) return null;
  return { day, month, year };
}

/** The deadline range a folded question names and the question without it; null when it names none. */
export function closingRangeOf(foldedText: string): { range: ClosingRange; rest: string } | null {
  // Every range follows a deadline word: one cheap test spares most questions the patterns below.
  if (!HAS_CLOSE_WORD.test(foldedText)) return null;
  const text = ` ${foldedText.trim()} `;
  const cut = (m: RegExpExecArray) => `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  const between = BETWEEN.exec(text);
  if (between) {
    const to = namedDayOf(between[2] as string);
    // "between now and 20 June": only the upper end counts (open posts close after today anyway).
    if (to && /^(now|today)$/.test(between[1] as string))
      return { range: { from: null, to: { kind: "day", day: to, inclusive: true } }, rest: cut(between) };
    const from = namedDayOf(between[1] as string);
    if (from && to) {
      const first = { ...from, month: from.month || to.month, year: from.year ?? to.year };
      return {
        range: {
          from: { kind: "day", day: first, inclusive: true },
          to: { kind: "day", day: to, inclusive: true },
        },
        rest: cut(between),
      };
    }
  }
  // "closing over the weekend": from the coming Saturday to the Sunday after it.
  const weekend = WEEKEND.exec(text);
  if (weekend) {
    const day = (weekday: number): RangeBound => ({ kind: "weekday", weekday, next: false, inclusive: true });
    return { range: { from: day(6), to: day(0) }, rest: cut(weekend) };
  }
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const word = weekday[1] ?? "on";
    const named = { weekday: WEEKDAYS.indexOf(weekday[3] as string), next: weekday[2] === "next" };
    const day = (inclusive: boolean): RangeBound => ({ kind: "weekday", ...named, inclusive });
    const range: ClosingRange =
      word === "on" ? { from: day(true), to: day(true) } : { from: null, to: day(word !== "before") };
    return { range, rest: cut(weekday) };
  }
  const relative = RELATIVE_QUARTER.exec(text);
  if (relative) {
    const offset = /next|coming/.test(relative[1] ?? relative[2] ?? "") ? 1 : 0;
    return {
      range: {
        from: { kind: "quarter", offset, edge: "start" },
        to: { kind: "quarter", offset, edge: "end" },
      },
      rest: cut(relative),
    };
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const [, q1, word1, year1, q2, word2, year2] = quarter;
    const digit = q1 ?? q2;
    const q = digit ? Number(digit) : (QUARTER_WORDS[(word1 ?? word2) as string] as number);
    const year = yearOf(year1 ?? year2);
    const lastMonth = q * 3;
    const lastDay = new Date(Date.UTC(2001, lastMonth, 0)).getUTCDate();
    return {
      range: {
        from: { kind: "day", day: { day: 1, month: lastMonth - 2, year }, inclusive: true },
        to: { kind: "day", day: { day: lastDay, month: lastMonth, year }, inclusive: true },
      },
      rest: cut(quarter),
    };
  }
  const months = BETWEEN_MONTHS.exec(text);
  if (months) {
    const [, firstName, firstYear, lastName, lastYear] = months;
    const lastMonth = monthNumber(lastName as string);
    const lastDay = new Date(Date.UTC(2001, lastMonth, 0)).getUTCDate();
    const year = yearOf(lastYear);
    return {
      range: {
        from: {
          kind: "day",
          day: { day: 1, month: monthNumber(firstName as string), year: yearOf(firstYear) ?? year },
          inclusive: true,
        },
        to: { kind: "day", day: { day: lastDay, month: lastMonth, year }, inclusive: true },
      },
      rest: cut(months),
    };
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) {
    // Without a year, 31 December is the coming one, as for any day named without its year.
    const day: NamedDay = { day: 31, month: 12, year: yearOf(yearEnd[1]) };
    return { range: { from: null, to: { kind: "day", day, inclusive: true } }, rest: cut(yearEnd) };
  }
  const yearBound = YEAR_BOUND.exec(text);
  if (yearBound) {
    const year = Number(yearBound[2]);
    const word = yearBound[1] as string;
    const first: RangeBound = { kind: "day", day: { day: 1, month: 1, year }, inclusive: true };
    const last: RangeBound = { kind: "day", day: { day: 31, month: 12, year }, inclusive: true };
    const range: ClosingRange = /before|earlier/.test(word)
      ? { from: null, to: { kind: "day", day: { day: 1, month: 1, year }, inclusive: false } }
      : /after|later/.test(word)
        ? { from: { kind: "day", day: { day: 31, month: 12, year }, inclusive: false }, to: null }
        : { from: first, to: last };
    return { range, rest: cut(yearBound) };
  }
  const bare = BARE_BOUND.exec(text);
  const bareDay = bare ? namedDayOf((bare[2] as string).replace(/^the /, "")) : null;
  if (bare && bareDay) {
    const word = bare[1] as string;
    const range: ClosingRange =
      word === "on"
        ? {
            from: { kind: "day", day: bareDay, inclusive: true },
            to: { kind: "day", day: bareDay, inclusive: true },
          }
        : word === "after"
          ? { from: { kind: "day", day: bareDay, inclusive: false }, to: null }
          : { from: null, to: { kind: "day", day: bareDay, inclusive: word !== "before" } };
    return { range, rest: cut(bare) };
  }
  const part = MONTH_PART.exec(text);
  if (part) {
    const [, which, unit, name, year] = part;
    const month = monthNumber(name as string);
    // Month lengths of a common year: a leap day is the only day this can miss.
    const last = new Date(Date.UTC(2001, month, 0)).getUTCDate();
    const span = unit === "week" ? 7 : unit === "fortnight" ? 14 : Math.ceil(last / 2);
    // "first"/"second" count from the month's start, "last" back from its end.
    const start = which === "last" ? last - span + 1 : which === "second" ? span + 1 : 1;
    const [first, final] = [start, Math.min(last, start + span - 1)];
    const bound = (day: number): RangeBound => ({
      kind: "day",
      day: { day, month, year: yearOf(year) },
      inclusive: true,
    });
    return { range: { from: bound(first), to: bound(final) }, rest: cut(part) };
  }
  const on = ON_DAY.exec(text);
  const onDay = on ? namedDayOf(on[1] as string) : null;
  if (on && onDay) {
    const bound: RangeBound = { kind: "day", day: onDay, inclusive: true };
    return { range: { from: bound, to: bound }, rest: cut(on) };
  }
  const afterMonth = AFTER_MONTH.exec(text);
  if (afterMonth) {
    const month = monthNumber(afterMonth[1] as string);
    const year = yearOf(afterMonth[2]);
    const next: NamedDay =
      month === 12
        ? { day: 1, month: 1, year: year === null ? null : year + 1 }
        : { day: 1, month: month + 1, year };
    return { range: { from: { kind: "day", day: next, inclusive: true }, to: null }, rest: cut(afterMonth) };
  }
  const after = AFTER.exec(text);
  const before = BEFORE.exec(text);
  const monthEnd = MONTH_END.exec(text);
  const fromDay = after ? namedDayOf(after[2] as string) : null;
  const toDay = before ? namedDayOf(before[2] as string) : null;
  if (fromDay || toDay || monthEnd) {
    let rest = text;
    for (const m of [after, before, monthEnd]) if (m) rest = rest.replace(m[0], " ");
    const from: RangeBound | null = fromDay
      ? { kind: "day", day: fromDay, inclusive: /from|on or after|starting/.test(after?.[1] ?? "") }
      : null;
    const to: RangeBound | null = toDay
      ? { kind: "day", day: toDay, inclusive: !/before|earlier|prior/.test(before?.[1] ?? "") }
      : monthEnd
        ? { kind: "monthEnd" }
        : null;
    return { range: { from, to }, rest };
  }
  const first = POST_BOUND_FIRST.exec(text);
  if (first && !NOT_A_POST.test(first[2] as string)) {
    const bound: RangeBound = { kind: "post", words: (first[2] as string).trim() };
    const later = first[1] === "after";
    return { range: later ? { from: bound, to: null } : { from: null, to: bound }, rest: cut(first) };
  }
  const post = POST_BOUND.exec(text);
  if (post && !NOT_A_POST.test(post[2] as string)) {
    const bound: RangeBound = { kind: "post", words: (post[2] as string).trim() };
    const later = /after|later/.test(post[1] as string);
    return { range: later ? { from: bound, to: null } : { from: null, to: bound }, rest: cut(post) };
  }
  return null;
}

/** A range end resolved to a calendar day (YYYY-MM-DD). */
export interface ResolvedBound {
  day: string;
  inclusive: boolean;
  /** How the answer names it ("20 June 2024", "the Network Technician deadline (17 June 2024)"). */
  label?: string;
}

/**
 * A day bound as a calendar day seen from `today`: with a year as written; otherwise an upper end
 * is its coming occurrence, a lower end of a two-ended range lies in the upper end's year (or the
 * year before, when it would come after the upper end), and a lone lower end is its occurrence
 * nearest today ("after 1 July" asked on 10 July still means this July). Null when no such day.
 */
export function resolveRangeDay(
  named: NamedDay,
  today: string,
  role: "from" | "to",
  upper: string | null,
): string | null {
  // "between the 18th and the 30th": a bare lower end lies in the upper end's month (or the one before).
  if (named.month === 0 && upper !== null) {
    const [uy, um, ud] = upper.split("-").map(Number) as [number, number, number];
    const [year, month] = named.day <= ud ? [uy, um] : um === 1 ? [uy - 1, 12] : [uy, um - 1];
    return resolveDay({ ...named, month, year }, today);
  }
  // "the 20th" alone: this month's, or next month's once it has passed.
  if (named.month === 0) {
    const [, m, d] = today.split("-").map(Number) as [number, number, number];
    return resolveDay({ ...named, month: named.day >= d ? m : (m % 12) + 1 }, today);
  }
  if (named.year !== null || role === "to" || named.upcoming) return resolveDay(named, today);
  if (upper !== null) {
    const year = Number(upper.slice(0, 4));
    const same = resolveDay({ ...named, year }, today);
    return same !== null && same > upper ? resolveDay({ ...named, year: year - 1 }, today) : same;
  }
  const thisYear = Number(today.slice(0, 4));
  let best: string | null = null;
  for (const year of [thisYear - 1, thisYear, thisYear + 1]) {
    const day = resolveDay({ ...named, year }, today);
    if (day === null) continue;
    if (best === null || Math.abs(daysBetween(today, day)) < Math.abs(daysBetween(today, best))) best = day;
  }
  return best;
}

/** The first or last day (YYYY-MM-DD) of today's quarter, or of the next one. */
export function quarterEdge(today: string, offset: 0 | 1, edge: "start" | "end"): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const index = Math.floor((m - 1) / 3) + offset;
  const year = y + Math.floor(index / 4);
  const first = (index % 4) * 3 + 1;
  if (edge === "start") return `${year}-${String(first).padStart(2, "0")}-01`;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return `${year}-${String(first + 2).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** The last day of today's month (YYYY-MM-DD). */
export function monthEndOf(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${today.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

/**
 * A resolved range as calendar days from today (inclusive; an open upper end is Infinity) and the
 * words that name it in an answer, given how each day is written.
 */
export function rangeDays(
  today: string,
  from: ResolvedBound | null,
  to: ResolvedBound | null,
  write: (day: string) => string,
): { fromDays: number; toDays: number; span: string } {
  const fromDays = from ? Math.max(0, daysBetween(today, from.day) + (from.inclusive ? 0 : 1)) : 0;
  const toDays = to ? daysBetween(today, to.day) - (to.inclusive ? 0 : 1) : Number.POSITIVE_INFINITY;
  const name = (b: ResolvedBound) => b.label ?? write(b.day);
  const span =
    from && to && from.day === to.day
      ? `on ${name(from)}`
      : from && to
        ? `between ${name(from)} and ${name(to)}`
        : from
          ? `${from.inclusive ? "on or after" : "after"} ${name(from)}`
          : to
            ? `${to.inclusive ? "by" : "before"} ${name(to)}`
            : "at any time";
  return { fromDays, toDays, span };
}
