// Runs a TypeScript entry from an esbuild bundle cached on disk, rebuilt whenever a source file it
// was built from changes. Loading one bundle instead of ~150 TypeScript files through tsx's loader
// thread saves about 0.4 s per start (`vacancy-bot serve`, every `vacancy-bot ask`); tsx stays the
// fallback (the caller's), so there is still no build step to remember.
//
// Packages are bundled too: Bolt, botbuilder and their ~150 dependencies load as a few large files
// instead of ~2,000 small CommonJS ones, which takes `vacancy-bot serve` from 1.2 s to 0.7 s of CPU
// (module resolution, package.json reads and the CommonJS export scan were most of the start-up).
// Kept external: packages that find their own files at run time (pino's worker transports, `open`'s
// xdg-open script, esbuild's binary) and the dev tools.
//
// Semantics kept from running the sources: `import()` of a local module stays lazy (code splitting:
// Bolt and botbuilder load only when their adapter does), and `import.meta.url` keeps naming the
// source file, so paths built from it (the local page's files) resolve as they do under tsx.
// VACANCY_BOT_COMPILE=sources bundles only the project's sources (packages from node_modules).
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inputsUnchanged, stampInputs } from "./inputStamps.mjs";

const MANIFEST_VERSION = 2;
/** Packages that locate files next to their own modules at run time: bundling would move them. */
const RUNTIME_LOCATED_PACKAGES = [
  "esbuild",
  "tsx",
  "pino",
  "open",
  "playwright-core",
  "@microsoft/m365agentsplayground",
];
/** CommonJS code in the bundle calls require() for Node's built-ins; an ES module has none. */
const REQUIRE_BANNER =
  'import { createRequire as __vacancyBotCreateRequire } from "node:module"; const require = __vacancyBotCreateRequire(import.meta.url);';
/** Builds older than this that are no longer current are removed (a running process may still load chunks from its own). */
const STALE_BUILD_MS = 60 * 60 * 1000;

/**
 * @typedef {{ root: string, entry: string, cacheDir: string, bundlePackages?: boolean }} CompiledEntryOptions
 * root: the project directory; entry: the entry file relative to it; cacheDir: where builds live;
 * bundlePackages (default true): bundle packages from node_modules too (see the header).
 */

/**
 * Imports the compiled entry, building it first when missing or stale.
 * Returns the module, or `undefined` when no bundle could be built or stored (the caller falls
 * back to tsx, which also reports a source error properly); `onWarning` hears why.
 * @param {CompiledEntryOptions} options
 * @param {(message: string) => void} [onWarning]
 */
export async function importCompiledEntry(options, onWarning = () => {}) {
  const current = freshBuild(options);
  if (current) return import(pathToFileURL(current).href);
  let built;
  try {
    built = await buildEntry(options);
  } catch (error) {
    onWarning(`could not compile ${options.entry} (${firstLine(error)}); running it through tsx`);
    return undefined;
  }
  return import(pathToFileURL(built).href);
}

/** The path of the current build's entry, if every source file it was built from is unchanged. */
export function freshBuild({ root, entry, cacheDir, bundlePackages = true }) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(cacheDir, entry), "utf8"));
  } catch {
    return undefined; // none yet, or unreadable: rebuild
  }
  if (manifest?.version !== MANIFEST_VERSION || manifest.root !== root) return undefined;
  if (manifest.node !== process.version || manifest.bundlePackages !== bundlePackages) return undefined;
  if (!inputsUnchanged(root, manifest.inputs)) return undefined;
  return join(cacheDir, manifest.build, manifest.output);
}

/** Bundles the entry into a new build directory, then switches the manifest to it (atomically). */
export async function buildEntry({ root, entry, cacheDir, bundlePackages = true }) {
  const { build } = await import("esbuild");
  const buildName = `build-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
  const outdir = join(cacheDir, buildName);
  mkdirSync(outdir, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { main: entry },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: `node${process.versions.node}`,
      ...(bundlePackages
        ? { external: RUNTIME_LOCATED_PACKAGES, banner: { js: REQUIRE_BANNER } }
        : { packages: "external" }),
      outdir,
      outExtension: { ".js": ".mjs" },
      sourcemap: "linked",
      metafile: true,
      logLevel: "silent",
      plugins: [sourceUrlPlugin()],
    });
    // Besides the sources: what changes how they compile, and this builder itself.
    const settings = ["package.json", "tsconfig.json", relative(root, fileURLToPath(import.meta.url))];
    const inputs = stampInputs(root, [...buildInputs(Object.keys(result.metafile.inputs)), ...settings]);
    const manifest = {
      version: MANIFEST_VERSION,
      root,
      node: process.version,
      bundlePackages,
      build: buildName,
      output: "main.mjs",
      inputs,
    };
    const target = manifestPath(cacheDir, entry);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(manifest)}\n`);
    renameSync(temp, target);
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  removeStaleBuilds(cacheDir, buildName);
  return join(outdir, "main.mjs");
}

/**
 * The files whose stamps decide whether a build is current: every source file, but for a package
 * only its package.json (an install or upgrade rewrites it), not each of its thousands of files.
 */
function buildInputs(files) {
  const inputs = new Set();
  for (const file of files) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
    inputs.add(match ? `${match[1]}/package.json` : file);
  }
  return [...inputs];
}

/** Replaces `import.meta.url` in each source file with that file's own URL (see the header). */
function sourceUrlPlugin() {
  return {
    name: "source-import-meta-url",
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta.")) return undefined;
        const url = pathToFileURL(args.path).href;
        const contents = source
          .replaceAll("import.meta.url", JSON.stringify(url))
          .replaceAll("import.meta.filename", JSON.stringify(args.path))
          .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)));
        return { contents, loader: "ts" };
      });
    },
  };
}

function removeStaleBuilds(cacheDir, keep) {
  let names = [];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith("build-") || name === keep) continue;
    const path = join(cacheDir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

function manifestPath(cacheDir, entry) {
  return join(cacheDir, `${relative(".", entry).replaceAll(/[\\/]/g, "_")}.json`);
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split("\n")[0];
}
