// The local page's build cache (adapters/local/assets.ts), in fresh processes: the first start
// builds the page and keeps it, the next reads it back unchanged, and a changed input rebuilds it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vb-page-cache-"));
const cacheDir = join(dir, "cache");
const script = join(dir, "load.mts");
writeFileSync(
  script,
  `import { loadPageAssets } from ${JSON.stringify(join(root, "adapters/local/assets.ts"))};
const a = await loadPageAssets();
process.stdout.write(JSON.stringify({ html: a.html.hash, script: a.script.hash, styles: a.styles.hash }));`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(): { html: string; script: string; styles: string } {
  const run = spawnSync(process.execPath, ["bin/run-ts.mjs", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, PAGE_CACHE_DIR: cacheDir },
    timeout: 60_000,
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe("local page cache", () => {
  const cacheFile = join(cacheDir, "page.json");

  it("builds and keeps the page on the first start, and reads it back unchanged after", () => {
    const built = load();
    const written = statSync(cacheFile).mtimeMs;
    const cached = JSON.parse(readFileSync(cacheFile, "utf8"));
    expect(Object.keys(cached.inputs)).toEqual(
      expect.arrayContaining(["adapters/local/page/main.ts", "adapters/local/page/index.html"]),
    );
    expect(load()).toEqual(built);
    expect(statSync(cacheFile).mtimeMs).toBe(written); // read, not rebuilt
  });

  it("rebuilds when a file the page was built from changed since", () => {
    const before = load();
    const cached = JSON.parse(readFileSync(cacheFile, "utf8"));
    cached.inputs["adapters/local/page/main.ts"][0] -= 1000; // as if main.ts were edited after
    cached.script = "stale";
    writeFileSync(cacheFile, JSON.stringify(cached));
    expect(load()).toEqual(before); // the real page again, not the stale copy
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).script).not.toBe("stale");
  });

  it("builds when the cache is damaged", () => {
    const before = load();
    writeFileSync(cacheFile, "{ not json");
    expect(load()).toEqual(before);
  });
});
