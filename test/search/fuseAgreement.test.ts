// The fast path (inverted index -> fuse.js re-rank of a few candidates) must rank like a full
// fuse.js scan over every vacancy and every weighted field: the same top result on the dev
// questions, up to ties (several posts asking for ITIL equally may come in either order).
import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { placeText, requirementsText, summaryText, titleText } from "../../src/search/fields.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { type Vacancy, VacancySchema } from "../../src/vacancy.ts";
import { seedVacancies } from "../fixtures/seedVacancies.ts";

const questions = readFileSync(new URL("../fixtures/dev-questions.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { q: string; no_vacancy?: boolean; intent?: string });

/** The slow reference: fuse.js token search over all fields of all vacancies, same field weights. */
function fullFuseScan(vacancies: Vacancy[], query: string): string[] {
  const docs = vacancies.map((v) => ({
    id: v.id,
    title: titleText(v),
    acronyms: v.acronyms.map((a) => `${a.short} ${a.long}`).join(" "),
    place: placeText(v),
    requirements: requirementsText(v),
    summary: summaryText(v),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: "title", weight: 10 },
      { name: "acronyms", weight: 2 },
      { name: "place", weight: 3 },
      { name: "requirements", weight: 1.5 },
      { name: "summary", weight: 1 },
    ],
    useTokenSearch: true,
    ignoreLocation: true,
    includeScore: true,
    threshold: 0.3,
  });
  return fuse.search(query).map((r) => r.item.id);
}

const datasets: [string, Vacancy[]][] = [["hand-written seed fixtures", seedVacancies()]];
try {
  const parsed = z
    .array(VacancySchema)
    .safeParse(JSON.parse(readFileSync(new URL("../../data/vacancies.json", import.meta.url), "utf8")));
  if (parsed.success && parsed.data.length > 0) datasets.push(["data/vacancies.json", parsed.data]);
} catch {
  // no bundled dataset in this checkout: the fixtures still run
}

describe.each(datasets)("candidate stage vs full fuse.js scan (%s)", (_name, vacancies) => {
  const index = new VacancyIndex(vacancies);
  const asked = questions.filter((c) => !c.no_vacancy && c.intent !== "help");
  const subjects = asked.map((c) => detectIntent(c.q).subject).filter((s) => s !== "");

  it("has subjects to compare", () => {
    expect(subjects.length).toBeGreaterThan(10);
  });

  it.each(subjects)("the full scan's best is in the fast top 3 for %j", (subject) => {
    const reference = fullFuseScan(vacancies, subject);
    const fast = index.search(subject, { limit: 3 }).map((h) => h.vacancy.id);
    expect(fast.slice(0, 3)).toContain(reference[0]);
  });

  it("agrees on the very first result for at least 90% of the questions", () => {
    const same = subjects.filter(
      (s) => index.search(s, { limit: 1 })[0]?.vacancy.id === fullFuseScan(vacancies, s)[0],
    ).length;
    expect(same / subjects.length).toBeGreaterThanOrEqual(0.9);
  });
});
