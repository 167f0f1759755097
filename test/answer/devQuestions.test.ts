// The shared dev question set, checked through the core exactly as ../shared/qa/eval-qa.mjs checks
// the CLI, over the hand-written fixtures and over the bundled data/vacancies.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerQuestion } from "../../src/answer/index.ts";
import { toVacancyRef } from "../../src/answer/model.ts";
import { parseNowOption } from "../../src/clock.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { type Vacancy, VacancySchema } from "../../src/vacancy.ts";
import { seedVacancies } from "../fixtures/seedVacancies.ts";

interface DevCase {
  q: string;
  now: string;
  top?: string;
  in_top3?: string[];
  list_has?: string[];
  list_lacks?: string[];
  no_vacancy?: boolean;
  intent?: string;
  text_any?: string[];
  text_regex?: string;
}

const cases = readFileSync(new URL("../fixtures/dev-questions.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as DevCase);

const datasets: [string, Vacancy[]][] = [["fixtures", seedVacancies()]];
const bundled = z
  .array(VacancySchema)
  .safeParse(JSON.parse(readFileSync(new URL("../../data/vacancies.json", import.meta.url), "utf8")));
if (bundled.success && bundled.data.length > 0) datasets.push(["data/vacancies.json", bundled.data]);

const has = (s: string, sub: string) => s.toLowerCase().includes(sub.toLowerCase());

describe.each(datasets)("dev questions over %s", (_name, vacancies) => {
  const index = new VacancyIndex(vacancies);
  it.each(cases)("$q ($now)", (c) => {
    const a = answerQuestion(c.q, { index, now: parseNowOption(c.now) });
    const titles = a.items.map(toVacancyRef).map((v) => v.title);
    if (c.top) expect(has(titles[0] ?? "", c.top)).toBe(true);
    for (const t of c.in_top3 ?? []) expect(titles.slice(0, 3).some((x) => has(x, t))).toBe(true);
    for (const t of c.list_has ?? []) expect(titles.some((x) => has(x, t))).toBe(true);
    for (const t of c.list_lacks ?? []) expect(titles.some((x) => has(x, t))).toBe(false);
    if (c.no_vacancy) expect(titles).toEqual([]);
    if (c.intent) expect(a.intent).toBe(c.intent);
    if (c.text_any) expect(c.text_any.some((t) => has(a.text, t))).toBe(true);
    if (c.text_regex) expect(a.text).toMatch(new RegExp(c.text_regex, "i"));
  });
});
