import { describe, expect, it } from "vitest";
import { cleanQuestion, MAX_QUESTION_CHARS } from "../../src/answer/cleanQuestion.ts";

describe("cleanQuestion", () => {
  it.each([
    ["<@U123ABC> deadline?", "deadline?"],
    ["<@U123ABC|alice> hi", "hi"],
    ["<#C1|general> what's open", "what's open"],
    ["<!here> *bold* _italic_ ~strike~ `code`", "bold italic strike code"],
    ["see <https://nato.int/jobs|the NATO page> please", "see the NATO page please"],
    ["see <https://nato.int/jobs> please", "see please"],
    ["<at>Vacancy Bot</at> hello", "hello"],
    ["<p>Deadline for <b>NOSC</b> chief</p>", "Deadline for NOSC chief"],
    ["R&amp;D &lt;team&gt;", "R&D <team>"],
    ["deadline :rocket: please", "deadline please"],
    ["line\none\ttab\u0000nul", "line one tab nul"],
  ])("%j -> %j", (raw, clean) => {
    expect(cleanQuestion(raw)).toBe(clean);
  });

  it("caps a pasted essay at a word boundary", () => {
    const cleaned = cleanQuestion("word ".repeat(5_000));
    expect(cleaned.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(cleaned.endsWith("word")).toBe(true);
  });

  it("turns non-strings into an empty question", () => {
    expect(cleanQuestion(undefined)).toBe("");
    expect(cleanQuestion(42)).toBe("");
  });
});
