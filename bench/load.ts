// Endpoint load benchmark: the real server (`vacancy-bot serve`, a child process of its own) on
// 127.0.0.1 with Slack and Teams enabled, the fake Slack Web API and Bot Framework connector in a
// second child, and autocannon in this process. Freshly signed /deadline and /vacancies slash
// commands, signed app_mention events and Teams message activities, each at the given
// concurrencies for a fixed time. Reports ack latency, throughput, errors and duplicate replies,
// plus start-up to first answer. Run alone with `npm run bench:load` (`-- --quick` for one 5 s round).
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import { copyFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import {
  appMention,
  encodeSlackBody,
  eventCallback,
  slackHeaders,
  slashCommand,
} from "../test/fakes/slackRequests.ts";
import { personalMessage, STAFF } from "../test/fakes/teamsActivities.ts";
import type { FakesReplies, FakesRequest } from "./loadFakes.ts";
import { processCpuMs } from "./processCpu.ts";
import { median } from "./stats.ts";

/** The signing secret the benchmark server is configured with (a test value, not a real secret). */
export const BENCH_SIGNING_SECRET = "bench-signing-secret-0d9f1c2b";
const BENCH_BOT_TOKEN = "xoxb-bench-000-benchbottoken";

export const PLATFORMS: LoadRow["platform"][] = ["slack", "slack-events", "teams"];

/** Unrecorded load before each platform's rounds. */
export const WARM_UP_SECONDS = 1;

/** One load round: one platform at one concurrency. */
export interface LoadRow {
  platform: "slack" | "slack-events" | "teams";
  concurrency: number;
  seconds: number;
  requests: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Non-2xx responses plus connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Requests answered more than once (by the ack and/or by later posts). */
  duplicates: number;
  /** Acknowledged requests that never got their answer (empty ack and no post, or no reply). */
  missing: number;
  /** Server CPU (user + system, all threads) per request, in µs, answer posts included; null without /proc. */
  server_cpu_us: number | null;
  /** The same for the load side: autocannon (this process) plus the fake platforms. */
  load_cpu_us: number | null;
  /**
   * Longest event-loop stall of autocannon's own process in the round, ms. Latency is measured
   * there: a stall as long as a latency outlier means the outlier is the load side's, not the server's.
   */
  load_stall_ms: number;
}

export interface StartupFigures {
  /** Spawn of `vacancy-bot serve` to its "is running" line. */
  listening_ms: number;
  /** Spawn to the first slash command answered (median of the runs). */
  first_answer_ms: number;
  /** The same for the very first run (cold tsx cache on a fresh clone). */
  first_run_ms: number;
  runs: number;
}

/** A slash command as Slack sends it, signed now with `secret`: the body and headers to POST. */
export function signedSlashCommand(
  secret: string,
  command: string,
  text: string,
  responseUrl: string,
): { body: string; headers: Record<string, string> } {
  const payload = slashCommand(command, text, {
    response_url: responseUrl,
    trigger_id: `${Date.now()}.1.bench`,
  });
  const { body, contentType } = encodeSlackBody("command", payload);
  return { body, headers: slackHeaders(body, contentType, { signingSecret: secret }) };
}

/** An app_mention event callback with its own event_id and ts, signed now with `secret`. */
export function signedMention(
  secret: string,
  text: string,
  key: number,
): { body: string; headers: Record<string, string>; ts: string } {
  const ts = `1700000000.${String(key).padStart(6, "0")}`;
  const payload = eventCallback(appMention(text, { ts, event_ts: ts }), { event_id: `EvBENCH${key}` });
  const { body, contentType } = encodeSlackBody("event", payload);
  return { body, headers: slackHeaders(body, contentType, { signingSecret: secret }), ts };
}

// Queries drawn from the bundled notices' subjects (and typo'd), plus no-match ones.
const SLASH_QUERIES = [
  "network technician",
  "netwrok technican",
  "BICES network operations chief",
  "deputy director OSS",
  "digital backbone cybersecurity officer",
  "technical security operator",
  "operator techincal security",
  "marine biologist",
];
const QUESTIONS = [
  "when does the network and communications technician post close?",
  "requirements for the technical security operator",
  "what's open?",
  "netwrok technichian deadline",
  "which jobs need PKI experience?",
  "where is the coffee machine",
];

/**
 * Which CPUs each side of the benchmark runs on. With taskset and two or more CPUs, the server gets
 * the first CPU this process may use and the load side (autocannon here, the fake platforms) the
 * others, so neither steals the other's core and the server's figures measure the server.
 * BENCH_PIN=off, a missing taskset or a single CPU leave placement to the OS scheduler.
 */
export interface CpuPlan {
  /** Prefix for the server's command line ([] when not pinned). */
  serverPrefix: string[];
  /** What was done, printed with the results. */
  note: string;
  /** Gives this process its CPUs back. */
  restore(): void;
}

/** Parses a Linux CPU list such as "0-3,6" (from /proc/self/status Cpus_allowed_list). */
export function parseCpuList(list: string): number[] {
  const cpus: number[] = [];
  for (const part of list.trim().split(",")) {
    if (!/^\d+(-\d+)?$/.test(part)) continue;
    const [from, to] = part.split("-").map(Number);
    if (from === undefined || !Number.isInteger(from)) continue;
    for (let cpu = from; cpu <= (to ?? from); cpu++) cpus.push(cpu);
  }
  return cpus;
}

const UNPINNED = { serverPrefix: [], restore: () => {} };

function planCpus(): CpuPlan {
  if (process.env.BENCH_PIN === "off") return { ...UNPINNED, note: "not pinned (BENCH_PIN=off)" };
  let cpus: number[];
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    cpus = parseCpuList(/^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1] ?? "");
    execFileSync("taskset", ["-V"], { stdio: "ignore" });
  } catch {
    return { ...UNPINNED, note: "not pinned (no taskset or /proc): the OS schedules all processes" };
  }
  const [serverCpu, ...loadCpus] = cpus;
  if (serverCpu === undefined || loadCpus.length === 0) {
    return { ...UNPINNED, note: "not pinned (one CPU available): server and load share it" };
  }
  const pin = (list: string) =>
    // -a: every thread of this process; the fakes child forked later inherits the mask.
    execFileSync("taskset", ["-a", "-p", "-c", list, String(process.pid)], { stdio: "ignore" });
  const loadList = loadCpus.join(",");
  pin(loadList);
  return {
    serverPrefix: ["taskset", "-c", String(serverCpu)],
    note: `taskset: server on CPU ${serverCpu}, autocannon + fake platforms on CPU ${loadList}`,
    restore: () => pin(cpus.join(",")),
  };
}

