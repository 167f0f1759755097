// A VacancyIndexSnapshot as bytes: a short magic, a JSON header (strings, scalars and where each
// typed array lies), then the typed arrays back to back, 8-byte aligned, so decoding a 100,000-
// vacancy index wraps the file's bytes instead of copying or parsing ~100 MB of postings.
import { z } from "zod";
import type { InvertedIndexState } from "./InvertedIndex.ts";
import type { VacancyIndexSnapshot } from "./VacancyIndex.ts";

const MAGIC = "VBINDEX1";
/** Bumped whenever the snapshot's meaning changes (tokeniser, weights, layout): old files are then rebuilt. */
export const SNAPSHOT_VERSION = 3;

/** The snapshot cannot be used: wrong file, other version, other data, damaged. The index is rebuilt. */
export class IndexSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndexSnapshotError";
  }
}

const ARRAY_TYPES = {
  int32: Int32Array,
  uint16: Uint16Array,
  uint8: Uint8Array,
  float64: Float64Array,
} as const;
type ArrayType = keyof typeof ARRAY_TYPES;

const SectionSchema = z.object({
  type: z.enum(["int32", "uint16", "uint8", "float64"]),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});

const HeaderSchema = z.object({
  version: z.number().int(),
  fingerprint: z.string(),
  ids: z.array(z.string().nullable()),
  acronymFields: z.array(z.string().nullable()),
  acronyms: z.array(z.object({ short: z.string(), long: z.string() })),
  titleTerms: z.array(z.string()),
  terms: z.array(z.string()),
  live: z.number().int().nonnegative(),
  deadPostings: z.number().int().nonnegative(),
  lengthSums: z.array(z.number()),
  averages: z.array(z.number()),
  primed: z.boolean(),
  sections: z.object({
    published: SectionSchema,
    closesAt: SectionSchema,
    df: SectionSchema,
    starts: SectionSchema,
    lengths: SectionSchema,
    slots: SectionSchema,
    impacts: SectionSchema,
    alive: SectionSchema,
  }),
});
type Header = z.infer<typeof HeaderSchema>;
type SectionName = keyof Header["sections"];

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Encodes a snapshot taken of the data identified by `fingerprint`. */
export function encodeSnapshot(snapshot: VacancyIndexSnapshot, fingerprint: string): Uint8Array {
  const { index } = snapshot;
  const arrays: Record<SectionName, [ArrayType, ArrayBufferView & { length: number }]> = {
    published: ["uint8", snapshot.published],
    closesAt: ["float64", snapshot.closesAt],
    df: ["int32", index.df],
    starts: ["int32", index.starts],
    lengths: ["int32", index.lengths],
    slots: ["int32", index.slots],
    impacts: ["uint16", index.impacts],
    alive: ["uint8", index.alive],
  };
  let offset = 0;
  const sections = {} as Header["sections"];
  for (const [name, [type, array]] of Object.entries(arrays) as [
    SectionName,
    (typeof arrays)[SectionName],
  ][]) {
    sections[name] = { type, offset, length: array.length };
    offset = align8(offset + array.byteLength);
  }
  const header: Header = {
    version: SNAPSHOT_VERSION,
    fingerprint,
    ids: snapshot.ids,
    acronymFields: snapshot.acronymFields,
    acronyms: snapshot.acronyms,
    titleTerms: snapshot.titleTerms,
    terms: index.terms,
    live: index.live,
    deadPostings: index.deadPostings,
    lengthSums: index.lengthSums,
    averages: index.averages,
    primed: index.primed,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const dataStart = align8(MAGIC.length + 4 + headerBytes.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(Buffer.from(MAGIC, "latin1"), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  for (const [name, [, array]] of Object.entries(arrays) as [SectionName, (typeof arrays)[SectionName]][]) {
    out.set(
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
      dataStart + sections[name].offset,
    );
  }
  return out;
}

/**
 * Decodes a snapshot, checking that it is one, of this version, of the data identified by
 * `fingerprint`, and consistent. Throws IndexSnapshotError. The typed arrays are views into `bytes`.
 */
export function decodeSnapshot(input: Uint8Array, fingerprint: string): VacancyIndexSnapshot {
  const headerStart = MAGIC.length + 4;
  if (
    input.length < headerStart ||
    Buffer.from(input.subarray(0, MAGIC.length)).toString("latin1") !== MAGIC
  ) {
    throw new IndexSnapshotError("not a vacancy-bot index file");
  }
  const headerLength = new DataView(input.buffer, input.byteOffset, input.byteLength).getUint32(
    MAGIC.length,
    true,
  );
  if (headerStart + headerLength > input.length)
    throw new IndexSnapshotError("the file is cut short (header)");
  let header: Header;
  try {
    const raw = JSON.parse(
      Buffer.from(input.subarray(headerStart, headerStart + headerLength)).toString("utf8"),
    );
    if (raw?.version !== SNAPSHOT_VERSION)
      throw new IndexSnapshotError(`made by another version (${raw?.version})`);
    header = HeaderSchema.parse(raw);
  } catch (error) {
    if (error instanceof IndexSnapshotError) throw error;
    throw new IndexSnapshotError(`damaged header (${(error as Error).message.split("\n")[0]})`);
  }
  if (header.fingerprint !== fingerprint)
    throw new IndexSnapshotError("made for other data (the data file changed)");
  const dataStart = align8(headerStart + headerLength);
  // Typed arrays need aligned offsets: a buffer that does not start on an 8-byte boundary is copied once.
  const bytes = (input.byteOffset + dataStart) % 8 === 0 ? input : input.slice();
  const view = <T extends ArrayType>(name: SectionName, type: T): InstanceType<(typeof ARRAY_TYPES)[T]> => {
    const section = header.sections[name];
    const Type = ARRAY_TYPES[type];
    if (section.type !== type) throw new IndexSnapshotError(`section ${name} has type ${section.type}`);
    const start = bytes.byteOffset + dataStart + section.offset;
    if (start + section.length * Type.BYTES_PER_ELEMENT > bytes.byteOffset + bytes.length) {
      throw new IndexSnapshotError(`the file is cut short (${name})`);
    }
    return new Type(bytes.buffer as ArrayBuffer, start, section.length) as InstanceType<
      (typeof ARRAY_TYPES)[T]
    >;
  };
  const index: InvertedIndexState = {
    terms: header.terms,
    df: view("df", "int32"),
    starts: view("starts", "int32"),
    lengths: view("lengths", "int32"),
    slots: view("slots", "int32"),
    impacts: view("impacts", "uint16"),
    alive: view("alive", "uint8"),
    live: header.live,
    deadPostings: header.deadPostings,
    lengthSums: header.lengthSums,
    averages: header.averages,
    primed: header.primed,
  };
  const snapshot: VacancyIndexSnapshot = {
    ids: header.ids,
    published: view("published", "uint8"),
    closesAt: view("closesAt", "float64"),
    acronymFields: header.acronymFields,
    acronyms: header.acronyms,
    titleTerms: header.titleTerms,
    index,
  };
  checkConsistent(snapshot);
  return snapshot;
}

/** Cheap structural checks, so a damaged file is refused rather than answering wrongly. */
function checkConsistent(s: VacancyIndexSnapshot): void {
  const slotCount = s.ids.length;
  const termCount = s.index.terms.length;
  const fail = (what: string) => {
    throw new IndexSnapshotError(`inconsistent (${what})`);
  };
  if (
    s.published.length !== slotCount ||
    s.closesAt.length !== slotCount ||
    s.acronymFields.length !== slotCount
  )
    fail("per-vacancy arrays differ in length");
  if (s.index.alive.length > slotCount) fail("more live flags than vacancies");
  if (
    s.index.df.length !== termCount ||
    s.index.starts.length !== termCount ||
    s.index.lengths.length !== termCount
  )
    fail("per-term arrays differ in length");
  if (s.index.impacts.length !== s.index.slots.length) fail("postings arrays differ in length");
  for (let t = 0; t < termCount; t++) {
    const start = s.index.starts[t] as number;
    if (start < 0 || start + (s.index.lengths[t] as number) > s.index.slots.length)
      fail(`postings of term ${t}`);
  }
  const slots = s.index.slots;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] as number;
    if (slot < 0 || slot >= slotCount) fail("a posting names no vacancy");
  }
}
