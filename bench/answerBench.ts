// One answer benchmark at one N, in its own process so memory figures are clean.
// Prints one JSON line. Run through bench/run.ts (npm run bench), not directly.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Fuse from "fuse.js";
import { answerQuestion } from "../src/answer/index.ts";
import { renderAdaptiveCard, renderSlackMessage } from "../src/cards/index.ts";
import { parseNotice } from "../src/ingest/index.ts";
import { VacancyIndex } from "../src/search/VacancyIndex.ts";
import { generateVacancies } from "./generateVacancies.ts";
import { benchQuestions } from "./questions.ts";
import { median, percentile } from "./stats.ts";

const n = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const baselineBudgetMs = Number(process.argv[4] ?? 60_000);
const builds = Number(process.argv[5] ?? 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const now = new Date("2025-06-01T12:00:00Z");

const vacancies = generateVacancies(n);
// Size of the dataset as a JSON array on disk, summed per vacancy: one 300 MB string at 100k would
// stay in the process's RSS after it is freed and inflate the memory figure measured below.
const datasetBytes = vacancies.reduce((sum, v) => sum + Buffer.byteLength(JSON.stringify(v)) + 1, 1);
const questions = benchQuestions(vacancies);

// Index build: median of `builds` builds; the last one is kept.
const buildTimes: number[] = [];
let index = new VacancyIndex([]);
for (let i = 0; i < builds; i++) {
  index = new VacancyIndex([]);
  gc();
  const t0 = performance.now();
  index = new VacancyIndex(vacancies);
  buildTimes.push(performance.now() - t0);
}
gc();
const memory = process.memoryUsage();

// Full core: intent + search + answer + both card renderers.
const askOnce = (q: string) => {
  const answer = answerQuestion(q, { index, now });
  renderSlackMessage(answer);
  renderAdaptiveCard(answer);
  return answer;
};
for (const q of questions) askOnce(q); // warm-up
const p50s: number[] = [];
const p95s: number[] = [];
const p99s: number[] = [];
for (let r = 0; r < runs; r++) {
  const times = questions.map((q) => {
    const t0 = performance.now();
    askOnce(q);
    return performance.now() - t0;
  });
  p50s.push(percentile(times, 50));
  p95s.push(percentile(times, 95));
  p99s.push(percentile(times, 99));
}

// Incremental update: one vacancy added and one closed, no rebuild.
const extra = generateVacancies(1, { seed: 7 })[0];
let updateMs = 0;
if (extra) {
  const t0 = performance.now();
  index.upsert({ ...extra, id: `${extra.id}-added` });
  const first = vacancies[0];
  if (first) index.upsert({ ...first, state: "closed" });
  updateMs = performance.now() - t0;
}

// Baseline: plain fuse.js, default options, over the same documents; as many queries as the budget allows.
const fields = ["title", "summary", "essential", "desirable"];
const t0 = performance.now();
const fuse = new Fuse(vacancies, { keys: fields });
const baselineBuildMs = performance.now() - t0;
const baselineTimes: number[] = [];
const budgetStart = performance.now();
for (const q of questions) {
  if (performance.now() - budgetStart > baselineBudgetMs && baselineTimes.length >= 2) break;
  const s = performance.now();
  fuse.search(q, { limit: 10 });
  baselineTimes.push(performance.now() - s);
}

// Notices parsed per second, over the real notices.
const noticeDir = "data/notices";
const notices = readdirSync(noticeDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(noticeDir, f), "utf8"));
let parsed = 0;
const parseStart = performance.now();
while (performance.now() - parseStart < 1000) {
  for (const text of notices) {
    parseNotice(text, { source: "bench" });
    parsed++;
  }
}
const noticesPerSecond = parsed / ((performance.now() - parseStart) / 1000);

const round = (x: number) => Math.round(x * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    n,
    questions: questions.length,
    runs,
    dataset_mb: round(datasetBytes / 2 ** 20),
    builds,
    build_ms: round(median(buildTimes)),
    heap_mb: round(memory.heapUsed / 2 ** 20),
    rss_mb: round(memory.rss / 2 ** 20),
    p50_ms: round(median(p50s)),
    p95_ms: round(median(p95s)),
    p99_ms: round(median(p99s)),
    update_ms: round(updateMs),
    baseline_build_ms: round(baselineBuildMs),
    baseline_p50_ms: round(percentile(baselineTimes, 50)),
    baseline_p95_ms: round(percentile(baselineTimes, 95)),
    baseline_queries: baselineTimes.length,
    notices_per_s: Math.round(noticesPerSecond),
  })}\n`,
);
