// Who may apply (nationality, age): conditions every candidate must meet, read as essential
// requirements from an eligibility section or a sentence stating one, each once, and never from
// the equal-opportunity statement that names age and nationality to say they do not matter.
import { describe, expect, it } from "vitest";
import { eligibilityLines } from "../../src/answer/eligibility.ts";
import { parseNotice } from "../../src/ingest/index.ts";

function parsed(text: string) {
  const r = parseNotice(text, { source: "test" });
  if (!r.ok) throw new Error(r.error.message);
  return r.vacancy;
}

const HEAD =
  "Data Analyst\nNATO Communications and Information Agency, Mons, Belgium\nDeadline: 3 May 2026\n\nThe Data Analyst builds dashboards and reports on the service performance of the Agency for its customers and management.\n\n";

describe("eligibility criteria", () => {
  it("a 'Who can apply' list comes first among the essential requirements", () => {
    const v = parsed(
      `${HEAD}Who can apply\n- You must be a national of a NATO member state\n- You must be at least 21 years of age\n\nRequirements\n- A degree in statistics\n- Experience with Power BI\n\nDesirable\n- French`,
    );
    expect(v.essential).toEqual([
      "You must be a national of a NATO member state",
      "You must be at least 21 years of age",
      "A degree in statistics",
      "Experience with Power BI",
    ]);
    expect(v.desirable).toEqual(["French"]);
    expect(eligibilityLines(v)).toEqual([
      "You must be a national of a NATO member state",
      "You must be at least 21 years of age",
    ]);
  });

  it("an 'Eligibility criteria' paragraph: one entry per sentence; the summary stays the post's", () => {
    const v = parsed(
      `${HEAD}Eligibility criteria\nApplicants must be nationals of a NATO member state. Candidates must be under 60 years of age at the time of appointment.\n\nEssential\n- Degree in statistics`,
    );
    expect(v.essential).toEqual([
      "Applicants must be nationals of a NATO member state",
      "Candidates must be under 60 years of age at the time of appointment",
      "Degree in statistics",
    ]);
    expect(v.summary).toMatch(/^The Data Analyst builds dashboards/);
  });

  it("a run-in 'Eligibility:' line and a nationality sentence in the running text", () => {
    const v = parsed(
      `${HEAD}Eligibility: open to nationals of NATO member states only.\n\nEssential\n- Degree in statistics\n\nThe successful candidate must be a citizen of a NATO member country.`,
    );
    expect(v.essential).toEqual([
      "open to nationals of NATO member states only",
      "The successful candidate must be a citizen of a NATO member country",
      "Degree in statistics",
    ]);
  });

  it("a condition stated both in the list and in the text is listed once, and is no application note too", () => {
    const v = parsed(
      `${HEAD}Eligibility\n- Applications are open only to nationals of NATO member states\n\nEssential\n- Degree in statistics\n\nApplications are open only to nationals of NATO member states.`,
    );
    expect(v.essential).toEqual([
      "Applications are open only to nationals of NATO member states",
      "Degree in statistics",
    ]);
    expect(v.applicationNotes).toEqual([]);
  });

  it("the equal-opportunity statement naming age and nationality is no condition", () => {
    const v = parsed(
      `${HEAD}NATO is an equal opportunities employer and does not discriminate on the grounds of age or nationality. Appointment is open to all, regardless of age or nationality, who must meet the requirements.\n\nEssential\n- Degree in statistics`,
    );
    expect(v.essential).toEqual(["Degree in statistics"]);
  });

  it("an 'Age limit:' line under the header is a condition; the header's place line is no part of it", () => {
    const v = parsed(
      "Driver\nSHAPE, Mons, Belgium\nDeadline: 1 May 2026\nAge limit: 60 years at the time of appointment.\n\nThe Driver drives staff cars of the headquarters and maintains the vehicles of the motor pool.\n\nEssential:\n- Driving licence category B\n",
    );
    expect(v.essential).toEqual([
      "Age limit: 60 years at the time of appointment",
      "Driving licence category B",
    ]);
    expect(v.location).toBe("Mons, Belgium");
  });
});