interface Fakes {
  slackApiUrl: string;
  slackResponseBase: string;
  serviceUrl: string;
  child: ChildProcess;
  ask(request: FakesRequest): Promise<FakesReplies>;
}

async function startFakes(): Promise<Fakes> {
  const child = fork("bin/run-ts.mjs", ["bench/loadFakes.ts"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await new Promise<{ slackApiUrl: string; slackResponseBase: string; serviceUrl: string }>(
    (resolve, reject) => {
      child.once("message", (m) => resolve(m as never));
      child.once("exit", (code) => reject(new Error(`fake platform servers exited early (code ${code})`)));
    },
  );
  return {
    ...ready,
    child,
    ask: (request) =>
      new Promise((resolve) => {
        child.once("message", (m) => resolve(m as FakesReplies));
        child.send(request);
      }),
  };
}

interface BotProcess {
  url: string;
  child: ChildProcess;
  listeningMs: number;
  stop(): Promise<void>;
}

/** What serves the endpoints: the bot, or the platform stacks alone (bench/stackFloor.ts). */
type ServerKind = "bot" | "stack-floor";

const SERVER_ENTRY: Record<ServerKind, string[]> = {
  bot: ["bin/vacancy-bot.mjs", "serve"],
  "stack-floor": ["bin/run-ts.mjs", "bench/stackFloor.ts"],
};

/** Spawns `vacancy-bot serve` (or the stack floor) on a free port with Slack and Teams pointed at the fakes. */
async function startBot(
  fakes: Fakes,
  dataFile: string,
  cpus: CpuPlan,
  kind: ServerKind = "bot",
): Promise<BotProcess> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(SLACK_|MICROSOFT_|TEAMS_|RECRUITERS|PORT|HOST|DATA_FILE)/.test(key))
      env[key] = value;
  }
  Object.assign(env, {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_FILE: dataFile,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
    SLACK_API_URL: fakes.slackApiUrl,
    MICROSOFT_APP_ID: "",
    TEAMS_ENABLED: "true",
  });
  const t0 = performance.now();
  // Logs (pino, info level as in production) go to /dev/null: written, but not kept (see below).
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const command = [...cpus.serverPrefix, process.execPath, ...nodeArgs, ...SERVER_ENTRY[kind]];
  // BENCH_SERVER_LOG=FILE keeps the server's log (pino on stderr, JSON lines) for a look after the run.
  const logFile = process.env.BENCH_SERVER_LOG;
  const child = spawn(command[0] ?? process.execPath, command.slice(1), {
    env,
    stdio: ["ignore", "pipe", logFile ? "pipe" : "ignore"],
  });
  if (logFile) child.stderr?.pipe(createWriteStream(logFile));
  const url = await new Promise<string>((resolve, reject) => {
    // Only the tail is kept (for the exit message): the log grows with every request.
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out = (out + String(chunk)).slice(-20_000);
      const match = /open (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) =>
      reject(new Error(`${SERVER_ENTRY[kind].join(" ")} exited (code ${code}): ${out}`)),
    );
  });
  const listeningMs = performance.now() - t0;
  return {
    url,
    child,
    listeningMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Spawn to listening, and spawn to the first /deadline answered, for `runs` fresh processes. */
async function measureStartup(
  fakes: Fakes,
  dataFile: string,
  cpus: CpuPlan,
  runs: number,
): Promise<StartupFigures> {
  const firstAnswers: number[] = [];
  const listening: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const bot = await startBot(fakes, dataFile, cpus);
    const request = signedSlashCommand(
      BENCH_SIGNING_SECRET,
      "/deadline",
      "network technician",
      `${fakes.slackResponseBase}startup`,
    );
    const response = await fetch(`${bot.url}/slack/events`, {
      method: "POST",
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    const elapsed = performance.now() - t0;
    await bot.stop();
    if (response.status !== 200 || !text.includes("blocks")) {
      throw new Error(`start-up probe got HTTP ${response.status}: ${text.slice(0, 300)}`);
    }
    firstAnswers.push(elapsed);
    listening.push(bot.listeningMs);
  }
  const round = (x: number) => Math.round(x);
  return {
    listening_ms: round(median(listening.slice(1).length ? listening.slice(1) : listening)),
    first_answer_ms: round(median(firstAnswers.slice(1).length ? firstAnswers.slice(1) : firstAnswers)),
    first_run_ms: round(firstAnswers[0] ?? 0),
    runs,
  };
}

/**
 * Numbers requests across all rounds of one run: event_ids, ts and activity ids must never repeat,
 * or the server's de-duplication (rightly) drops the repeats and a late reply counts for the wrong round.
 */
let sequence = 0;

/** Per-request bookkeeping shared by the request builders and the response checks. */
interface Round {
  platform: LoadRow["platform"];
  /** Keys of requests whose ack itself carried the answer. */
  answeredInAck: Set<string>;
  next(): { body: string; headers: Record<string, string>; key: string; path: string };
}

function slashRound(fakes: Fakes): Round {
  const answeredInAck = new Set<string>();
  return {
    platform: "slack",
    answeredInAck,
    next: () => {
      sequence += 1;
      const i = sequence;
      const key = `cmd${i}`;
      const command = i % 4 === 0 ? "/vacancies" : "/deadline";
      const query = SLASH_QUERIES[i % SLASH_QUERIES.length] ?? "";
      return {
        ...signedSlashCommand(BENCH_SIGNING_SECRET, command, query, `${fakes.slackResponseBase}${key}`),
        key,
        path: "/slack/events",
      };
    },
  };
}

function mentionRound(): Round {
  return {
    platform: "slack-events",
    answeredInAck: new Set(),
    next: () => {
      sequence += 1;
      const i = sequence;
      const request = signedMention(BENCH_SIGNING_SECRET, QUESTIONS[i % QUESTIONS.length] ?? "", i);
      return { body: request.body, headers: request.headers, key: request.ts, path: "/slack/events" };
    },
  };
}

function teamsRound(fakes: Fakes): Round {
  return {
    platform: "teams",
    answeredInAck: new Set(),
    next: () => {
      sequence += 1;
      const i = sequence;
      const key = `bench-activity-${i}`;
      const activity = {
        ...personalMessage(fakes.serviceUrl, STAFF, QUESTIONS[i % QUESTIONS.length] ?? ""),
        id: key,
      };
      return {
        body: JSON.stringify(activity),
        headers: { "content-type": "application/json" },
        key,
        path: "/api/messages",
      };
    },
  };
}

/** Waits until the fakes stop receiving replies (async posts drain after the load ends). */
async function settledReplies(
  fakes: Fakes,
  pick: (r: FakesReplies) => string[],
  expected: number,
): Promise<string[]> {
  let last = -1;
  let stableSince = performance.now();
  const deadline = performance.now() + 15_000;
  for (;;) {
    const keys = pick(await fakes.ask({ type: "replies" }));
    if (keys.length !== last) {
      last = keys.length;
      stableSince = performance.now();
    }
    if (
      new Set(keys).size >= expected ||
      performance.now() - stableSince > 1500 ||
      performance.now() > deadline
    )
      return keys;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function runRound(
  bot: BotProcess,
  fakes: Fakes,
  round: Round,
  connections: number,
  seconds: number,
  rate?: number,
): Promise<LoadRow> {
  await fakes.ask({ type: "reset" });
  const cpuBefore = cpuNow(bot, fakes);
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const result = await autocannon({
    url: bot.url,
    connections,
    duration: seconds,
    timeout: 10,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const next = round.next();
          (context as { key?: string }).key = next.key;
          return { ...request, path: next.path, body: next.body, headers: next.headers };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && round.platform === "slack" && /"blocks"|"text"/.test(body)) {
            round.answeredInAck.add(String((context as { key?: string }).key));
          }
        },
      },
    ],
  });
  stalls.disable();
  const ok = result["2xx"];
  const pick = (r: FakesReplies) =>
    round.platform === "slack"
      ? r.slackResponseUrls
      : round.platform === "slack-events"
        ? r.slackMessages
        : r.teamsReplies;
  const expected = round.platform === "slack" ? 0 : ok;
  const keys = await settledReplies(fakes, pick, expected);
  const cpuAfter = cpuNow(bot, fakes);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of round.answeredInAck) counts.set(key, (counts.get(key) ?? 0) + 1);
  let duplicates = 0;
  for (const count of counts.values()) if (count > 1) duplicates += 1;
  return {
    platform: round.platform,
    concurrency: connections,
    seconds,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.non2xx + result.errors,
    timeouts: result.timeouts,
    duplicates,
    missing: Math.max(0, ok - counts.size),
    server_cpu_us: perRequestUs(cpuBefore.server, cpuAfter.server, result.requests.total),
    load_cpu_us: perRequestUs(cpuBefore.load, cpuAfter.load, result.requests.total),
    load_stall_ms: Math.round(stalls.max / 1e6),
  };
}

