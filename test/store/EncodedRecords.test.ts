// Records held as UTF-8 JSON bytes: what readers see must be what was stored, frozen, in order.
import { describe, expect, it } from "vitest";
import { DECODED_CACHE_SIZE, EncodedRecords } from "../../src/store/EncodedRecords.ts";

interface Note {
  id: string;
  text: string;
  tags: string[];
}
const note = (id: string, text = `note ${id}`): Note => ({ id, text, tags: ["a", "b – c"] });

describe("EncodedRecords", () => {
  it("gives back each record as stored, deeply frozen, in insertion order", () => {
    const records = EncodedRecords.of<Note>(["x", "y", "z"].map((id) => [id, note(id)] as const));
    expect(records.size).toBe(3);
    expect([...records.keys()]).toEqual(["x", "y", "z"]);
    expect([...records.values()]).toEqual([note("x"), note("y"), note("z")]);
    const y = records.get("y") as Note;
    expect(y).toEqual(note("y"));
    expect(Object.isFrozen(y) && Object.isFrozen(y.tags)).toBe(true);
    expect(records.get("nope")).toBeUndefined();
    expect(records.has("z") && !records.has("nope")).toBe(true);
  });

  it("keeps non-Latin-1 text and escapes intact through the bytes", () => {
    const tricky = { id: "t", text: 'Zoë – "quoted" \\ back\nslash 🚀 ü', tags: [] };
    expect(EncodedRecords.of([["t", tricky] as const]).get("t")).toEqual(tricky);
  });

  it("returns the same object for repeated reads, and the very object written by `with`", () => {
    const records = EncodedRecords.of<Note>([["x", note("x")]]);
    expect(records.get("x")).toBe(records.get("x"));
    const written = Object.freeze(note("w"));
    const next = records.with({ put: [["w", written]] });
    expect(next.get("w")).toBe(written);
  });

  it("`with` changes a copy and leaves the original as it was", () => {
    const before = EncodedRecords.of<Note>([
      ["x", note("x")],
      ["y", note("y")],
    ]);
    const after = before.with({
      put: [
        ["y", note("y", "changed")],
        ["z", note("z")],
      ],
      remove: ["x"],
    });
    expect([...before.values()].map((n) => n.text)).toEqual(["note x", "note y"]);
    expect([...after.entries()].map(([id, n]) => `${id}:${n.text}`)).toEqual(["y:changed", "z:note z"]);
    expect(after.sameAs("y", before)).toBe(false);
    expect(after.sameAs("z", before)).toBe(false);
    const unchanged = after.with({ put: [["z", note("z")]] });
    expect(unchanged.sameAs("z", after)).toBe(true); // same bytes, even though re-encoded
  });

  it("bounds its cache of decoded records", () => {
    const n = DECODED_CACHE_SIZE + 10;
    const records = EncodedRecords.of<Note>(
      Array.from({ length: n }, (_, i) => [`r${i}`, note(`r${i}`)] as const),
    );
    const first = records.get("r0");
    for (let i = 1; i < n; i++) records.get(`r${i}`);
    // r0 was evicted: read again, it is decoded afresh (equal, not identical).
    const again = records.get("r0");
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it("packs many records into shared slabs without mixing their bytes", () => {
    const big = "x".repeat(100_000);
    const records = EncodedRecords.of<Note>(
      Array.from({ length: 200 }, (_, i) => [`r${i}`, note(`r${i}`, `${i}:${big}`)] as const),
    );
    for (let i = 0; i < 200; i += 37) expect(records.get(`r${i}`)?.text).toBe(`${i}:${big}`);
  });
});
