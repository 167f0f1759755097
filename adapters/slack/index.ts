// Slack adapter (issue #7): mounts Bolt on the shared express app.
import type { Express } from "express";
import type { AdapterContext, MountedAdapter } from "../context.ts";

export async function mountSlack(_app: Express, _context: AdapterContext): Promise<MountedAdapter> {
  return { name: "slack", routes: [] };
}
