import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.ts";
import { languageAsked, languageRequirementText } from "../../src/answer/languageList.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string, index = new VacancyIndex(seedVacancies())) => answerQuestion(q, { index, now });
const titles = (a: ReturnType<typeof ask>) => a.items.map((i) => i.vacancy.title);

describe("languageAsked", () => {
  it("reads which language question is asked across posts", () => {
    expect(languageAsked(" do i need french for any of the jobs ")).toMatchObject({
      mode: "named",
      language: "French",
      rest: "",
    });
    expect(languageAsked(" which jobs need only english ")).toMatchObject({
      mode: "only",
      language: "English",
    });
    expect(languageAsked(" jobs that are english only ")).toMatchObject({
      mode: "only",
      language: "English",
    });
    expect(languageAsked(" any bilingual posts ")).toMatchObject({ mode: "bilingual", language: null });
    expect(languageAsked(" is english enough ")).toMatchObject({ mode: "only", language: "English" });
    expect(languageAsked(" what languages do the jobs need ")).toMatchObject({ mode: "overview" });
    // One slip in a language's name is read as the language; another word is not.
    expect(languageAsked(" is frnech required anywhere ")?.language).toBe("French");
    expect(languageAsked(" jobs for fresh graduates ")).toBeNull();
  });
});

describe("language questions across posts", () => {
  it("lists the posts naming the language with their levels, and those asking English only", () => {
    const a = ask("do I need French for any of the jobs?");
    expect(titles(a)).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
    ]);
    expect(a.text).toMatch(/French: .*in the other/);
    expect(a.text).toContain("Ask for English only, not French:");
  });

  it("keeps to one language for 'only' and to two or more for 'bilingual'", () => {
    expect(titles(ask("which jobs need only English"))).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
    ]);
    expect(titles(ask("any bilingual posts?"))).toEqual([
      "Officer, Digital Backbone CIS and Cybersecurity",
      "Operator, Technical Security",
    ]);
  });

  it("keeps an 'only' question to the languages it joins, and to a deadline window it names", () => {
    const lang = (language: string) => ({ language, level: null, note: null });
    const index = new VacancyIndex([
      makeVacancy({
        id: "en",
        title: "Network Technician",
        languages: [lang("English")],
        deadline: "2024-07-01",
      }),
      makeVacancy({
        id: "enfr",
        title: "Finance Officer",
        languages: [lang("English"), lang("French")],
        deadline: "2024-06-20",
      }),
      makeVacancy({ id: "de", title: "Liaison Clerk", languages: [lang("German")], deadline: "2024-06-21" }),
    ]);
    expect(titles(ask("which jobs only require English and French", index))).toEqual([
      "Finance Officer",
      "Network Technician",
    ]);
    const speaker = ask("I only speak English, what can I apply for?", index);
    expect(titles(speaker)).toEqual(["Network Technician"]);
    expect(speaker.text).toMatch(/^1 of the 3 posts .* asks for English only;/);
    const june = ask("english or french only roles closing in june", index);
    expect(titles(june)).toEqual(["Finance Officer"]);
    expect(june.text).toContain("closing in June 2024");
  });

  it("narrows to the posts a place or unit names, never by a stray word of the question", () => {
    expect(ask("french speaking jobs in Brussels").text).toMatch(/matching "brussels"/);
    expect(titles(ask("which vacancies accept English only"))).toEqual([
      "Network and Communications Technician",
      "BICES Network Operations and Security Centre Chief",
    ]);
  });

  it("reads any language a notice names, and says when no post names it", () => {
    const index = new VacancyIndex([
      makeVacancy({
        id: "g",
        title: "Liaison Clerk",
        languages: [{ language: "German", level: "B2", note: null }],
      }),
      makeVacancy({
        id: "e",
        title: "Store Keeper",
        languages: [{ language: "English", level: "C1", note: null }],
      }),
    ]);
    expect(titles(ask("which jobs require German?", index))).toEqual(["Liaison Clerk"]);
    expect(ask("do any jobs need Spanish", index).text).toContain("None of the 2 posts");
  });

  it("lists ten posts and counts the rest", () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      makeVacancy({
        id: `p${i}`,
        title: `Clerk ${i}`,
        languages: [{ language: "French", level: "B2", note: null }],
      }),
    );
    const a = ask("which jobs need French?", new VacancyIndex(many));
    expect(a.items).toHaveLength(10);
    expect(a.totalMatches).toBe(15);
    expect(a.text).toContain("- ... and 5 more");
  });

  it("leaves a language question about one named post to that post's answer", () => {
    const a = ask("what languages does the network technician need");
    expect(a.intent).toBe("requirements");
    expect(titles(a)).toEqual(["Network and Communications Technician"]);
  });

  it("writes a shared note once for the languages it applies to", () => {
    const v = makeVacancy({
      languages: [
        { language: "English", level: null, note: "V in one; I in the other" },
        { language: "French", level: null, note: "V in one; I in the other" },
      ],
    });
    expect(languageRequirementText(v)).toBe("English and French: V in one; I in the other");
  });
});

describe("a language question about one post whose title words other posts share", () => {
  const index = new VacancyIndex([
    makeVacancy({ id: "om1", title: "Operation and Maintenance Technician", deadline: "2024-07-01" }),
    makeVacancy({ id: "om2", title: "Operation and Maintenance Engineer", deadline: "2024-07-02" }),
    makeVacancy({ id: "om3", title: "Operation and Maintenance Manager", deadline: "2024-07-03" }),
  ]);

  it("answers that post ('does the X need'), not a list of every post sharing its words", () => {
    const a = ask("what languages does the operation & maintenance technician need", index);
    expect(a.intent).not.toBe("list");
    expect(titles(a)[0]).toBe("Operation and Maintenance Technician");
  });

  it("still lists them when the question asks about several ('do the X jobs need')", () => {
    const a = ask("what languages do the operation and maintenance jobs need", index);
    expect(a.intent).toBe("list");
    expect(a.items).toHaveLength(3);
  });
});
