// Tables in a pasted notice, rewritten as the lines the rest of the parser reads. A row copied
// from a Word or web table keeps its cells apart with tabs: "Location<TAB>Stavanger, Norway" is the
// field "Location: Stavanger, Norway". A Markdown (pipe-drawn) table: a requirements table with an "Essential / Desirable" column becomes an
// "Essential:" list and a "Desirable:" list; a table whose header cells are requirement kinds
// ("| Essential | Desirable |") becomes one list per column; a two-column table of labels and
// values becomes "Label: value" lines; any other table, one list entry per row. A web table pasted
// one cell a line (the header cells, then the values) becomes "Label: value" lines.
import { fieldKindOf } from "./fields.ts";
import { classifyHeading } from "./sections.ts";

const ROW = /^\s*\|(.*)\|\s*$/;
const RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const cellsOf = (line: string) => (ROW.exec(line)?.[1] ?? "").split("|").map((c) => c.trim());

/** "Essential", "Required", "Desirable", "Asset" ... -> the list a row belongs to. */
function requirementKind(cell: string): "Essential" | "Desirable" | null {
  const t = cell.replace(/[*_]/g, "").trim();
  if (/^(essential|required|mandatory|must[- ]have|minimum|yes)$/i.test(t)) return "Essential";
  if (
    /^(desirable|desired|preferred|asset|an asset|advantage|an advantage|nice[- ]to[- ]have|optional)$/i.test(
      t,
    )
  )
    return "Desirable";
  return null;
}

// A tick in a table cell: "X", "✓", "•", "Yes"
const MARK = /^(x|✓|✔|☑|•|\*|yes|y)$/i;

/**
 * "Criteria | Essential | Desirable" with a mark in one column per row (a person specification):
 * the rows as an "Essential:" and a "Desirable:" list. Null when the table is not one.
 */
function markedColumns(rows: string[][], header: string[]): string[] | null {
  const kinds = header.map((h) => requirementKind(h));
  if (!kinds.some(Boolean) || rows.length === 0) return null;
  const listOf = (r: string[]) => {
    const marked = r.flatMap((cell, c) => (MARK.test(cell) && kinds[c] ? [kinds[c]] : []));
    return marked.length === 1 ? marked[0] : null;
  };
  if (!rows.every((r) => listOf(r))) return null;
  const out: string[] = [];
  for (const kind of ["Essential", "Desirable"] as const) {
    const entries = rows.filter((r) => listOf(r) === kind);
    if (entries.length === 0) continue;
    out.push("", `${kind}:`);
    for (const r of entries)
      out.push(`- ${r.filter((cell, c) => cell && !(kinds[c] && MARK.test(cell))).join(" – ")}`);
  }
  return [...out, ""];
}

/** One table (its rows, the rule row gone) as notice lines. */
function rewriteTable(rows: string[][], header: string[]): string[] {
  const marked = markedColumns(rows, header);
  if (marked) return marked;
  const width = Math.max(...rows.map((r) => r.length), header.length);
  // the column that says which list each row belongs to
  for (let c = 0; c < width; c++) {
    if (rows.length > 0 && rows.every((r) => requirementKind(r[c] ?? "") !== null)) {
      const out: string[] = [];
      for (const kind of ["Essential", "Desirable"] as const) {
        const entries = rows.filter((r) => requirementKind(r[c] ?? "") === kind);
        if (entries.length === 0) continue;
        out.push("", `${kind}:`);
        for (const r of entries) out.push(`- ${r.filter((_, i) => i !== c && r[i]).join(" – ")}`);
      }
      return [...out, ""];
    }
  }
  // "| Essential | Desirable |": one list per column
  if (header.some(Boolean) && header.every((h) => h === "" || classifyHeading(h) !== "other")) {
    const out: string[] = [];
    header.forEach((h, c) => {
      const entries = rows.map((r) => r[c] ?? "").filter(Boolean);
      if (h && entries.length > 0) out.push("", `${h}:`, ...entries.map((e) => `- ${e}`));
    });
    return [...out, ""];
  }
  // "| Position | Grade | Location | Closing date |" over one row: each header cell labels its value
  if (rows.length === 1 && header.length >= 2 && header.every((h) => fieldKindOf(h) !== null)) {
    const [row] = rows as [string[]];
    return ["", ...header.flatMap((h, c) => (row[c] ? [`${h}: ${row[c]}`] : [])), ""];
  }
  if (width === 2) {
    // a header of names ("| Item | Detail |") is dropped; one that is a fact ("| Location | Brussels |") is a row
    const all = fieldKindOf(header[0] ?? "") ? [header, ...rows] : rows;
    return ["", ...all.filter((r) => r[0] && r[1]).map((r) => `${r[0]}: ${r[1]}`), ""];
  }
  return ["", ...rows.map((r) => `- ${r.filter(Boolean).join(" – ")}`), ""];
}

