// Turns the ways a hand-edited or damaged JSON data file can be wrong (bad UTF-8, broken JSON,
// schema violations, duplicate ids) into messages that name the line, the entry and the field.
import type { z } from "zod";
import type { FileLocation } from "./errors.ts";

/** Byte offset of the first invalid UTF-8 sequence, or -1 (coarse: the strict decoder has the last word). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return -1;
}

/** 1-based line and column of a byte offset. */
export function locateByte(bytes: Uint8Array, offset: number): FileLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** 1-based line and column of a character index in `text`. */
export function locateIndex(text: string, index: number): FileLocation {
  const before = text.slice(0, Math.max(0, index));
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: index - lastBreak };
}

/** Where JSON.parse stopped: V8 names a position, except at an unexpected end of input. */
export function jsonSyntaxLocation(text: string, error: SyntaxError): FileLocation {
  const match = /position (\d+)/.exec(error.message);
  const index = match ? Number(match[1]) : text.trimEnd().length;
  return locateIndex(text, index);
}

/** The V8 message without its "in JSON at position N" tail (we give line and column instead). */
export function jsonSyntaxReason(text: string, error: SyntaxError): string {
  const match = /position (\d+)/.exec(error.message);
  const atEnd = !match || Number(match[1]) >= text.trimEnd().length - 1;
  const reason = error.message
    .replace(/\s*in JSON at position \d+.*$/s, "")
    .replace(/,\s*".*" is not valid JSON$/s, "");
  if (/Unexpected end/.test(reason)) return "the file ends in the middle of the data (truncated?)";
  return atEnd ? `${reason} at the end of the file (truncated?)` : reason;
}

/**
 * Character index where each top-level array element starts, by a small scan that skips strings.
 * Only called on text that JSON.parse accepted.
 */
export function topLevelElementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\n" || c === "\r" || c === "\t") continue;
    if (depth === 1 && expectValue) {
      starts.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth += 1;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth -= 1;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return starts;
}

/** Location of `"key":` inside an element (first match after its start), else of the element itself. */
export function locateKey(text: string, elementStart: number, key: string | undefined): FileLocation {
  if (key !== undefined) {
    const pattern = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`, "g");
    pattern.lastIndex = elementStart;
    const match = pattern.exec(text);
    if (match) return locateIndex(text, match.index);
  }
  return locateIndex(text, elementStart);
}

/** "deadline", "languages[0].level": a zod issue path as a field name. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** One readable line per zod issue, e.g. `title: Too big: expected string to have <=300 characters`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string[] {
  const lines = issues.slice(0, max).map((i) => `${fieldPath(i.path) || "(entry)"}: ${i.message}`);
  if (issues.length > max) lines.push(`... and ${issues.length - max} more`);
  return lines;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Paths of strings in `value` that are not well-formed Unicode (cannot be written as UTF-8). */
export function malformedTextFields(value: unknown, path = ""): string[] {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? [path || "(value)"] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => malformedTextFields(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => malformedTextFields(v, path ? `${path}.${k}` : k));
  return [];
}
