// A notice saved as a web page reads as the same notice as its text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/ingest/htmlText.ts";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";

const parse = (text: string): Vacancy => {
  const r = parseNotice(text, { source: "test" });
  if (!r.ok) throw new Error(r.error.message);
  return r.vacancy;
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&#39;");

/** The fixture as a page: headings, paragraphs, lists as <ul>, chrome in <nav>, <script> and <footer>. */
function asPage(text: string, joiner: string): string {
  const out = [
    "<!DOCTYPE html><html><head><title>Vacancy</title><script>var a = 1 < 2;</script></head><body>",
  ];
  out.push('<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav><main>');
  let inList = false;
  for (const line of text.split("\n")) {
    const item = /^[a-d]\) (.*)$/.exec(line);
    if (item) {
      if (!inList) out.push("<ul>");
      inList = true;
      out.push(`<li>${escapeHtml(item[1] as string)}</li>`);
      continue;
    }
    if (inList) out.push("</ul>");
    inList = false;
    if (!line.trim()) continue;
    out.push(
      line.length < 40 && !line.includes(":") ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`,
    );
  }
  out.push("</main><footer>&copy; NATO 2026</footer></body></html>");
  return out.join(joiner);
}

describe("HTML pages", () => {
  const text = readFileSync("test/fixtures/notices/jfcbs-it-technician.txt", "utf8");
  const expected = parse(text);

  it.each([
    ["one tag per line", "\n"],
    ["the whole page on one line", ""],
  ])("%s: the same vacancy as the text", (_name, joiner) => {
    const page = asPage(text, joiner);
    expect(looksLikeHtml(page)).toBe(true);
    const v = parse(page);
    for (const field of [
      "title",
      "organisation",
      "location",
      "deadline",
      "reference",
      "grade",
      "salary",
    ] as const)
      expect(v[field]).toBe(expected[field]);
    expect(v.essential).toEqual(expected.essential);
    expect(v.desirable).toEqual(expected.desirable);
    expect(JSON.stringify(v)).not.toMatch(/<|&amp;|&#39;|var a/);
  });

  it("reads a two-cell table row as 'Label: value'", () => {
    const page =
      "<table><tr><th>Post title</th><td>Logistics Officer</td></tr><tr><td>Closing date</td><td>14 Mar. 2026</td></tr><tr><td>Location</td><td>Capellen, Luxembourg</td></tr></table><p>The Logistics Officer manages the through-life support of weapon systems for the nations.</p><h3>Essential</h3><ul><li>A degree in engineering;</li><li>5 years of experience in logistics.</li></ul>";
    expect(htmlToText(page)).toMatch(/^Post title: Logistics Officer\n+Closing date: 14 Mar\. 2026/);
    expect(parse(page)).toMatchObject({
      title: "Logistics Officer",
      deadline: "2026-03-14",
      location: "Capellen, Luxembourg",
      essential: ["A degree in engineering", "5 years of experience in logistics"],
    });
  });

  it("plain-text notices are not taken for HTML", () => {
    for (const file of ["000_0df7a9c183d0f8a8.txt", "004_80acf4aaf801b7ac.txt"])
      expect(looksLikeHtml(readFileSync(`data/notices/${file}`, "utf8"))).toBe(false);
    expect(looksLikeHtml("Officer\nExperience with <5 ms latency systems and a > b comparisons.")).toBe(
      false,
    );
  });
});
