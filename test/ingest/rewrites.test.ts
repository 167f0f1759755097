// The same notice written another way reads the same: each seed notice is rewritten the ways pages
// and pastes differ (line endings, bullet styles, numbered or lettered lists, blank lines, tabs,
// non-breaking spaces, heading case, colons and Markdown, page chrome around it) and must give the
// same title, deadline, organisation, location, posts, salary, superior and requirement lists.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../src/answer/deadlineStatus.ts";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";

const DIR = "data/notices";
const FIXTURES = "test/fixtures/notices";

/** Applies `write` to each run of bulleted lines from the first requirement list on, numbering from 1. */
function renumberLists(text: string, marker: (n: number) => string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^\s*(essential|the incumbent must)/i.test(l));
  let n = 0;
  return lines
    .map((line, i) => {
      if (i < start || !/^\s*•/.test(line)) {
        if (line.trim()) n = 0;
        return line;
      }
      n++;
      return line.replace(/^\s*•\s*/, marker(n));
    })
    .join("\n");
}

/** Rewrites every "June 17, 2024" and "29/01/2026" in the text with `format(year, month, day)`. */
function redate(text: string, format: (y: string, m: number, d: string) => string): string {
  return text
    .replace(
      new RegExp(`\\b(${MONTH_NAMES.join("|")}) (\\d{1,2}), (\\d{4})\\b`, "g"),
      (_, m: string, d: string, y: string) => format(y, MONTH_NAMES.indexOf(m) + 1, d.padStart(2, "0")),
    )
    .replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (_, d: string, m: string, y: string) =>
      format(y, Number(m), d),
    );
}

/** Wraps every line at `width` columns, as a PDF export or an e-mail client does. */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const cut = rest.lastIndexOf(" ", width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest];
    })
    .join("\n");
}

const REWRITES: Record<string, (text: string) => string> = {
  "hard-wrapped at 76 columns": (t) => hardWrap(t, 76),
  "hard-wrapped at 100 columns": (t) => hardWrap(t, 100),
  "deadline as 2024-06-17": (t) => redate(t, (y, m, d) => `${y}-${String(m).padStart(2, "0")}-${d}`),
  "deadline as 17 Jun. 2024": (t) => redate(t, (y, m, d) => `${d} ${MONTH_NAMES[m - 1]?.slice(0, 3)}. ${y}`),
  "deadline as 17.06.2024": (t) => redate(t, (y, m, d) => `${d}.${String(m).padStart(2, "0")}.${y}`),
  "deadline as June 17th, 2024 at 23:59 CET": (t) =>
    redate(t, (y, m, d) => `${MONTH_NAMES[m - 1]} ${Number(d)}th, ${y} at 23:59 CET`),
  "CRLF line endings": (t) => t.replace(/\n/g, "\r\n"),
  "'-' bullets": (t) => t.replace(/^\s*•\s*/gm, "- "),
  "'*' bullets": (t) => t.replace(/^\s*•\s*/gm, "* "),
  "numbered lists": (t) => renumberLists(t, (n) => `${n}. `),
  "lettered lists": (t) => renumberLists(t, (n) => `${"abcdefghijklmnop"[n - 1]}) `),
  "lettered lists with stops": (t) => renumberLists(t, (n) => `${"abcdefghijklmnop"[n - 1]}. `),
  "no blank lines": (t) => t.replace(/\n\s*\n/g, "\n"),
  "double spacing": (t) => t.replace(/\n/g, "\n\n"),
  "tab indents": (t) => t.replace(/^ {2}/gm, "\t"),
  "non-breaking spaces": (t) => t.replace(/ /g, (m, i: number) => (i % 7 === 0 ? "\u00a0" : m)),
  "upper-case headings": (t) => t.replace(/^(Essential|Desirable)(.*)$/gm, (m) => m.toUpperCase()),
  "headings with colons": (t) => t.replace(/^(Essential|Desirable|ESSENTIAL|DESIRABLE)(.*)$/gm, "$1$2:"),
  "Markdown headings": (t) => t.replace(/^(Essential|Desirable|ESSENTIAL|DESIRABLE)(.*)$/gm, "**$1$2**"),
  "chrome above": (t) =>
    `We use cookies on this site. Accept | Reject\nHome > Jobs > NATO\nShare this page\n${t}`,
  "chrome below": (t) => `${t}\nRelated jobs\nSenior Analyst   Brussels\nCookie settings`,
};

const keyFields = (v: Vacancy) => ({
  title: v.title,
  deadline: v.deadline,
  organisation: v.organisation,
  location: v.location,
  posts: v.posts,
  salary: v.salary,
  reportsTo: v.reportsTo,
  essential: v.essential,
  desirable: v.desirable,
});

function parse(text: string, source: string): Vacancy {
  const r = parseNotice(text, { source });
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.vacancy;
}

const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe.each(seeds)("%s rewritten", (file) => {
  const text = readFileSync(`${DIR}/${file}`, "utf8");
  const expected = keyFields(parse(text, file));

  it.each(Object.keys(REWRITES))("%s", (name) => {
    const rewrite = REWRITES[name] as (t: string) => string;
    expect(keyFields(parse(rewrite(text), file))).toEqual(expected);
  });
});

describe.each(
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort(),
)("fixture %s wrapped at 76 columns", (file) => {
  it("reads the same", () => {
    const text = readFileSync(`${FIXTURES}/${file}`, "utf8");
    expect(keyFields(parse(hardWrap(text, 76), file))).toEqual(keyFields(parse(text, file)));
  });
});