/** CPU ms used so far by the server and by the load side (this process plus the fakes). */
function cpuNow(bot: BotProcess, fakes: Fakes): { server?: number; load?: number } {
  const fakesMs = processCpuMs(fakes.child.pid);
  const own = process.cpuUsage();
  return {
    server: processCpuMs(bot.child.pid),
    load: fakesMs === undefined ? undefined : fakesMs + (own.user + own.system) / 1000,
  };
}

function perRequestUs(
  before: number | undefined,
  after: number | undefined,
  requests: number,
): number | null {
  if (before === undefined || after === undefined || requests === 0) return null;
  return Math.round(((after - before) * 1000) / requests);
}

/** Start-up, then every platform at every concurrency; servers are stopped whatever happens. */
export async function runLoad(options: {
  concurrencies: number[];
  seconds: number;
  startupRuns?: number;
  /**
   * Requests per second across all connections (default: as fast as the server answers). A fixed
   * rate that both sides sustain compares CPU per request of two builds on a busy machine.
   */
  rate?: number;
  /** Only these platforms (all three by default). */
  platforms?: LoadRow["platform"][];
  /**
   * Also load the platform stacks alone (bench/stackFloor.ts: trivial handlers) at the highest
   * concurrency: the latency the stacks give before the bot does any work.
   */
  floor?: boolean;
}): Promise<{
  startup: StartupFigures;
  rows: LoadRow[];
  /** The stack floor's rounds (empty unless `floor`). */
  floorRows: LoadRow[];
  /** Where the server and the load side ran (see CpuPlan). */
  placement: string;
}> {
  const dir = mkdtempSync(join(tmpdir(), "vacancy-bench-"));
  const dataFile = join(dir, "vacancies.json");
  copyFileSync("data/vacancies.json", dataFile);
  const cpus = planCpus();
  let fakes: Fakes | undefined;
  let bot: BotProcess | undefined;
  try {
    const platformFakes = await startFakes();
    fakes = platformFakes;
    // Start-up as a user sees it: the server free to use every CPU.
    const startup = await measureStartup(
      platformFakes,
      dataFile,
      { ...UNPINNED, note: "" },
      options.startupRuns ?? 4,
    );
    const rounds: Record<LoadRow["platform"], (f: Fakes) => Round> = {
      slack: (f) => slashRound(f),
      "slack-events": () => mentionRound(),
      teams: (f) => teamsRound(f),
    };
    const platforms = options.platforms ?? PLATFORMS;
    const loadServer = async (kind: ServerKind, concurrencies: number[]): Promise<LoadRow[]> => {
      const server = await startBot(platformFakes, dataFile, cpus, kind);
      bot = server;
      const rows: LoadRow[] = [];
      for (const platform of platforms) {
        // An unrecorded second first, so every round measures a warm server (code compiled by the
        // JIT, connections pooled), as a server that has been up for a while is.
        const round = () => rounds[platform](platformFakes);
        await runRound(server, platformFakes, round(), concurrencies[0] ?? 50, WARM_UP_SECONDS);
        for (const connections of concurrencies) {
          rows.push(
            await runRound(server, platformFakes, round(), connections, options.seconds, options.rate),
          );
        }
      }
      await server.stop();
      return rows;
    };
    const rows = await loadServer("bot", options.concurrencies);
    const highest = Math.max(...options.concurrencies);
    const floorRows = options.floor ? await loadServer("stack-floor", [highest]) : [];
    return { startup, rows, floorRows, placement: cpus.note };
  } finally {
    await bot?.stop();
    fakes?.child.send({ type: "stop" } satisfies FakesRequest);
    cpus.restore();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run bench:load`: this file alone. Options for comparing builds: `--platform teams`
// (repeatable) runs only that platform, `--rate 400` a fixed request rate, `--no-startup` skips start-up,
// `--floor` also loads the platform stacks alone (bench/stackFloor.ts).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const argv = process.argv;
  const quick = argv.includes("--quick");
  const valuesOf = (flag: string) => argv.flatMap((arg, i) => (argv[i - 1] === flag ? [arg] : []));
  const platforms = valuesOf("--platform") as LoadRow["platform"][];
  const unknown = platforms.filter((p) => !PLATFORMS.includes(p));
  if (unknown.length > 0)
    throw new Error(`unknown --platform ${unknown.join(", ")}; use ${PLATFORMS.join(", ")}`);
  const rate = Number(valuesOf("--rate")[0] ?? 0);
  const { startup, rows, floorRows, placement } = await runLoad({
    concurrencies: quick ? [200] : [50, 200],
    seconds: quick ? 5 : 10,
    ...(platforms.length > 0 ? { platforms } : {}),
    ...(rate > 0 ? { rate } : {}),
    ...(argv.includes("--no-startup") ? { startupRuns: 0 } : {}),
    floor: argv.includes("--floor"),
  });
  if (startup.runs > 0)
    console.log("Start-up to first answer (vacancy-bot serve, bundled dataset):", startup);
  console.log(
    `Endpoint load (after a ${WARM_UP_SECONDS} s warm-up per platform${rate > 0 ? `, ${rate} requests/s` : ""}), CPU placement: ${placement}`,
  );
  console.table(rows);
  if (floorRows.length > 0) {
    console.log(
      "The platform stacks alone (bench/stackFloor.ts: fixed replies, no answer, no card, no log):",
    );
    console.table(floorRows);
  }
}
