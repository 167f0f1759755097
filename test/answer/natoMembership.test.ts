import { describe, expect, it } from "vitest";
import { namedNationality, nationalityVerdict } from "../../src/answer/natoMembership.ts";
import { foldText } from "../../src/search/text.ts";

const padded = (q: string) => ` ${foldText(q).trim().replace(/ +/g, " ")} `;
const named = (q: string, day = "2024-06-01") => namedNationality(padded(q), day);
const day = (d: string) => `day ${d}`;

describe("namedNationality", () => {
  it("reads a member country by its name or its people, on the day asked", () => {
    expect(named("can I apply if I'm from Sweden?")).toEqual({
      country: "Sweden",
      member: true,
      since: "2024-03-07",
    });
    expect(named("I'm Swedish, can I apply?", "2023-06-01")).toEqual({
      country: "Sweden",
      member: false,
      asOf: "2023-06-01",
    });
    expect(named("are Polish citizens eligible?")?.member).toBe(true);
  });

  it("reads a country that is not a member, and non-NATO applicants in general", () => {
    expect(named("I'm Ukrainian, can I apply for the technician post?")).toEqual({
      country: "Ukraine",
      member: false,
    });
    expect(named("can an Australian apply")?.country).toBe("Australia");
    expect(named("can non-NATO citizens apply")).toEqual({ country: null, member: false });
    expect(named("can a Swede apply?", "2024-01-15")).toEqual({
      country: "Sweden",
      member: false,
      asOf: "2024-01-15",
    });
    expect(named("as a Norwegian can I go for the operator role?")?.member).toBe(true);
  });

  it("names none for a language or for NATO nationals in general", () => {
    expect(named("can a French speaker apply?")).toBeNull();
    expect(named("which jobs are for NATO nationals only?")).toBeNull();
    expect(named("I live in the UK and speak English")).toBeNull();
  });
});

describe("nationalityVerdict", () => {
  it("says no for a non-member and yes for a member, by what the notices accept", () => {
    expect(nationalityVerdict({ country: "Ukraine", member: false }, 1, 1, day)).toBe(
      "No: Ukraine is not a NATO member country, and the notice accepts applications only from nationals of NATO member countries.",
    );
    expect(nationalityVerdict({ country: "Sweden", member: true, since: "2024-03-07" }, 3, 3, day)).toMatch(
      /^Yes, as far as nationality goes: Sweden is a NATO member country \(since day 2024-03-07\), and all 3 notices/,
    );
  });

  it("says for how many posts when only some notices restrict, and nothing when none does", () => {
    expect(nationalityVerdict({ country: null, member: false }, 2, 5, day)).toBe(
      "No, for 2 of the 5 posts: 2 of the 5 notices accept applications only from nationals of NATO member countries (the others state no nationality condition).",
    );
    expect(nationalityVerdict({ country: null, member: false }, 0, 5, day)).toBeNull();
  });

  it("says none when a question asks which posts, and every notice restricts", () => {
    expect(nationalityVerdict({ country: null, member: false }, 5, 5, day, true)).toMatch(
      /^None: all 5 notices/,
    );
  });
});
