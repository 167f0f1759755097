// `vacancy-bot parse FILE [--json]`: parses one raw notice and prints the Vacancy (nothing is
// saved). Bad input exits non-zero with one line on stderr naming the file and the problem.
import type { Command } from "commander";
import { parseNowOption } from "../clock.ts";
import type { Vacancy } from "../vacancy.ts";
import { parseNoticeFile } from "./noticeFile.ts";

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("parse a raw vacancy notice and print the result (nothing is saved)")
    .argument("<file>", "the notice, as plain text")
    .option("--json", "print the Vacancy as JSON")
    .option(
      "--now <date>",
      "read the notice as of this date (YYYY-MM-DD or ISO instant; default: now): a deadline without its year is the next such day",
    )
    .action(async (file: string, options: { json?: boolean; now?: string }) => {
      const now = options.now ? parseNowOption(options.now) : new Date();
      const { vacancy, warnings } = await parseNoticeFile(file, { now });
      // (the warnings go to stderr with --json, so stdout stays one JSON document)
      if (options.json) for (const w of warnings) process.stderr.write(`vacancy-bot: warning: ${w}\n`);
      process.stdout.write(
        options.json ? `${JSON.stringify(vacancy, null, 2)}\n` : formatVacancy(vacancy, warnings),
      );
    });
}

/** A readable multi-line summary of a parsed vacancy. */
export function formatVacancy(v: Vacancy, warnings: string[] = []): string {
  const out: string[] = [];
  const row = (label: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") out.push(`${`${label}:`.padEnd(19)}${value}`);
  };
  out.push(v.title, "=".repeat(Math.min(v.title.length, 80)));
  row("id", v.id);
  row("organisation", v.organisation);
  row("unit", v.unit);
  row("location", v.location);
  row("deadline", v.deadline ?? "none stated");
  row("published", v.publishedDate);
  row("posts", v.posts);
  for (const p of v.profiles)
    row(
      `  ${p.name}`,
      [p.unit, p.posts ? `${p.posts} post(s)` : null, p.reportsTo ? `reports to ${p.reportsTo}` : null]
        .filter(Boolean)
        .join(", "),
    );
  row("grade", v.grade);
  row("reference", v.reference);
  row("salary", v.salary);
  row("job type", v.jobType);
  row("category", v.category);
  row("reports to", v.reportsTo);
  row("direct reports", v.directReports);
  row("indirect reports", v.indirectReports);
  if (v.contract) {
    row("contract", [v.contract.type, v.contract.duration].filter(Boolean).join(", "));
    row("renewal", v.contract.renewal);
    row("max. service", v.contract.maximumService);
  }
  row(
    "languages",
    v.languages
      .map((l) => `${l.language}${l.level ? ` ${l.level}` : ""}${l.note ? ` (${l.note})` : ""}`)
      .join("; "),
  );
  row("source", v.source);
  const list = (heading: string, items: string[]) => {
    if (items.length === 0) return;
    out.push("", `${heading}:`, ...items.map((i) => `  - ${i}`));
  };
  if (v.summary) out.push("", v.summary);
  list("Essential", v.essential);
  list("Desirable", v.desirable);
  list("Competencies", v.competencies);
  list("Application notes", v.applicationNotes);
  list("Warnings", warnings);
  return `${out.join("\n")}\n`;
}
