import { describe, expect, it } from "vitest";
import { acronymAsked } from "../../src/answer/acronymQuestion.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string, index = new VacancyIndex(seedVacancies())) => answerQuestion(q, { index, now });
const titles = (a: ReturnType<typeof ask>) => a.items.map((i) => i.vacancy.title);

describe("acronymAsked", () => {
  it("reads the word whose meaning is asked, in the usual phrasings", () => {
    expect(acronymAsked(" what does tscm stand for ")?.words[0]).toBe("tscm");
    expect(acronymAsked(" what s a bnosc ")?.words[0]).toBe("bnosc");
    expect(acronymAsked(" tscm meaning ")?.words[0]).toBe("tscm");
    expect(acronymAsked(" define pki ")?.asksMeaning).toBe(true);
    expect(acronymAsked(" what is bices ")?.asksMeaning).toBe(false);
    expect(acronymAsked(" can you tell me what ipms means ")?.words[0]).toBe("ipms");
    expect(acronymAsked(" what s the meaning of nsip ")?.words[0]).toBe("nsip");
    expect(acronymAsked(" what is meant by rres ")?.words[0]).toBe("rres");
    // "DASG-S" folds to "dasg s".
    expect(acronymAsked(" what does dasg s mean ")?.words[0]).toBe("dasg s");
    expect(acronymAsked(" what does nosb mean in the nosc chief notice ")).toEqual({
      words: ["nosb"],
      asksMeaning: true,
      within: "the nosc chief notice",
    });
  });

  it("reads no acronym in a question that names a post or asks something else", () => {
    expect(acronymAsked(" what is the nosc chief job ")).toBeNull();
    expect(acronymAsked(" what does the network technician do ")).toBeNull();
    expect(acronymAsked(" what is the salary for the technical security operator ")).toBeNull();
  });
});

describe("acronym questions", () => {
  it("gives the long form a notice defines, and the posts that use it", () => {
    const a = ask("what does TSCM stand for?");
    expect(a.text).toContain("TSCM stands for Technical Surveillance Counter Measures");
    expect(titles(a)).toEqual(["Operator, Technical Security"]);
  });

  it("explains each of several acronyms asked together", () => {
    const index = new VacancyIndex([
      makeVacancy({
        acronyms: [
          { short: "NOSB", long: "Network Operations and Support Branch" },
          { short: "SOSB", long: "Security Operations and Support Branch" },
        ],
      }),
    ]);
    const a = ask("what do NOSB and SOSB stand for", index);
    expect(a.text).toContain("NOSB stands for Network Operations and Support Branch");
    expect(a.text).toContain("SOSB stands for Security Operations and Support Branch");
    expect(a.items[0]?.quote).toBe(
      "NOSB: Network Operations and Support Branch; SOSB: Security Operations and Support Branch",
    );
  });

  it("puts the post the question names first", () => {
    const a = ask("what does NOSB mean in the NOSC chief notice");
    expect(a.text).toContain("Network Operations and Support Branch");
    expect(titles(a)[0]).toBe("BICES Network Operations and Security Centre Chief");
  });

  it("says when the notices use a word without spelling it out, and the names that contain it", () => {
    const a = ask("what is BICES?");
    expect(a.text).toContain("do not spell it out");
    expect(a.text).toContain("BICES Group Executive (BGX)");
  });

  it("gives both long forms when two notices define an acronym differently", () => {
    const index = new VacancyIndex([
      makeVacancy({
        id: "a",
        title: "Alpha Analyst",
        acronyms: [{ short: "PSU", long: "Power Supply Unit" }],
      }),
      makeVacancy({
        id: "b",
        title: "Beta Officer",
        acronyms: [{ short: "PSU", long: "Public Service Union" }],
      }),
    ]);
    const a = ask("what does PSU mean", index);
    expect(a.text).toContain("in 2 ways");
    expect(a.text).toContain("Power Supply Unit (in the notice for Alpha Analyst)");
    expect(a.text).toContain("Public Service Union (in the notice for Beta Officer)");
  });

  it("spells out an acronym asked alone, unless it is a word of a title", () => {
    const index = new VacancyIndex([
      makeVacancy({
        id: "a",
        title: "Network Technician",
        acronyms: [{ short: "CMDB", long: "Configuration Management Database" }],
        essential: ["Experience with a CMDB"],
      }),
      makeVacancy({
        id: "b",
        title: "Deputy Director OSS",
        acronyms: [{ short: "OSS", long: "Operations and Security Services" }],
      }),
      makeVacancy({
        id: "c",
        title: "Service Desk Centre Chief",
        acronyms: [{ short: "SDC", long: "Service Desk Centre" }],
      }),
    ]);
    expect(ask("CMDB?", index).text).toMatch(/^CMDB stands for Configuration Management Database/);
    expect(ask("cmdb", index).text).not.toContain("stands for");
    // A word of a title, or the long form in a title, names that post.
    expect(ask("OSS", index).text).not.toContain("stands for");
    expect(ask("SDC", index).text).not.toContain("stands for");
  });

  it("leaves a lowercase common word to the ordinary answer", () => {
    const index = new VacancyIndex([
      makeVacancy({ acronyms: [{ short: "IT", long: "Information Technology" }] }),
    ]);
    expect(ask("what does it mean", index).text).not.toContain("Information Technology");
    expect(ask("what does IT stand for", index).text).toContain("IT stands for Information Technology");
  });
});
