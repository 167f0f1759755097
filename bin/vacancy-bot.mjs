#!/usr/bin/env node
// Entry for the `vacancy-bot` command. Runs the CLI from a bundle of the TypeScript sources cached
// in node_modules/.cache/vacancy-bot (built on first run and after any source change, ~0.5 s), else
// through tsx (a regular dependency). Either way a fresh `npm install` is enough: no build step.
// The bundle includes the packages (Bolt, botbuilder: half the start-up time was loading them file
// by file). VACANCY_BOT_COMPILE=sources bundles only the sources; =off always uses tsx.
// Stack traces name the bundle's functions and chunk files;
// NODE_OPTIONS=--enable-source-maps maps them to the .ts lines (off by default: with source maps on,
// Node scans every module it loads, Bolt's and botbuilder's included: ~60 ms of each start).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importCompiledEntry } from "./compiledEntry.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli =
  process.env.VACANCY_BOT_COMPILE === "off"
    ? undefined
    : await importCompiledEntry(
        {
          root,
          entry: "src/cli.ts",
          cacheDir: join(root, "node_modules", ".cache", "vacancy-bot"),
          bundlePackages: process.env.VACANCY_BOT_COMPILE !== "sources",
        },
        (warning) => process.stderr.write(`vacancy-bot: ${warning}\n`),
      );
const { main } = cli ?? (await importThroughTsx());
await main(process.argv);

async function importThroughTsx() {
  const { register } = await import("tsx/esm/api");
  register();
  return import("../src/cli.ts");
}
