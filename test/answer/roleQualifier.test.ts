import { describe, expect, it } from "vitest";
import { roleNotNamedBy } from "../../src/answer/roleQualifier.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const officer = makeVacancy({
  title: "Officer, Digital Backbone CIS and Cybersecurity",
  organisation: "International Staff, NATO HQ",
  summary: "Advises on NATO policy and resource issues.",
});

describe("roleNotNamedBy", () => {
  it("names a role the post's name holds nothing like", () => {
    expect(roleNotNamedBy("policy officers", officer)).toBe("policy officers");
    expect(roleNotNamedBy("deadline legal officer", officer)).toBe("legal officer");
  });

  it("accepts the post's own words, their starts and parts, ranks and counts", () => {
    expect(roleNotNamedBy("digital backbone officer", officer)).toBeNull();
    expect(roleNotNamedBy("cyber officer", officer)).toBeNull();
    expect(roleNotNamedBy("security officer", officer)).toBeNull();
    expect(roleNotNamedBy("senior officer", officer)).toBeNull();
    expect(roleNotNamedBy("the 2 officers", officer)).toBeNull();
    expect(roleNotNamedBy("nato hq officer", officer)).toBeNull();
  });

  it("leaves roles the title does not name to the search", () => {
    expect(roleNotNamedBy("policy analyst", officer)).toBeNull();
  });
});
