// The page's assets: esbuild bundles page/main.ts (and the CSS it imports) on the first start, and
// the result is kept in node_modules/.cache/vacancy-bot/page/ with the stamps of every file it was
// built from (bin/inputStamps.mjs). Later starts read it back (no esbuild at start-up: ~0.1 s of
// CPU) until any of those files changes; so there is no build step and the page is never stale.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { inputsUnchanged, stampInputs } from "../../bin/inputStamps.mjs";

const PAGE_DIR = fileURLToPath(new URL("./page/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where the built page is kept; PAGE_CACHE_DIR moves it (tests). */
const cacheDir = () =>
  process.env.PAGE_CACHE_DIR ?? join(ROOT, "node_modules", ".cache", "vacancy-bot", "page");
const CACHE_VERSION = 1;

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

/** Loads the page once per process (every server in a test run shares it): cached, else built. */
export function loadPageAssets(): Promise<PageAssets> {
  building ??= loadOrBuild().catch((error) => {
    building = undefined; // let a later call retry after a fixed source file
    throw error;
  });
  return building;
}

/** The three files as served, and what they were built from. */
interface CachedPage {
  version: number;
  inputs: unknown;
  html: string;
  script: string;
  styles: string;
}

async function loadOrBuild(): Promise<PageAssets> {
  const cached = await readCachedPage();
  if (cached) return cached;
  const { assets, inputs } = await buildPageAssets();
  // A cache that cannot be written (read-only install) only costs the next start a build.
  await writeCachedPage(assets, inputs).catch(() => {});
  return assets;
}

async function readCachedPage(): Promise<PageAssets | null> {
  try {
    const page = JSON.parse(await readFile(join(cacheDir(), "page.json"), "utf8")) as CachedPage;
    if (page.version !== CACHE_VERSION || !inputsUnchanged(ROOT, page.inputs)) return null;
    return {
      html: asset(Buffer.from(page.html), "text/html; charset=utf-8"),
      script: asset(Buffer.from(page.script), "text/javascript; charset=utf-8"),
      styles: asset(Buffer.from(page.styles), "text/css; charset=utf-8"),
    };
  } catch {
    return null; // none yet, or unreadable: build
  }
}

async function writeCachedPage(assets: PageAssets, inputs: string[]): Promise<void> {
  const page: CachedPage = {
    version: CACHE_VERSION,
    inputs: stampInputs(ROOT, inputs),
    html: assets.html.body.toString("utf8"),
    script: assets.script.body.toString("utf8"),
    styles: assets.styles.body.toString("utf8"),
  };
  const dir = cacheDir();
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `page.json.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(page));
  await rename(temp, join(dir, "page.json")); // atomic: a concurrent start reads the old or the new
}

async function buildPageAssets(): Promise<{ assets: PageAssets; inputs: string[] }> {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: ROOT,
    metafile: true,
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
  const assets = { html: asset(Buffer.from(html), "text/html; charset=utf-8"), script, styles };
  // What the page is built from: its sources (and packages), its template, this builder, esbuild.
  const builtFrom = [
    ...Object.keys(result.metafile.inputs),
    relative(ROOT, `${PAGE_DIR}index.html`),
    relative(ROOT, fileURLToPath(import.meta.url)),
    "node_modules/esbuild/package.json",
  ];
  return { assets, inputs: builtFrom };
}

function asset(body: Buffer, contentType: string): Asset {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 12);
  return { body, gzip: gzipSync(body), hash, contentType };
}