/**
 * "Grade<TAB>A3" or "Grade       A3" (cells aligned with spaces) -> "Grade: A3" when the first cell
 * is a field label; other lines unchanged.
 */
function tabbedField(line: string): string {
  const m = /^\s*([^\t:]{2,50}?)(?:\t+| {3,})([^\t]+?)\s*$/.exec(line);
  return m && fieldKindOf((m[1] as string).trim()) ? `${(m[1] as string).trim()}: ${m[2]}` : line;
}

/**
 * "Grade | B-4" or "| Grade | B-4 |" (a two-cell table row whose rule row was lost in the paste)
 * -> "Grade: B-4" when the first cell is a field label; other lines unchanged.
 */
function pipedField(line: string): string {
  const m = /^\s*\|?\s*([^|:]{2,50}?)\s+\|\s+([^|]+?)\s*\|?\s*$/.exec(line);
  return m && fieldKindOf((m[1] as string).trim()) ? `${(m[1] as string).trim()}: ${m[2]}` : line;
}

/**
 * A table copied from Word or a web page with tabs between cells, whose header names the
 * requirement lists ("Criteria<TAB>Essential<TAB>Desirable"): its rows as lists. Other lines unchanged.
 */
function rewriteTabbedRequirementTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = (lines[i] as string).split("\t").map((c) => c.trim());
    if (header.length >= 2 && header.some((h) => requirementKind(h))) {
      const rows: string[][] = [];
      let j = i + 1;
      for (; j < lines.length && (lines[j] as string).includes("\t"); j++)
        rows.push((lines[j] as string).split("\t").map((c) => c.trim()));
      const marked = markedColumns(rows, header);
      if (marked) {
        out.push(...marked);
        i = j;
        continue;
      }
    }
    out.push(lines[i] as string);
    i++;
  }
  return out;
}

const isLabelCell = (line: string | undefined) =>
  line !== undefined && !line.includes(":") && fieldKindOf(line.trim()) !== null;

/**
 * A web table pasted one cell a line: its header cells ("Post Title", "Grade", "Location", "Closing
 * Date"), then as many value cells, then a blank line -> "Post Title: Logistics Assistant" and so on.
 * Other lines unchanged.
 */
function rewriteCellPerLineTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let n = 0;
    while (isLabelCell(lines[i + n])) n++;
    const values = lines.slice(i + n, i + 2 * n).map((l) => l.trim());
    const rowEnds = (lines[i + 2 * n] ?? "").trim() === "";
    if (n >= 2 && rowEnds && values.length === n && values.every((v) => v && !isLabelCell(v))) {
      out.push(...values.map((v, c) => `${(lines[i + c] as string).trim()}: ${v}`));
      i += 2 * n;
      continue;
    }
    out.push(lines[i] as string);
    i++;
  }
  return out;
}

/**
 * "Post Title:   Financial Controller          Grade:   A-4": labelled fields side by side (a form
 * copied out of a PDF) -> one line each. A line whose later parts name no known field is unchanged.
 */
function sideBySideFields(line: string): string[] {
  if (!/^\s*[^:]{2,40}:/.test(line)) return [line];
  const parts = line.split(/(?:\t+| {3,})(?=[^\s:](?:[^\s:]| (?=\S)){1,38}:(?:\s|$))/);
  const labelled = parts.slice(1).every((p) => fieldKindOf((p.split(":")[0] as string).trim()) !== null);
  return parts.length > 1 && labelled ? parts.map((p) => p.trim()) : [line];
}

/** The text with each table rewritten; text without one comes back unchanged. */
export function rewriteTables(text: string): string {
  const lines = rewriteCellPerLineTables(rewriteTabbedRequirementTables(text.split("\n")))
    .flatMap(sideBySideFields)
    .map(tabbedField);
  if (!lines.some((l) => RULE.test(l) && l.includes("|"))) return lines.map(pipedField).join("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    // a table: a row, a rule row, then rows (the header row is the first)
    if (ROW.test(lines[i] as string) && RULE.test(lines[i + 1] ?? "") && (lines[i + 1] ?? "").includes("|")) {
      const header = cellsOf(lines[i] as string);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && ROW.test(lines[j] as string); j++) rows.push(cellsOf(lines[j] as string));
      out.push(...rewriteTable(rows, header));
      i = j;
      continue;
    }
    out.push(pipedField(lines[i] as string));
    i++;
  }
  return out.join("\n");
}
