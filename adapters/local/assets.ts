// The page's assets, built in memory at start-up: esbuild bundles page/main.ts (and the CSS it
// imports) in ~0.1 s, so there is no build step and the served bundle can never be stale.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const PAGE_DIR = fileURLToPath(new URL("./page/", import.meta.url));

/** One served file, with its gzip form and a content hash for cache busting. */
export interface Asset {
  body: Buffer;
  gzip: Buffer;
  hash: string;
  contentType: string;
}

export interface PageAssets {
  html: Asset;
  script: Asset;
  styles: Asset;
}

let building: Promise<PageAssets> | undefined;

/** Builds the page once per process (every server in a test run shares it). */
export function loadPageAssets(): Promise<PageAssets> {
  building ??= buildPageAssets().catch((error) => {
    building = undefined; // let a later call retry after a fixed source file
    throw error;
  });
  return building;
}

async function buildPageAssets(): Promise<PageAssets> {
  const result = await build({
    entryPoints: [`${PAGE_DIR}main.ts`],
    bundle: true,
    write: false,
    outdir: "out",
    format: "esm",
    platform: "browser",
    target: ["chrome110", "firefox110", "safari16"],
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"));
  const css = result.outputFiles.find((f) => f.path.endsWith(".css"));
  if (!js || !css) throw new Error("page bundle: esbuild produced no script or no stylesheet");
  const script = asset(Buffer.from(js.contents), "text/javascript; charset=utf-8");
  const styles = asset(Buffer.from(css.contents), "text/css; charset=utf-8");
  const template = await readFile(`${PAGE_DIR}index.html`, "utf8");
  const html = template
    .replace("{{script}}", `/assets/app.js?v=${script.hash}`)
    .replace("{{styles}}", `/assets/app.css?v=${styles.hash}`);
  return { html: asset(Buffer.from(html), "text/html; charset=utf-8"), script, styles };
}

function asset(body: Buffer, contentType: string): Asset {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 12);
  return { body, gzip: gzipSync(body), hash, contentType };
}
