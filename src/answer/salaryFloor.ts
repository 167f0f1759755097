// "jobs paying over 70k", "salary above 60,000": a list of posts whose stated pay reaches an amount.
// Notices state pay as free text ("$75,000 - $85,000 / YEAR"); the largest amount in it is the most
// the post can pay, so a post qualifies when that reaches the floor asked for. Currency and period
// are not converted: the amounts are compared as written.

/** "paying over 70k", "salary of at least 60 000", "earning more than 5000" in folded text. */
const SALARY_FLOOR =
  / (?:paying|pays|pay|paid|salary|salaries|earning|earn|wage|wages)(?: of| is| range)? (?:over|above|more than|at least|upwards of|minimum|min|from|exceeding|higher than) (?:usd |eur |gbp |euro |euros |dollars? )?(\d{1,3}(?: \d{3})+|\d+)(k| k| thousand)?(?: (?:usd|eur|euros?|dollars?|gbp|pounds?))?(?= )/;

/**
 * "salary for jobs in dollars over 80k": a floor away from the pay word, read only when the
 * question has one and the amount looks like pay (thousands), so "more than one post" is none.
 */
const LOOSE_FLOOR =
  / (?:over|above|more than|at least|upwards of|exceeding|higher than) (?:usd |eur |gbp |euro |euros |dollars? )?(\d{1,3}(?: \d{3})+|\d+)(k| k| thousand)?(?: (?:usd|eur|euros?|dollars?|gbp|pounds?))?(?= )/;
const PAY_WORD = / (paying|pays|pay|paid|salary|salaries|earning|earn|wage|wages) /;

/** The pay floor a folded question asks for, and the question without it; null when it asks none. */
export function salaryFloorOf(text: string): { floor: number; rest: string } | null {
  const strict = SALARY_FLOOR.exec(text);
  const loose = strict ? null : PAY_WORD.test(text) ? LOOSE_FLOOR.exec(text) : null;
  const m = strict ?? loose;
  if (!m) return null;
  if (loose && !m[2] && Number((m[1] as string).replace(/ /g, "")) < 1000) return null;
  const amount = Number((m[1] as string).replace(/ /g, ""));
  const floor = m[2] ? amount * 1000 : amount;
  return { floor, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
}

/** The amounts a salary text states, in order ("$75,000 - $85,000 / YEAR" -> [75000, 85000]; "60k" -> [60000]). */
export function statedAmounts(salary: string | null): number[] {
  if (!salary) return [];
  return [...salary.matchAll(/(\d{1,3}(?:[,. ]\d{3})+|\d+)(?:\s?(k)\b)?/gi)].map(
    (m) => Number((m[1] as string).replace(/[,. ]/g, "")) * (m[2] ? 1000 : 1),
  );
}

/** The largest amount a salary text states ("$75,000 - $85,000 / YEAR" -> 85000; "60k" -> 60000), or null. */
export function highestAmount(salary: string | null): number | null {
  const amounts = statedAmounts(salary);
  return amounts.length === 0 ? null : Math.max(...amounts);
}

/** The smallest amount a salary text states (the least the post can pay), or null. */
export function lowestAmount(salary: string | null): number | null {
  const amounts = statedAmounts(salary);
  return amounts.length === 0 ? null : Math.min(...amounts);
}
