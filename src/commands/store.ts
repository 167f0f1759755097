// `vacancy-bot list | close | withdraw | history`: look at and change the vacancy store from a
// terminal. Reads DATA_FILE / AUDIT_FILE from the environment (.env) like the server does.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { calendarDay, deadlineStatus } from "../answer/deadlineStatus.ts";
import { parseNowOption, systemClock } from "../clock.ts";
import { loadConfig } from "../config.ts";
import { openStore } from "../store/index.ts";
import type { Actor, AuditEntry, VacancyStore } from "../store/VacancyStore.ts";
import type { Vacancy } from "../vacancy.ts";

/** Opens the configured store; a damaged file throws a StoreError whose message says how to recover. */
async function openConfiguredStore(): Promise<VacancyStore> {
  const config = loadConfig();
  return openStore({ dataFile: config.DATA_FILE, auditFile: config.AUDIT_FILE });
}

/** The person at the terminal, for the audit log. */
function terminalActor(): Actor {
  let name = process.env.USER ?? process.env.USERNAME;
  try {
    name ??= userInfo().username;
  } catch {
    // userInfo() throws for users without a passwd entry (some containers)
  }
  return { id: name ?? "unknown", via: "cli" };
}

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Top-level fields that differ between two versions, as `field: old -> new` lines. */
export function describeChanges(before: Vacancy | null, after: Vacancy | null): string[] {
  if (!before || !after) return [];
  const show = (v: unknown) => {
    const text = JSON.stringify(v) ?? "null";
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  };
  return (Object.keys(after) as (keyof Vacancy)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${show(before[key])} -> ${show(after[key])}`);
}

function formatEntry(entry: AuditEntry): string {
  const who = `${entry.actor.name ? `${entry.actor.name} (${entry.actor.id})` : entry.actor.id} via ${entry.actor.via}`;
  const lines = [
    `${entry.at}  ${entry.action.padEnd(8)} by ${who}${entry.reason ? `: ${entry.reason}` : ""}`,
  ];
  for (const change of describeChanges(entry.before, entry.after)) lines.push(`    ${change}`);
  return lines.join("\n");
}

export function registerStoreCommands(program: Command): void {
  program
    .command("list")
    .description("list stored vacancies with their status")
    .option("--open", "only posts open at --now (deadline not passed, not closed by a recruiter)")
    .option("--now <date>", "the day to compute status for (YYYY-MM-DD or ISO instant; default: now)")
    .option("--json", "print JSON instead of a table")
    .action(async (options: { open?: boolean; now?: string; json?: boolean }) => {
      const now = options.now ? parseNowOption(options.now) : systemClock();
      const store = await openConfiguredStore();
      const rows = store
        .list()
        .map((vacancy) => ({ vacancy, status: deadlineStatus(vacancy, now).status }))
        .filter((row) => !options.open || row.status === "open");
      const asOf = calendarDay(now);
      if (options.json) {
        const vacancies = rows.map(({ vacancy: v, status }) => ({
          id: v.id,
          title: v.title,
          organisation: v.organisation,
          location: v.location,
          deadline: v.deadline,
          status,
          state: v.state,
          closedReason: v.closedReason,
        }));
        process.stdout.write(`${JSON.stringify({ asOf, count: vacancies.length, vacancies }, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stdout.write(`No ${options.open ? "open " : ""}vacancies as of ${asOf}.\n`);
        return;
      }
      const idWidth = Math.min(40, Math.max(2, ...rows.map((r) => r.vacancy.id.length)));
      const lines = [`${pad("ID", idWidth)}  ${pad("STATUS", 8)}  ${pad("DEADLINE", 10)}  TITLE`];
      for (const { vacancy, status } of rows) {
        const shown = vacancy.state === "published" ? status : vacancy.state;
        lines.push(
          `${pad(vacancy.id, idWidth)}  ${pad(shown, 8)}  ${pad(vacancy.deadline ?? "none", 10)}  ${vacancy.title}`,
        );
      }
      const open = rows.filter((r) => r.status === "open").length;
      lines.push(
        "",
        `${rows.length} ${rows.length === 1 ? "vacancy" : "vacancies"} (${open} open) as of ${asOf}`,
      );
      process.stdout.write(`${lines.join("\n")}\n`);
    });

  for (const [name, state, verb] of [
    ["close", "closed", "Closed"],
    ["withdraw", "withdrawn", "Withdrew"],
  ] as const) {
    program
      .command(`${name} <id>`)
      .description(
        name === "close"
          ? "close a vacancy before its deadline (e.g. the post is filled)"
          : "withdraw a vacancy (e.g. the post is cancelled)",
      )
      .option("--reason <text>", "why, shown on the card and in the audit log")
      .action(async (id: string, options: { reason?: string }) => {
        const store = await openConfiguredStore();
        const before = store.get(id);
        const vacancy =
          name === "close"
            ? await store.close(id, { actor: terminalActor(), reason: options.reason ?? null })
            : await store.withdraw(id, { actor: terminalActor(), reason: options.reason ?? null });
        if (before?.state === state) {
          process.stdout.write(`${id} was already ${state}; nothing changed.\n`);
          return;
        }
        const reason = vacancy.closedReason ? `: ${vacancy.closedReason}` : "";
        process.stdout.write(`${verb} ${id} (${vacancy.title})${reason}.\n`);
      });
  }

  program
    .command("history <id>")
    .description("show every recorded change of a vacancy: who, when, what")
    .option("--json", "print the audit entries as JSON")
    .action(async (id: string, options: { json?: boolean }) => {
      const store = await openConfiguredStore();
      const entries = await store.history(id);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (entries.length === 0) {
        if (!store.get(id)) {
          throw new Error(
            `No vacancy with id "${id}" and no recorded changes. Check the id with \`vacancy-bot list\`.`,
          );
        }
        process.stdout.write(`${id} has no recorded changes (it was stored before the audit log existed).\n`);
        return;
      }
      process.stdout.write(`${entries.map(formatEntry).join("\n")}\n`);
    });
}
