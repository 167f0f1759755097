import { describe, expect, it } from "vitest";
import { languageNotAskedSentence } from "../../src/answer/languageNotAsked.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const englishOnly = makeVacancy({
  title: "Technician",
  organisation: null,
  location: null,
  languages: [{ language: "English", level: "V (Advanced)", note: null }],
});
const either = makeVacancy({
  title: "Operator",
  languages: [
    { language: "English", level: null, note: "V in one and II in the other" },
    { language: "French", level: null, note: "V in one and II in the other" },
  ],
});

describe("languageNotAskedSentence", () => {
  it("says no when the notice never asks for the language named, with what it asks for", () => {
    expect(languageNotAskedSentence("do I need to speak French for the technician job?", englishOnly)).toBe(
      "No: the notice for Technician does not ask for French; it asks for English at level V (Advanced).",
    );
  });

  it("says nothing when the notice asks for the language, or the question names none", () => {
    expect(languageNotAskedSentence("do I need French for the operator?", either)).toBeNull();
    expect(languageNotAskedSentence("is English enough for the technician?", englishOnly)).toBeNull();
    expect(languageNotAskedSentence("what languages does the technician need?", englishOnly)).toBeNull();
  });

  it("says nothing for a notice that states no language requirement", () => {
    expect(languageNotAskedSentence("do I need French?", makeVacancy({ languages: [] }))).toBeNull();
  });
});
