import { describe, expect, it } from "vitest";
import { parseContract } from "../../src/ingest/parseContract.ts";

describe("parseContract: probation", () => {
  it("keeps the probation sentence with the offer", () => {
    const c = parseContract(
      "Contract to be offered to the successful applicant: Definite duration contract of three years. The posts are project posts. The first 6 months of the contract will be considered as probationary period.",
    );
    expect(c?.text).toBe(
      "Contract to be offered to the successful applicant: Definite duration contract of three years. The first 6 months of the contract will be considered as probationary period.",
    );
  });

  it("adds nothing when the notice names no probation", () => {
    expect(
      parseContract(
        "Contract to be offered to the successful applicant: Definite duration contract of three years.",
      )?.text,
    ).toBe("Contract to be offered to the successful applicant: Definite duration contract of three years.");
  });
});
