#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, tooling) through tsx: node bin/run-ts.mjs FILE [args...]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const [file, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(resolve(file)).href);
