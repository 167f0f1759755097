// The zod schema of an audit log line (data/audit.jsonl): who changed which vacancy, when, how,
// with the full before/after state, so every change can be traced and, if needed, redone.
import { z } from "zod";
import { VacancySchema } from "../vacancy.ts";
import type { AuditEntry } from "./VacancyStore.ts";

export const ActorSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  via: z.enum(["slack", "teams", "local", "cli", "system"]),
});

export const AuditEntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: ActorSchema,
  action: z.enum(["create", "update", "close", "withdraw", "reopen"]),
  vacancyId: z.string().min(1),
  reason: z.string().max(2_000).nullable().optional(),
  before: VacancySchema.nullable(),
  after: VacancySchema.nullable(),
});

// The schema and the interface other modules code against must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _auditEntryMatches: Same<z.infer<typeof AuditEntrySchema>, AuditEntry> = true;
void _auditEntryMatches;
