import { describe, expect, it } from "vitest";
import {
  bothOf,
  COMPARISON,
  comparisonOf,
  hasCountSigns,
  passes,
  withCountSigns,
} from "../../src/answer/countComparison.ts";

const read = (text: string) => {
  const m = new RegExp(`^${COMPARISON}$`).exec(text);
  if (!m) throw new Error(`no comparison in ${text}`);
  return comparisonOf(m.slice(1));
};

describe("comparisonOf", () => {
  it.each([
    ["less than 5", null, 4],
    ["fewer than 5", null, 4],
    ["no more than 3", null, 3],
    ["at most 3", null, 3],
    ["up to 3", null, 3],
    ["more than 10", 11, null],
    ["over 10", 11, null],
    ["at least 2", 2, null],
    ["minimum of 2", 2, null],
    ["5 or more", 5, null],
    ["5 plus", 5, null],
    ["3 or less", null, 3],
    ["between 3 and 6", 3, 6],
    ["13", 13, 13],
    ["exactly five", 5, 5],
  ])("%s -> from %s to %s", (text, min, max) => {
    expect(read(text)).toMatchObject({ min, max, text });
  });

  it("meets two comparisons at once", () => {
    expect(bothOf(read("more than 4"), read("less than 8"))).toEqual({
      min: 5,
      max: 7,
      text: "more than 4 and less than 8",
    });
  });

  it("reads 'no more than' as a ceiling, not as 'more than'", () => {
    expect(passes(2, read("no more than 3"))).toBe(true);
    expect(passes(4, read("no more than 3"))).toBe(false);
  });
});

describe("withCountSigns", () => {
  it("reads the signs folding would drop", () => {
    expect(withCountSigns("a team of 10+")).toBe("a team of 10 or more ");
    expect(withCountSigns("3-5 years of experience")).toBe("between 3 and 5 years of experience");
    expect(hasCountSigns("a team of 10+")).toBe(true);
    expect(hasCountSigns("the e-mail address")).toBe(false);
  });
});
