import { describe, expect, it } from "vitest";
import { parseApplicationNotes } from "../../src/ingest/applicationNotes.ts";

describe("parseApplicationNotes: how and where to apply", () => {
  it("keeps the sentence naming the system applications go through", () => {
    expect(
      parseApplicationNotes([
        "Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system, as applicable:",
      ]),
    ).toEqual([
      "Please note that we can only accept applications from nationals of NATO member countries.",
      "Applications must be submitted using e-recruitment system, as applicable.",
    ]);
  });

  it("keeps, of the bullets, only the clause giving the address applications go to", () => {
    expect(
      parseApplicationNotes(
        [],
        [
          "Possess a university degree",
          "For NATO civilian staff members only: please apply via the internal portal ( ); For all other applications: www.nato.int/recruitment Before you apply, watch our video",
        ],
      ),
    ).toEqual(["For all other applications: www.nato.int/recruitment"]);
  });

  it("keeps no bullet without an address", () => {
    expect(
      parseApplicationNotes([], ["For all other applications:", "Apply your skills to NATO networks"]),
    ).toEqual([]);
  });
});
