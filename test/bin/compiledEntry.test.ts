// The compiled-entry cache behind bin/vacancy-bot.mjs: a real esbuild build of a small project in a
// temp directory, then the real CLI run both ways (bundle and tsx) over the same questions.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freshBuild, importCompiledEntry } from "../../bin/compiledEntry.mjs";
import { SEED_FIXTURE_FILE } from "../fixtures/seedVacancies.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "vb-compiled-"));
  dirs.push(root);
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(root, "tsconfig.json"), "{}\n");
  for (const [name, text] of Object.entries(files)) write(root, name, text);
  return { root, entry: "entry.ts", cacheDir: join(root, "cache") };
}

function write(root: string, name: string, text: string) {
  writeFileSync(join(root, name), text);
  // A later edit in the same millisecond must still look changed: step the mtime explicitly.
  const stamp = new Date(Date.now() + Math.random() * 10_000);
  utimesSync(join(root, name), stamp, stamp);
}

const FILES = {
  "entry.ts": [
    'import { word } from "./word.ts";',
    "export const here: string = import.meta.url;",
    'export const lazy = () => import("./lazy.ts");',
    "export { word };",
  ].join("\n"),
  "word.ts": 'export const word: string = "first";\n',
  "lazy.ts": 'export const marker = "lazy-module-marker";\n',
};

describe("importCompiledEntry", () => {
  it("builds once, runs the bundle, and keeps import.meta.url naming the source file", async () => {
    const options = project(FILES);
    expect(freshBuild(options)).toBeUndefined();
    const entry = await importCompiledEntry(options);
    expect(entry?.word).toBe("first");
    expect(entry?.here).toBe(pathToFileURL(join(options.root, "entry.ts")).href);
    const built = freshBuild(options);
    expect(built).toBeDefined();
    // The dynamic import stays a separate chunk, loaded only when called.
    expect(readFileSync(built as string, "utf8")).not.toContain("lazy-module-marker");
    const loadLazy = entry?.lazy as () => Promise<{ marker: string }>;
    const lazy = await loadLazy();
    expect(lazy.marker).toBe("lazy-module-marker");
  });

  it("rebuilds when a source file changes, and not otherwise", async () => {
    const options = project(FILES);
    await importCompiledEntry(options);
    const first = freshBuild(options);
    expect(freshBuild(options)).toBe(first);
    write(options.root, "word.ts", 'export const word: string = "second";\n');
    expect(freshBuild(options)).toBeUndefined();
    const entry = await importCompiledEntry(options);
    expect(entry?.word).toBe("second");
    expect(freshBuild(options)).not.toBe(first);
  });

  it("rebuilds when a source file is removed", async () => {
    const options = project(FILES);
    await importCompiledEntry(options);
    rmSync(join(options.root, "lazy.ts"));
    expect(freshBuild(options)).toBeUndefined();
  });

  it("bundles a CommonJS package that requires Node built-ins, stamped by its package.json", async () => {
    const options = project({
      "entry.ts": 'import pkg from "cjs-pkg";\nexport const joined: string = pkg.joined;\n',
    });
    const pkgDir = join(options.root, "node_modules", "cjs-pkg");
    mkdirSync(pkgDir, { recursive: true });
    write(options.root, "node_modules/cjs-pkg/package.json", '{ "name": "cjs-pkg", "main": "index.js" }\n');
    write(
      options.root,
      "node_modules/cjs-pkg/index.js",
      'const path = require("node:path");\nexports.joined = path.posix.join("cjs-package", "marker");\n',
    );
    const entry = await importCompiledEntry(options);
    expect(entry?.joined).toBe("cjs-package/marker");
    const built = freshBuild(options) as string;
    expect(readFileSync(built, "utf8")).toContain('"cjs-package"');
    const manifest = JSON.parse(readFileSync(join(options.cacheDir, "entry.ts.json"), "utf8"));
    expect(Object.keys(manifest.inputs)).toContain("node_modules/cjs-pkg/package.json");
    expect(Object.keys(manifest.inputs)).not.toContain("node_modules/cjs-pkg/index.js");
    // An install or upgrade rewrites the package's package.json: the bundle is rebuilt.
    write(options.root, "node_modules/cjs-pkg/package.json", '{ "name": "cjs-pkg", "main": "./index.js" }\n');
    expect(freshBuild(options)).toBeUndefined();
  });

  it("leaves packages in node_modules with bundlePackages: false", async () => {
    const options = { ...project(FILES), bundlePackages: false };
    const source = 'import { marker } from "esm-pkg";\nexport const got: string = marker;\n';
    write(options.root, "entry.ts", source);
    mkdirSync(join(options.root, "node_modules", "esm-pkg"), { recursive: true });
    write(
      options.root,
      "node_modules/esm-pkg/package.json",
      '{ "name": "esm-pkg", "type": "module", "main": "index.js" }\n',
    );
    write(options.root, "node_modules/esm-pkg/index.js", 'export const marker = "esm-package-marker";\n');
    const entry = await importCompiledEntry(options);
    expect(entry?.got).toBe("esm-package-marker");
    expect(readFileSync(freshBuild(options) as string, "utf8")).not.toContain("esm-package-marker");
    // A bundle built the other way is not reused.
    expect(freshBuild({ ...options, bundlePackages: true })).toBeUndefined();
  });

  it("returns undefined with a reason when the sources do not compile, and builds nothing", async () => {
    const options = project({ ...FILES, "word.ts": "export const word = ;\n" });
    const warnings: string[] = [];
    const entry = await importCompiledEntry(options, (w) => warnings.push(w));
    expect(entry).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not compile entry\.ts .*running it through tsx/);
    expect(readdirSync(options.cacheDir).filter((n) => n.startsWith("build-"))).toEqual([]);
  });
});

describe("bin/vacancy-bot.mjs", () => {
  function ask(env: Record<string, string>) {
    const questions = [
      "when does the network technician post close?",
      "which jobs need TSCM?",
      "what's open?",
      "salary of the NOSC chief",
    ];
    const input = questions.map((question) => JSON.stringify({ question, now: "2024-06-05" })).join("\n");
    const run = spawnSync(process.execPath, ["bin/vacancy-bot.mjs", "ask", "--json"], {
      cwd: repoRoot,
      input,
      encoding: "utf8",
      env: { ...process.env, DATA_FILE: SEED_FIXTURE_FILE, ...env },
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    return run.stdout;
  }

  it("answers the same through the compiled bundle as through tsx", () => {
    const compiled = ask({});
    expect(compiled.trim().split("\n")).toHaveLength(4);
    expect(compiled).toBe(ask({ VACANCY_BOT_COMPILE: "off" }));
  });
});
