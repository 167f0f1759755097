import { describe, expect, it } from "vitest";
import {
  askedConditions,
  conditionLines,
  withoutConditionWords,
} from "../../src/answer/applicationConditions.ts";
import { foldText } from "../../src/search/text.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const padded = (q: string) => ` ${foldText(q).trim().replace(/ +/g, " ")} `;
const asked = (q: string) => askedConditions(padded(q)).map((c) => c.name);

describe("askedConditions", () => {
  it.each([
    ["which posts need a security clearance?", "a security clearance"],
    ["jobs that need clearance", "a security clearance"],
    ["do I need to be vetted for the operator job", "a security clearance"],
    ["which jobs need a medical exam?", "a medical check"],
    ["will the cyber officer job need a medical?", "a medical check"],
    ["can non-NATO citizens apply?", "a nationality condition"],
    ["which jobs are for NATO nationals only?", "a nationality condition"],
    ["I'm Swiss, can I apply?", "a nationality condition"],
    ["can an Australian apply for the operator post?", "a nationality condition"],
    ["can I apply from outside NATO?", "a nationality condition"],
    ["I live in a partner country, may I apply?", "a nationality condition"],
    ["will they verify my studies?", "proof of education and experience"],
    ["do I have to show proof of my degree at the interview?", "proof of education and experience"],
    ["which jobs offer relocation support?", "relocation"],
  ])("%s names %s", (q, name) => {
    expect(asked(q)).toContain(name);
  });

  it.each([
    "security officer jobs",
    "medical jobs",
    "where is the medical adviser's office",
    "can a French speaker apply?",
    "I work at a national MoD",
    "what does the network technician do?",
  ])("%s names no condition", (q) => {
    expect(asked(q)).toEqual([]);
  });

  it("leaves the words that may name a post", () => {
    expect(withoutConditionWords(padded("does the NOSC chief need a security clearance")).trim()).toBe(
      "does the nosc chief need a",
    );
    expect(withoutConditionWords(padded("which jobs are for NATO nationals only")).trim()).toBe(
      "which jobs are for",
    );
  });
});

describe("conditionLines", () => {
  const v = makeVacancy({
    essential: ["Experience with national BICES networks"],
    applicationNotes: [
      "Please note that we can only accept applications from nationals of NATO member countries.",
      "Bring your diploma. Appointment will be subject to a security clearance (provided by the national Authorities) and approval of the medical file.",
    ],
  });
  const [clearance, medical, nationality] = askedConditions(
    padded("security clearance medical check nationality"),
  );

  it("quotes only the sentence of a note that states the condition", () => {
    expect(clearance && conditionLines(v, clearance)).toEqual([
      "Appointment will be subject to a security clearance (provided by the national Authorities) and approval of the medical file.",
    ]);
    expect(medical && conditionLines(v, medical)).toHaveLength(1);
  });

  it("reads nationals of member countries as a nationality condition, never the adjective 'national'", () => {
    expect(nationality && conditionLines(v, nationality)).toEqual([
      "Please note that we can only accept applications from nationals of NATO member countries.",
    ]);
  });

  it("does not read a post's own subject as a condition on the candidate", () => {
    const logistics = makeVacancy({
      essential: ["Experience of customs clearance", "A degree in medical science"],
    });
    expect(clearance && conditionLines(logistics, clearance)).toEqual([]);
    expect(medical && conditionLines(logistics, medical)).toEqual([]);
  });

  it("is empty for a notice that says nothing about the condition", () => {
    expect(
      clearance && conditionLines(makeVacancy({ applicationNotes: ["Attach a CV."] }), clearance),
    ).toEqual([]);
  });
});
