// Local mode (issue #9): the web chat page at GET / and its JSON API under /api, on the shared
// server. It needs no platform credentials; the recruiter preview is limited to this machine.
import type { Express, Request, Response } from "express";
import type { AdapterContext, MountedAdapter } from "../context.ts";
import { createLocalApi, LOCAL_ACTOR } from "./api.ts";
import { type Asset, loadPageAssets } from "./assets.ts";

/** Browser hardening for the page: only our own script runs, nothing frames it. */
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Mounts the page and the API; the page bundle is built here, so a broken page fails at start-up. */
export async function mountLocal(app: Express, context: AdapterContext): Promise<MountedAdapter> {
  // The person at this machine's browser is the recruiter; the API's access gate decides who that is.
  context.bot.allowRecruiter(LOCAL_ACTOR.id);
  const assets = await loadPageAssets();
  app.use("/api", createLocalApi(context));
  app.get("/", (req, res) => sendAsset(req, res, assets.html, "no-cache"));
  app.get("/assets/app.js", (req, res) => sendAsset(req, res, assets.script, immutable(req)));
  app.get("/assets/app.css", (req, res) => sendAsset(req, res, assets.styles, immutable(req)));
  return { name: "local", routes: ["GET /", "/api/ask", "/api/vacancies", "/api/show", "/api/drafts"] };
}

/** Versioned URLs (?v=hash) never change content, so browsers may keep them. */
function immutable(req: Request): string {
  return req.query.v ? "public, max-age=31536000, immutable" : "no-cache";
}

function sendAsset(req: Request, res: Response, asset: Asset, cacheControl: string): void {
  res.set(SECURITY_HEADERS);
  res.set({
    "Content-Type": asset.contentType,
    "Cache-Control": cacheControl,
    ETag: `"${asset.hash}"`,
    Vary: "Accept-Encoding",
  });
  if (req.headers["if-none-match"] === `"${asset.hash}"`) {
    res.status(304).end();
    return;
  }
  if (req.acceptsEncodings("gzip") === "gzip") {
    res.set("Content-Encoding", "gzip").send(asset.gzip);
    return;
  }
  res.send(asset.body);
}
