#!/usr/bin/env node
// Entry for the `vacancy-bot` command: loads the TypeScript CLI through tsx (a regular
// dependency), so a fresh `npm install` is enough to run it; no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
await main(process.argv);
