// The byte-level splitter behind per-record loading: it must find exactly the elements JSON.parse
// finds, and refuse (null) anything that is not a well-laid-out top-level array.
import { describe, expect, it } from "vitest";
import { topLevelElementRanges } from "../../src/store/jsonArrayElements.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** The elements as the splitter cuts them, each parsed on its own. */
function elements(text: string): unknown[] | null {
  const bytes = encode(text);
  const ranges = topLevelElementRanges(bytes);
  if (ranges === null) return null;
  const decoder = new TextDecoder();
  return ranges.map(([start, end]) => JSON.parse(decoder.decode(bytes.subarray(start, end))));
}

describe("topLevelElementRanges", () => {
  it("cuts the array the way JSON.parse reads it, whatever the strings hold", () => {
    const values = [
      { id: "a", title: 'Brackets ] } [ { and "quotes", a \\ backslash, a \\" pair' },
      { id: "b", nested: [[1, 2], { deep: ["]", "}", "\\"] }], empty: {}, none: [] },
      "a string element with , and ]",
      42,
      -1.5e3,
      true,
      null,
      { id: "ü", text: "Zoë, Łódź, 東京, emoji 🙂, \u2028 line separator" },
      [],
    ];
    for (const text of [
      JSON.stringify(values),
      JSON.stringify(values, null, 2),
      JSON.stringify(values, null, "\t"),
    ]) {
      expect(elements(text)).toEqual(JSON.parse(text));
    }
  });

  it("reads empty arrays and surrounding whitespace", () => {
    expect(elements("[]")).toEqual([]);
    expect(elements(" \n[ \r\n ]\n\n")).toEqual([]);
    expect(elements("\n[\n  1\n]\n")).toEqual([1]);
  });

  it.each([
    ["an empty file", ""],
    ["an object at the top level", '{"id": "a"}'],
    ["a missing comma", '[{"id": "a"} {"id": "b"}]'],
    ["a missing closing bracket", '[{"id": "a"}'],
    ["an unterminated string", '[{"id": "a}]'],
    ["text after the array", '[{"id": "a"}] trailing'],
    ["a byte-order mark", '\uFEFF[{"id": "a"}]'],
    ["two scalars without a comma", "[1 2]"],
    ["a dangling comma", "[1,]"],
  ])("refuses %s", (_, text) => {
    expect(topLevelElementRanges(encode(text))).toBeNull();
  });
});
