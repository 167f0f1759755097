// Text copied out of a two-column PDF: each physical line holds a piece of the left column, a run
// of spaces, and a piece of the right column, so the two texts interleave ("The Network Engineer
// designs and maintains      • University degree in electrical"). When most lines break at one
// column, the text is read as the left column, then the right one.
import { fieldKindOf } from "./fields.ts";

/** Where text resumes after a run of 3+ spaces (or after deep indentation), per line. */
function columnStarts(line: string): number[] {
  const starts: number[] = [];
  for (const m of line.matchAll(/ {3,}(?=\S)/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

const MIN_COLUMN = 25;

/** The column the right-hand text starts at, when the text is laid out in two columns; else null. */
export function rightColumn(lines: string[]): number | null {
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < 6) return null;
  const votes = new Map<number, number>();
  for (const line of filled) {
    for (const start of new Set(columnStarts(line).filter((s) => s >= MIN_COLUMN))) {
      for (let c = start - 2; c <= start + 2; c++) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
  }
  const [column, count] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (count < 4 || count < filled.length * 0.3) return null;
  // lines with text on both sides of the column; aligned "Label:      value" pairs are no columns
  const split = filled.filter(
    (l) => l.slice(0, column - 2).trim() !== "" && l.slice(column - 2).trim() !== "",
  );
  const labelPairs = split.filter((l) => {
    const left = l.slice(0, column - 2).trim();
    return left.endsWith(":") || fieldKindOf(left) !== null;
  }).length;
  if (split.length < 3 || labelPairs * 2 >= split.length) return null;
  return column;
}

/** The text as its left column followed by its right column; a text in one column comes back unchanged. */
export function readColumns(text: string): string {
  const lines = text.split("\n");
  const column = rightColumn(lines);
  if (column === null) return text;
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      left.push("");
      right.push("");
      continue;
    }
    // the right-hand text starts at the gap nearest the column; a line running across it is whole
    const start = columnStarts(line).find((s) => Math.abs(s - column) <= 3);
    const indent = line.length - line.trimStart().length;
    if (indent >= column - 3) right.push(line.slice(Math.min(indent, column - 3)).trimEnd());
    else if (start !== undefined) {
      left.push(line.slice(0, start).trimEnd());
      right.push(line.slice(start).trimEnd());
    } else left.push(line.trimEnd());
  }
  return [...left, "", ...right].join("\n");
}
