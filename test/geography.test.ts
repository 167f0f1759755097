import { describe, expect, it } from "vitest";
import { countryOf, timeZoneOf } from "../src/geography.ts";

describe("countryOf", () => {
  it.each([
    ["Brussels", "Belgium"],
    ["Brussels, Belgium", "Belgium"],
    ["Casteau (Mons)", "Belgium"],
    ["The Hague", "Netherlands"],
    ["Norfolk, Virginia, United States", "United States"],
    ["Lago Patria – Naples", "Italy"],
    ["Genève", "Switzerland"],
  ])("%s -> %s", (location, country) => {
    expect(countryOf(location)).toBe(country);
  });

  it("is null for places it does not know", () => {
    expect(countryOf("Springfield")).toBeNull();
    expect(countryOf(null)).toBeNull();
  });
});

describe("timeZoneOf", () => {
  it.each([
    ["Brussels", "Europe/Brussels"],
    ["Norfolk", "America/New_York"],
    ["Ottawa, Canada", "America/Toronto"],
    ["Bydgoszcz, Poland", "Europe/Warsaw"],
    ["Lisbon", "Europe/Lisbon"],
    ["Somewhere, Kenya", "Africa/Nairobi"],
    ["Stavanger, Norway", "Europe/Oslo"],
  ])("%s -> %s", (location, zone) => {
    expect(timeZoneOf(location)).toBe(zone);
  });

  it("is null for places it does not know", () => {
    expect(timeZoneOf("Springfield")).toBeNull();
    expect(timeZoneOf("")).toBeNull();
  });
});
