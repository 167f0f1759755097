// Where each element of a top-level JSON array sits in a file's bytes, found without decoding or
// parsing the file: a large data file can then be parsed one record at a time, so loading never
// builds the whole file as one string and one object tree (at 100,000 vacancies that tree was
// about 1 GB, and collecting it was a third of the load time).

const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const COMMA = 0x2c; // ,

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The index just past the string whose opening quote is at `open`, or -1 if it never closes. */
function stringEnd(bytes: Uint8Array, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1; // an escaped quote has an odd run before it
    from = quote + 1;
  }
}

/** The index just past the value starting at `start` (its extent only: JSON.parse checks it). */
function valueEnd(bytes: Uint8Array, start: number): number {
  const first = bytes[start];
  if (first === QUOTE) return stringEnd(bytes, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = start;
    while (i < bytes.length) {
      const byte = bytes[i] as number;
      if (byte === COMMA || byte === CLOSE_BRACKET || isWhitespace(byte)) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === QUOTE) {
      const end = stringEnd(bytes, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The [start, end) byte range of each element of the top-level array in `bytes`, or null when the
 * bytes are not laid out as one (a byte-order mark, no brackets, a missing comma, trailing text).
 * Each range is one candidate value: the document is valid JSON exactly when every range parses,
 * so a caller that parses each one needs no other check. Multi-byte UTF-8 sequences never contain
 * ASCII bytes, so scanning bytes finds the same structure as scanning the decoded text.
 */
export function topLevelElementRanges(bytes: Uint8Array): [number, number][] | null {
  let i = 0;
  const skipWhitespace = () => {
    while (i < bytes.length && isWhitespace(bytes[i] as number)) i++;
  };
  skipWhitespace();
  if (bytes[i] !== OPEN_BRACKET) return null;
  i++;
  skipWhitespace();
  const ranges: [number, number][] = [];
  if (bytes[i] === CLOSE_BRACKET) {
    i++;
  } else {
    for (;;) {
      if (i >= bytes.length) return null;
      const end = valueEnd(bytes, i);
      if (end <= i) return null;
      ranges.push([i, end]);
      i = end;
      skipWhitespace();
      if (bytes[i] === COMMA) {
        i++;
        skipWhitespace();
        continue;
      }
      if (bytes[i] !== CLOSE_BRACKET) return null;
      i++;
      break;
    }
  }
  skipWhitespace();
  return i === bytes.length ? ranges : null;
}
