// Test helper: loads and parses a seed notice from data/notices/ by its file-name prefix.
import { readdirSync, readFileSync } from "node:fs";
import { parseNotice } from "../../src/ingest/index.ts";
import type { Vacancy } from "../../src/vacancy.ts";

export interface ParsedSeed {
  vacancy: Vacancy;
  warnings: string[];
  /** The notice text, for checking that every value is stated in it. */
  text: string;
}

/** Parses the notice whose file name starts with `prefix` in `dir`; throws when it does not parse. */
export function parseSeed(prefix: string, dir = "data/notices"): ParsedSeed {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no notice ${prefix}* in ${dir}`);
  const text = readFileSync(`${dir}/${name}`, "utf8");
  const result = parseNotice(text, { source: `${dir}/${name}` });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return { vacancy: result.vacancy, warnings: result.warnings, text };
}

/** The notice text with quotes and spaces normalised the way the parser normalises them. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ");
}
