import { describe, expect, it } from "vitest";
import { postNamedByTitleWord } from "../../src/answer/namedPost.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex([
  makeVacancy({
    id: "tech",
    title: "Network Technician",
    summary: "Supports the network and its chief users.",
  }),
  makeVacancy({ id: "chief", title: "Network Operations Chief", summary: "Leads the network team." }),
  makeVacancy({ id: "officer", title: "Security Officer", summary: "Keeps the building secure." }),
]);
const named = (subject: string, question = subject) =>
  postNamedByTitleWord(index, subject, question)?.hits.map((h) => h.vacancy.id) ?? null;

describe("postNamedByTitleWord", () => {
  it("names the one post whose title holds a word no other title holds", () => {
    expect(named("start date technician")).toEqual(["tech"]);
    // "chief" is also in the technician's prose: only titles count.
    expect(named("start date chief")).toEqual(["chief"]);
  });

  it("names none by a word several titles share", () => {
    expect(named("start date network")).toBeNull();
  });

  it("names none when two words name different posts", () => {
    expect(named("technician chief")).toBeNull();
  });

  it("names none by a word the question did not hold as written", () => {
    expect(named("chief cuisine", "chef de cuisine")).toBeNull();
  });
});
