// Who sent an activity, as the core sees it. RECRUITERS may list either the Teams user id
// (from.id, "29:...") or the Azure AD object id (from.aadObjectId), which admins find more easily.
import type { Activity } from "botbuilder";
import type { VacancyBot } from "../../src/bot.ts";
import type { Actor } from "../../src/store/VacancyStore.ts";

export interface TeamsUser {
  actor: Actor;
  recruiter: boolean;
}

/** The sender as an Actor; its id is the one RECRUITERS lists, when either does. */
export function teamsUser(activity: Partial<Activity>, bot: VacancyBot): TeamsUser {
  const from = activity.from;
  const candidates = [from?.aadObjectId, from?.id].filter((id): id is string => Boolean(id));
  const recruiterId = candidates.find((id) => bot.isRecruiter(id));
  const actor: Actor = { id: recruiterId ?? candidates[0] ?? "unknown", via: "teams" };
  if (from?.name) actor.name = from.name;
  return { actor, recruiter: recruiterId !== undefined };
}
