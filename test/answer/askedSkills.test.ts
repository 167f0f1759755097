import { describe, expect, it } from "vitest";
import {
  namesPostBesidesSkills,
  namingBalance,
  noticeLines,
  skillLines,
  skillTerms,
} from "../../src/answer/askedSkills.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const operator = makeVacancy({
  id: "operator",
  title: "Operator, Technical Security",
  essential: [
    "At least 4 years of experience in a technical or security related field",
    "Knowledge of Technical Surveillance Counter Measures (TSCM) and Tempest",
  ],
  desirable: ["Knowledge of radio frequency communications"],
  acronyms: [
    { short: "TSCM", long: "Technical Surveillance Counter Measures" },
    { short: "TS", long: "Technical Security" },
  ],
});
const index = new VacancyIndex([operator]);
const termsOf = (q: string) => index.query(q).terms;

describe("skillTerms", () => {
  it("keeps the words that do not name the post, acronyms of other things included", () => {
    expect(skillTerms(operator, termsOf("tscm technical security operator"))).toEqual(["tscm"]);
    expect(skillTerms(operator, termsOf("radio technical security operator"))).toEqual(["radio"]);
  });

  it("is empty when the words only name the post, by title, initials or acronym", () => {
    expect(skillTerms(operator, termsOf("technical security operator"))).toEqual([]);
    expect(skillTerms(operator, termsOf("TSO"))).toEqual([]);
    expect(skillTerms(operator, termsOf("TS operator"))).toEqual([]);
  });
});

describe("skillLines", () => {
  it("quotes the essential and desirable lines that mention a skill", () => {
    expect(skillLines(operator, ["tscm"])).toEqual([
      { line: "Knowledge of Technical Surveillance Counter Measures (TSCM) and Tempest", list: "essential" },
    ]);
    expect(skillLines(operator, ["radio"])).toEqual([
      { line: "Knowledge of radio frequency communications", list: "desirable" },
    ]);
    expect(skillLines(operator, [])).toEqual([]);
  });
});

describe("a requirements question naming a skill", () => {
  it("leads with the requirement that mentions it, then answers the focus", () => {
    const a = answerQuestion("is TSCM experience needed for the technical security operator", {
      index,
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.focus).toBe("experience");
    expect(a.text).toMatch(
      /^What you asked about appears in this requirement:\n- Knowledge of Technical Surveillance Counter Measures \(TSCM\) and Tempest \(essential\)\n/,
    );
    expect(a.text).toContain("experience requirements:");
  });
});

describe("namesPostBesidesSkills", () => {
  it("is true when a word of the title remains besides the skills", () => {
    expect(namesPostBesidesSkills(operator, termsOf("radio operator"))).toBe(true);
    expect(namesPostBesidesSkills(operator, termsOf("TSO radio"))).toBe(true);
  });

  it("is false when every word is a skill", () => {
    expect(namesPostBesidesSkills(operator, termsOf("radio tempest"))).toBe(false);
  });

  it("answers a requirements question about a post named with skills about that post", () => {
    const a = answerQuestion("do I qualify for the security operator with radio experience?", {
      index,
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.intent).toBe("requirements");
    expect(a.text).toContain("- Knowledge of radio frequency communications (desirable)");
  });
});

describe("noticeLines and an overview question naming something besides the post", () => {
  const technician = makeVacancy({
    id: "technician",
    title: "Field Technician",
    essential: ["Hold a driving licence"],
    description:
      "The technician maintains radios. Technicians are subject to on-call and overtime duties. The post involves travel to sites.",
  });
  const small = new VacancyIndex([technician]);

  it("quotes requirement lines first, then the description's sentences", () => {
    expect(noticeLines(technician, ["travel"])).toEqual([
      { line: "The post involves travel to sites.", list: "notice" },
    ]);
    expect(noticeLines(technician, ["driv", "overtim"])).toEqual([
      { line: "Hold a driving licence", list: "essential" },
      { line: "Technicians are subject to on-call and overtime duties.", list: "notice" },
    ]);
    expect(noticeLines(technician, [])).toEqual([]);
  });

  it("leads an overview with where the notice mentions it", () => {
    const a = answerQuestion("is there travel in the field technician job", {
      index: small,
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.text).toMatch(
      /^What you asked about appears in the notice:\n- The post involves travel to sites\. \(notice\)\n/,
    );
  });
});

describe("namingBalance", () => {
  const chief = makeVacancy({
    id: "chief",
    title: "BICES Network Operations and Security Centre Chief",
    acronyms: [{ short: "BNOSC", long: "BICES Network Operations and Security Centre" }],
  });
  const own = new VacancyIndex([chief, operator]);
  it("counts the post's acronym without its first letter as naming it", () => {
    const t = own.query("nosc chief travel").terms;
    expect(namingBalance(chief, t)).toEqual({ naming: 2, other: 1 });
  });
});
