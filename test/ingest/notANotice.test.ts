// Input that is no vacancy notice is refused with a message a recruiter can act on: encoded data,
// a menu, a news article (also one whose headline names a job), meeting minutes. A bare job
// title stays a post: the recruiter fills in the rest.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";

function refusal(text: string) {
  const r = parseNotice(text, { source: "test" });
  if (r.ok) throw new Error(`parsed as "${r.vacancy.title}"`);
  return r.error;
}

describe("text that is no vacancy notice", () => {
  it("base64 data is named as encoded data, not read as a title", () => {
    const e = refusal(
      randomBytes(3000)
        .toString("base64")
        .replace(/(.{76})/g, "$1\n"),
    );
    expect(e.code).toBe("binary");
    expect(e.message).toMatch(/encoded data \(base64 or similar\), not a notice/);
  });

  it("a canteen menu", () => {
    const e = refusal(
      "NATO Staff Restaurant – Weekly Menu\nWeek of 16 March 2026\n\nMonday\nSoup of the day: leek and potato\nMain: Chicken curry with basmati rice\n\nPrices: EUR 6.50 (main), EUR 2.00 (soup)",
    );
    expect(e.code).toBe("not_a_notice");
  });

  it("a news article, and one whose headline names a job", () => {
    expect(
      refusal(
        "NATO Allies agree new cyber defence pledge\nBrussels, 12 March 2026\n\nNATO Defence Ministers met in Brussels on Thursday to agree a new pledge on cyber defence, committing Allies to strengthen the resilience of their national networks.",
      ).code,
    ).toBe("not_a_notice");
    const e = refusal(
      "Secretary General appoints new Director of Communications\nBrussels, 12 March 2026\n\nNATO Secretary General Mark Rutte has appointed Jane Doe as Director of Communications in the Public Diplomacy Division. She will take up her post on 1 April 2026.",
    );
    expect(e.code).toBe("not_a_notice");
    expect(e.message).toMatch(/no deadline, no requirements and nothing about applying \(a news item\?\)/);
  });

  it("a headline-shaped job title with a notice under it is a post ('Host Nation Support Officer')", () => {
    const r = parseNotice(
      "Host Nation Support Officer\nDeadline: 1 May 2026\n\nThe incumbent coordinates host nation support for exercises.",
      { source: "test" },
    );
    expect(r.ok && r.vacancy.title).toBe("Host Nation Support Officer");
    const announced = parseNotice(
      "NCIA announces vacancy: Cloud Engineer\n\nApplications are welcome until 1 May 2026.",
      { source: "test" },
    );
    expect(announced.ok).toBe(true);
  });
});
