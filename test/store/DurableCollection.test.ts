// The generic durable collection on its own, with a non-vacancy record type: what issue #11
// (subscriptions, announcement locations, sent reminders) will build on.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DurableCollection } from "../../src/store/DurableCollection.ts";
import { CorruptFileError, InvalidRecordError } from "../../src/store/errors.ts";
import { tempFolder } from "./fixtures/vacancies.ts";

const ReminderSchema = z.object({
  id: z.string().min(1),
  vacancyId: z.string().min(1),
  sentAt: z.iso.datetime(),
});
type Reminder = z.infer<typeof ReminderSchema>;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

function reminders(file = join(dir, "reminders.json")) {
  return new DurableCollection<Reminder>({
    file,
    schema: ReminderSchema,
    idOf: (r) => r.id,
    nouns: ["reminder", "reminders"],
  });
}

describe("DurableCollection", () => {
  it("puts, removes and replaces records durably, in file order, as a plain JSON array", async () => {
    const collection = reminders();
    await collection.load();
    const a = { id: "a", vacancyId: "v1", sentAt: "2026-11-20T09:00:00Z" };
    const b = { id: "b", vacancyId: "v2", sentAt: "2026-11-21T09:00:00Z" };
    await collection.transaction(async (tx) => {
      await tx.apply({ put: [a] });
      expect(tx.records.has("a")).toBe(true); // later steps see earlier ones
      await tx.apply({ put: [b] });
    });
    await collection.transaction((tx) => tx.apply({ remove: ["a"], put: [{ ...b, vacancyId: "v3" }] }));
    expect(JSON.parse(await readFile(join(dir, "reminders.json"), "utf8"))).toEqual([
      { ...b, vacancyId: "v3" },
    ]);

    const reloaded = reminders();
    await reloaded.load();
    expect(reloaded.list()).toEqual([{ ...b, vacancyId: "v3" }]);
    await reloaded.transaction((tx) => tx.replaceAll([a]));
    expect(reloaded.list().map((r) => r.id)).toEqual(["a"]);
  });

  it("validates every written record and writes nothing when one is invalid", async () => {
    const collection = reminders();
    await collection.load();
    const error = await collection
      .transaction((tx) => tx.apply({ put: [{ id: "x", vacancyId: "", sentAt: "yesterday" }] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect(error.message).toMatch(/reminder "x" is not valid[\s\S]*vacancyId:[\s\S]*sentAt:/);
    expect(collection.list()).toEqual([]);
    await expect(readFile(join(dir, "reminders.json"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("names its own nouns in a corrupt-file error", async () => {
    await writeFile(join(dir, "reminders.json"), '[{"id": "a", "vacancyId": "v1"}]');
    const error = await reminders()
      .load()
      .catch((e) => e);
    expect(error).toBeInstanceOf(CorruptFileError);
    expect(error.message).toMatch(/line 1, entry 1 \(id "a"\), field "sentAt"/);
    expect(error.message).toMatch(/no backup at .*reminders\.json\.bak/);
  });
});

describe("DurableCollection: the file it writes", () => {
  it("is exactly JSON.stringify(records, null, 2), records in order, for any number of records", async () => {
    const collection = reminders();
    await collection.load();
    const file = join(dir, "reminders.json");
    const make = (i: number) => ({ id: `r${i}`, vacancyId: `v "${i}" –\n`, sentAt: "2026-11-20T09:00:00Z" });
    await collection.transaction((tx) => tx.replaceAll([]));
    expect(await readFile(file, "utf8")).toBe("[]\n");
    const records = [make(1), make(2), make(3)];
    await collection.transaction((tx) => tx.replaceAll(records));
    expect(await readFile(file, "utf8")).toBe(`${JSON.stringify(records, null, 2)}\n`);
    await collection.transaction((tx) => tx.apply({ put: [make(4)], remove: ["r2"] }));
    expect(await readFile(file, "utf8")).toBe(`${JSON.stringify([make(1), make(3), make(4)], null, 2)}\n`);
  });

  it("scan() reads the current snapshot, more than once, and later writes do not change it", async () => {
    const collection = reminders();
    await collection.load();
    const a = { id: "a", vacancyId: "v1", sentAt: "2026-11-20T09:00:00Z" };
    await collection.transaction((tx) => tx.apply({ put: [a] }));
    const scan = collection.scan();
    await collection.transaction((tx) => tx.apply({ put: [{ ...a, id: "b" }] }));
    expect(scan.size).toBe(1);
    expect([...scan]).toEqual([a]);
    expect([...scan]).toEqual([a]);
    expect([...collection.scan()].map((r) => r.id)).toEqual(["a", "b"]);
  });
});
