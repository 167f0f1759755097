// The version tag of a record for optimistic concurrency: a content hash, so equal content
// gives an equal tag in every process and every store implementation.
import { createHash } from "node:crypto";

/** Short content hash of a (schema-parsed, so key order is stable) record. */
export function contentEtag(record: unknown): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("base64url").slice(0, 16);
}
