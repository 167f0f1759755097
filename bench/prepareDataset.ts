// Writes the synthetic dataset for one answer benchmark as the product stores it: the data file
// (the JSON array the store writes, two-space indented) and the question set. Runs in a process of
// its own so that generating 100,000 vacancies leaves nothing in the measured process's memory.
// Run through bench/run.ts (npm run bench), not directly.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateVacancies } from "./generateVacancies.ts";
import { benchQuestions } from "./questions.ts";

const n = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] as string;
mkdirSync(dir, { recursive: true });
const vacancies = generateVacancies(n);
writeFileSync(join(dir, "questions.json"), JSON.stringify(benchQuestions(vacancies)));
// Element by element, like the store: one 300 MB JSON.stringify of the whole array would do too.
const parts = vacancies.map((v) => `  ${JSON.stringify(v, null, 2).replaceAll("\n", "\n  ")}`);
writeFileSync(join(dir, "vacancies.json"), parts.length ? `[\n${parts.join(",\n")}\n]\n` : "[]\n");
process.stdout.write(
  `${JSON.stringify({ n, compactBytes: vacancies.reduce((s, v) => s + Buffer.byteLength(JSON.stringify(v)) + 1, 1) })}\n`,
);
