// Working conditions: the sentences about travel, hours, shifts, telework and deployment that a
// notice states (often in its "Additional information" boilerplate), kept as written.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";
import { parseWorkingConditions } from "../../src/ingest/workingConditions.ts";

describe("parseWorkingConditions", () => {
  it("keeps one sentence per kind of condition, as written", () => {
    expect(
      parseWorkingConditions([
        "The incumbent may be required to travel within NATO nations up to 30 days a year.",
        "Frequent travel to the field is expected.",
        "The post involves shift work, including on-call duty at weekends.",
        "Teleworking is possible up to two days a week;",
        "The post holder may be called upon to deploy to operations.",
      ]),
    ).toEqual([
      "The incumbent may be required to travel within NATO nations up to 30 days a year.",
      "The post involves shift work, including on-call duty at weekends.",
      "Teleworking is possible up to two days a week.",
      "The post holder may be called upon to deploy to operations.",
    ]);
  });

  it("reads no condition into skills, titles or duties that only use the words", () => {
    expect(
      parseWorkingConditions([
        "Travel Management Officer",
        "Experience in the deployment of network services will be an asset.",
        "Knowledge of remote sensing and flexible manufacturing.",
        "Please note that the International Staff at NATO Headquarters is a non-smoking environment.",
      ]),
    ).toEqual([]);
  });
});

describe("parseNotice: working conditions", () => {
  it("reads them from a bulleted Additional information section, which gives no other fact", () => {
    const parsed = parseNotice(
      [
        "Cyber Security Analyst",
        "Location: Mons, Belgium",
        "Deadline: 30 March 2027",
        "ESSENTIAL QUALIFICATIONS",
        "  • At least 5 years of experience in cyber defence.",
        "ADDITIONAL INFORMATION:",
        "  • The nature of this position may require the staff member to travel for work and/or to work outside normal office hours;",
        "  • The organization offers Teleworking and Flexible Working arrangements (Flexitime) subject to business requirements;",
      ].join("\n"),
      { source: "test" },
    );
    if (!parsed.ok) throw parsed.error;
    const vacancy = parsed.vacancy;
    expect(vacancy.workingConditions).toEqual([
      "The nature of this position may require the staff member to travel for work and/or to work outside normal office hours.",
      "The organization offers Teleworking and Flexible Working arrangements (Flexitime) subject to business requirements.",
    ]);
    expect(vacancy.essential).toEqual(["At least 5 years of experience in cyber defence"]);
  });
});
