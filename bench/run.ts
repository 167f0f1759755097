// `npm run bench`: answer latency and memory at 1k/10k/100k vacancies (each N in its own
// process), a plain fuse.js baseline in the same run, and endpoint load; prints a table and
// writes bench/results.json. `npm run bench -- --quick` runs N=10,000 and a 5 s load at 200.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { type LoadRow, runLoad, type StartupFigures, WARM_UP_SECONDS } from "./load.ts";

const quick = process.argv.includes("--quick");
const skipLoad = process.argv.includes("--no-load");
const sizes = quick ? [10_000] : [1_000, 10_000, 100_000];
const TARGETS = {
  p95At1k: 2,
  p95At100k: 10,
  buildAt100k: 5000,
  indexLoadAt100k: 2000,
  rssFactor: 2,
  ackP99: 50,
  startup: 1000,
};

const machine = `${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
console.log(`vacancy-bot benchmark — ${machine}${quick ? " (quick)" : ""}\n`);

// biome-ignore lint/suspicious/noExplicitAny: rows are the JSON lines the child prints.
const answer: any[] = [];
for (const n of sizes) {
  // Keeps a full run under 10 minutes: one build at 100k (three below), fuse.js baseline within a
  // time budget (at least 2 queries, ~5-50 s each at 10k-100k); --quick: one build, 2 baseline queries.
  const baselineBudget = quick ? 1 : n >= 100_000 ? 30_000 : 15_000;
  const builds = quick || n >= 100_000 ? 1 : 3;
  const runs = quick ? 3 : 5;
  const dir = mkdtempSync(join(tmpdir(), `vacancy-bench-${n}-`));
  const prepared = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", "bin/run-ts.mjs", "bench/prepareDataset.ts", String(n), dir],
    { encoding: "utf8", maxBuffer: 16 << 20 },
  );
  const child =
    prepared.status === 0
      ? spawnSync(
          process.execPath,
          [
            "--expose-gc",
            "--max-old-space-size=4096",
            "bin/run-ts.mjs",
            "bench/answerBench.ts",
            String(n),
            dir,
            String(runs),
            String(baselineBudget),
            String(builds),
          ],
          { encoding: "utf8", maxBuffer: 16 << 20 },
        )
      : prepared;
  rmSync(dir, { recursive: true, force: true });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{")) {
    console.error(`answer benchmark at N=${n} failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
    process.exitCode = 1;
    continue;
  }
  const row = JSON.parse(line);
  answer.push(row);
  console.log(`N=${n.toLocaleString("en")} done`);
}

console.log(
  `\nAnswer latency through the full core (intent + search + answer + Block Kit + Adaptive Card): percentiles over the question set, median of ${quick ? 3 : 5} runs after 25 warm-up passes (first-pass p95: the first pass in a fresh process, compiling as it goes); build ms is the median of 3 builds below 100k, one build at 100k`,
);
console.table(
  answer.map((r) => ({
    N: r.n,
    "data file MB": r.dataset_mb,
    "load ms": r.load_ms,
    "build ms": r.build_ms,
    "index file load ms": r.index_load_ms,
    "heap MB": r.heap_mb,
    "RSS MB": r.rss_mb,
    "peak RSS MB": r.rss_peak_mb,
    "p50 ms": r.p50_ms,
    "p95 ms": r.p95_ms,
    "p99 ms": r.p99_ms,
    "first-pass p95 ms": r.cold_p95_ms,
    "update ms": r.update_ms,
    "fuse p95 ms": r.baseline_p95_ms,
    "x faster (p95)": r.p95_ms > 0 ? Math.round(r.baseline_p95_ms / r.p95_ms) : null,
    "across-posts p50 / max ms": `${r.across_p50_ms} / ${r.across_max_ms}`,
    "notices/s": r.notices_per_s,
  })),
);

let load: LoadRow[] = [];
let loadFloor: LoadRow[] = [];
let startup: StartupFigures | null = null;
let placement: string | null = null;
if (!skipLoad) {
  const measured = await runLoad({
    concurrencies: quick ? [200] : [50, 200],
    seconds: quick ? 5 : 10,
    startupRuns: quick ? 2 : 4,
    floor: !quick,
  });
  load = measured.rows;
  loadFloor = measured.floorRows;
  startup = measured.startup;
  placement = measured.placement;
  console.log(
    "\nStart-up to first answer (spawn `vacancy-bot serve` with the bundled dataset -> first /deadline answered), ms:",
  );
  console.table([startup]);
  console.log(
    "\nEndpoint load: `vacancy-bot serve` in its own process; fake Slack Web API + Bot Framework connector in another; autocannon here",
  );
  console.log(`After a ${WARM_UP_SECONDS} s warm-up per platform; CPU placement: ${placement}`);
  console.table(load);
  if (loadFloor.length > 0) {
    console.log(
      "\nThe platform stacks alone, same load (bench/stackFloor.ts: Bolt and botbuilder with fixed replies; no answer, card or log):",
    );
    console.table(loadFloor);
  }
}

const verdicts: string[] = [];
const check = (ok: boolean, what: string) => verdicts.push(`${ok ? "MET   " : "MISSED"} ${what}`);
for (const r of answer) {
  if (r.n === 1000) check(r.p95_ms <= TARGETS.p95At1k, `p95 <= 2 ms at 1,000: ${r.p95_ms} ms`);
  if (r.n === 100_000) {
    check(r.p95_ms <= TARGETS.p95At100k, `p95 <= 10 ms at 100,000: ${r.p95_ms} ms`);
    check(
      r.build_ms <= TARGETS.buildAt100k || r.index_load_ms <= TARGETS.indexLoadAt100k,
      `build <= 5 s at 100,000 (${r.build_ms} ms), or load the persisted index <= 2 s (${r.index_load_ms} ms)`,
    );
    check(
      r.rss_mb <= TARGETS.rssFactor * r.dataset_mb,
      `RSS <= 2x dataset at 100,000: ${r.rss_mb} MB vs ${r.dataset_mb} MB data file (${r.dataset_compact_mb} MB as compact JSON)`,
    );
  }
}
for (const l of load) {
  const floor = loadFloor.find((f) => f.platform === l.platform && f.concurrency === l.concurrency);
  check(
    l.p99_ms <= TARGETS.ackP99 && l.errors === 0 && l.duplicates === 0 && l.missing === 0,
    `${l.platform} @${l.concurrency}: ack p99 ${l.p99_ms} ms (<= 50), ${l.errors} errors, ${l.duplicates} duplicates, ${l.missing} missing replies${floor ? ` (the stacks alone: p99 ${floor.p99_ms} ms)` : ""}`,
  );
}
if (startup) {
  check(
    startup.first_answer_ms <= TARGETS.startup,
    `start-up to first answer <= 1 s: ${startup.first_answer_ms} ms`,
  );
}
console.log(`\nTargets:\n${verdicts.join("\n")}`);

writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ machine, node: process.version, date: new Date().toISOString(), quick, answer, startup, load, load_floor: loadFloor, load_placement: placement, targets: verdicts }, null, 2)}\n`,
);
console.log("\nwrote bench/results.json");
