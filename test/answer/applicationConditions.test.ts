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
    ["as a Norwegian can I go for the operator role?", "a nationality condition"],
    ["can a Swede apply to the network technician job?", "a nationality condition"],
    ["will they verify my studies?", "proof of education and experience"],
    ["do I have to show proof of my degree at the interview?", "proof of education and experience"],
    ["which jobs offer relocation support?", "relocation"],
    ["is there an installation allowance for the operator?", "relocation"],
    ["is there an age limit for the technician post?", "an age limit"],
    ["am I too old to apply for the NOSC chief?", "an age limit"],
    ["does the NOSC chief have a probation period", "a probation period"],
    ["what pension do I get as digital backbone officer", "a pension"],
    ["do I need a visa for the NOSC chief job", "a visa or residence permit"],
    ["residence permit needed for the operator?", "a visa or residence permit"],
    ["when are the interviews for the network technician", "tests, interviews or other selection steps"],
    [
      "is there a written test for the digital backbone officer?",
      "tests, interviews or other selection steps",
    ],
    ["what's the selection process for the deputy director", "tests, interviews or other selection steps"],
    ["can I apply to two posts at the same time?", "applying to more than one post"],
    ["what are the working hours for the network technician", "working hours"],
    ["is the technician role on call?", "working hours"],
    ["what hours would I work as NOSC chief?", "working hours"],
    ["is there shift work or night work in the NOSC chief role?", "shift, night or weekend work"],
    ["does the technician work weekends?", "shift, night or weekend work"],
    ["NOSC chief: how is the selection done?", "tests, interviews or other selection steps"],
    [
      "can I submit applications for both the NOSC chief and the technician?",
      "applying to more than one post",
    ],
    ["do they help with moving costs for the NOSC chief", "relocation"],
  ])("%s names %s", (q, name) => {
    expect(asked(q)).toContain(name);
  });

  it.each([
    "security officer jobs",
    "medical jobs",
    "where is the medical adviser's office",
    "can a French speaker apply?",
    "can I apply as a French speaker?",
    "what level of French for the technical security operator",
    "what's the capital of Belgium",
    "show me a selection of jobs",
    "I work at a national MoD",
    "what does the network technician do?",
    "which posts have a test environment to maintain",
    "what is the average age of the team",
  ])("%s names no condition", (q) => {
    expect(asked(q)).toEqual([]);
  });

  it("reads a medical exam as a medical check only, not as a test of the selection", () => {
    expect(asked("is a medical exam needed for the digital backbone job")).toEqual(["a medical check"]);
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

  it("reads the working conditions too", () => {
    const [hours] = askedConditions(padded("working hours"));
    const onCall = makeVacancy({ workingConditions: ["Staff are subject to on-call duties."] });
    expect(hours && conditionLines(onCall, hours)).toEqual(["Staff are subject to on-call duties."]);
  });

  it("is empty for a notice that says nothing about the condition", () => {
    expect(
      clearance && conditionLines(makeVacancy({ applicationNotes: ["Attach a CV."] }), clearance),
    ).toEqual([]);
  });
});
