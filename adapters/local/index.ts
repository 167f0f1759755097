// Local mode (issue #9): the web chat page and its JSON API.
import type { Express } from "express";
import type { AdapterContext, MountedAdapter } from "../context.ts";

export async function mountLocal(_app: Express, _context: AdapterContext): Promise<MountedAdapter> {
  return { name: "local", routes: [] };
}
