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
    ["Tampa, Florida", "United States"],
    ["Halifax, NS", "Canada"],
    ["Perth, Western Australia", "Australia"],
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
    ["Norfolk, Virginia", "America/New_York"],
    ["Tampa, Florida", "America/New_York"],
    ["Tampa, FL", "America/New_York"],
    ["Colorado Springs, CO, USA", "America/Denver"],
    ["Somewhere, Texas", "America/Chicago"],
    ["Atlanta, Georgia, USA", "America/New_York"],
    ["Tbilisi, Georgia", "Asia/Tbilisi"],
    ["Halifax, Nova Scotia", "America/Halifax"],
    ["Victoria, British Columbia", "America/Vancouver"],
    ["Somewhere, ON", "America/Toronto"],
    ["Canberra, Australia", "Australia/Sydney"],
    ["Melbourne, Victoria", "Australia/Melbourne"],
    ["Singapore", "Asia/Singapore"],
    ["Seoul, Republic of Korea", "Asia/Seoul"],
    ["New Delhi, India", "Asia/Kolkata"],
    ["Wellington, New Zealand", "Pacific/Auckland"],
  ])("%s -> %s", (location, zone) => {
    expect(timeZoneOf(location)).toBe(zone);
  });

  it("is null for places it does not know", () => {
    expect(timeZoneOf("Springfield")).toBeNull();
    // a region code counts only in capitals after the city: "In" and "Me" are words
    expect(timeZoneOf("In Town")).toBeNull();
    expect(timeZoneOf("IN")).toBeNull();
    expect(timeZoneOf("")).toBeNull();
  });
});
