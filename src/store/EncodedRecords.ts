// Records kept in memory as their UTF-8 JSON bytes instead of object trees. A vacancy's object tree
// costs 1.3-2x its JSON (object headers, and V8 stores a whole string at two bytes per character as
// soon as it holds one character outside Latin-1, such as an en dash), which at 100,000 vacancies is
// hundreds of megabytes. Records are decoded on demand; the most recently read ones stay decoded in
// a small cache, so a hot record is the same frozen object on every read.
import { deepFreeze } from "./deep-freeze.ts";

/** Size of the slabs bulk-loaded records are packed into (a record replaced later gets its own buffer). */
const SLAB_BYTES = 8 << 20;

/** Decoded records kept per collection (most recently read first out last). */
export const DECODED_CACHE_SIZE = 512;

/** An immutable id -> record map over encoded records; `with` returns a changed copy sharing the rest. */
export class EncodedRecords<T> implements ReadonlyMap<string, T> {
  readonly #bytes: Map<string, Buffer>;
  /** Insertion order is recency: a read moves the entry to the end, the oldest is evicted first. */
  readonly #decoded: Map<string, T>;

  private constructor(bytes: Map<string, Buffer>, decoded: Map<string, T>) {
    this.#bytes = bytes;
    this.#decoded = decoded;
  }

  static empty<T>(): EncodedRecords<T> {
    return new EncodedRecords<T>(new Map(), new Map());
  }

  /** Encodes already validated records (in order; a later record with the same id replaces an earlier one). */
  static of<T>(records: Iterable<readonly [string, T]>): EncodedRecords<T> {
    const builder = EncodedRecords.builder<T>();
    for (const [id, record] of records) builder.add(id, record);
    return builder.build();
  }

  /**
   * Encodes records one at a time (a large file's records are never all decoded at once), packed
   * back to back into large slabs: one allocation per few thousand records instead of one each.
   */
  static builder<T>(): {
    has(id: string): boolean;
    add(id: string, record: T): void;
    build(): EncodedRecords<T>;
  } {
    const bytes = new Map<string, Buffer>();
    let slab = Buffer.allocUnsafeSlow(0);
    let used = 0;
    return {
      has: (id) => bytes.has(id),
      add: (id, record) => {
        const text = JSON.stringify(record);
        const length = Buffer.byteLength(text, "utf8");
        if (used + length > slab.length) {
          slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, length));
          used = 0;
        }
        slab.write(text, used, "utf8");
        bytes.set(id, slab.subarray(used, used + length));
        used += length;
      },
      build: () => new EncodedRecords<T>(bytes, new Map()),
    };
  }

  get size(): number {
    return this.#bytes.size;
  }

  has(id: string): boolean {
    return this.#bytes.has(id);
  }

  get(id: string): T | undefined {
    const cached = this.#decoded.get(id);
    if (cached !== undefined) {
      this.#decoded.delete(id);
      this.#decoded.set(id, cached);
      return cached;
    }
    const bytes = this.#bytes.get(id);
    if (bytes === undefined) return undefined;
    const record = decode<T>(bytes);
    this.#remember(id, record);
    return record;
  }

  #remember(id: string, record: T): void {
    this.#decoded.set(id, record);
    if (this.#decoded.size > DECODED_CACHE_SIZE) {
      const oldest = this.#decoded.keys().next().value as string;
      this.#decoded.delete(oldest);
    }
  }

  /** True when `id` is stored with exactly this content (byte comparison, nothing decoded). */
  sameAs(id: string, other: EncodedRecords<T>): boolean {
    const a = this.#bytes.get(id);
    const b = other.#bytes.get(id);
    return a !== undefined && b !== undefined && (a === b || a.equals(b));
  }

  /** A copy with `put` records (validated and frozen) stored and `remove` ids dropped; unchanged records are shared. */
  with(changes: { put?: Iterable<readonly [string, T]>; remove?: Iterable<string> }): EncodedRecords<T> {
    const bytes = new Map(this.#bytes);
    const decoded = new Map(this.#decoded);
    for (const id of changes.remove ?? []) {
      bytes.delete(id);
      decoded.delete(id);
    }
    const copy = new EncodedRecords<T>(bytes, decoded);
    for (const [id, record] of changes.put ?? []) {
      bytes.set(id, encode(record));
      // A record just written is read again soon (and is the very object its writer holds).
      decoded.delete(id);
      copy.#remember(id, record);
    }
    return copy;
  }

  keys(): MapIterator<string> {
    return this.#bytes.keys();
  }

  /**
   * Every record, decoded one by one in order. A full pass does not evict the hot records from the
   * cache, and what it decodes is the caller's own copy (not frozen: nobody else holds it).
   */
  *values(): MapIterator<T> {
    for (const [id, bytes] of this.#bytes) yield this.#decoded.get(id) ?? parse<T>(bytes);
  }

  *entries(): MapIterator<[string, T]> {
    for (const [id, bytes] of this.#bytes) yield [id, this.#decoded.get(id) ?? parse<T>(bytes)];
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const [id, record] of this.entries()) callback.call(thisArg, record, id, this);
  }
}

function encode(record: unknown): Buffer {
  const text = JSON.stringify(record);
  // A buffer of its own: Buffer.from would carve a ~3 KB record out of Node's shared 8 KB pool
  // slabs, and a slab that fits only two records wastes a quarter of the memory.
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, "utf8"));
  bytes.write(text, "utf8");
  return bytes;
}

function parse<T>(bytes: Buffer): T {
  return JSON.parse(bytes.toString("utf8")) as T;
}

/** A record shared through the cache: frozen, so a reader's edit cannot change it for the others. */
function decode<T>(bytes: Buffer): T {
  return deepFreeze(parse<T>(bytes));
}
