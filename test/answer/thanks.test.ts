import { describe, expect, it } from "vitest";
import { isThanks } from "../../src/answer/thanks.ts";

describe("isThanks", () => {
  it.each([
    "thanks!",
    "thank you",
    "ok thanks",
    "thanks a lot, that helps",
    "many thanks for your help",
    "cheers",
  ])("%s is thanks", (q) => {
    expect(isThanks(q)).toBe(true);
  });

  it.each(["thanks, when does the network technician close?", "ok", "help", "thank you, what's open?"])(
    "%s asks something",
    (q) => {
      expect(isThanks(q)).toBe(false);
    },
  );
});
