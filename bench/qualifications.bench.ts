import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";
import autocannon from "autocannon";

/**
 * Requests per second of GET /api/qualifications (the public CQPI list) on the platform, against two
 * baselines measured in the same run on the same SQLite file: a bare Fastify route answering a fixed
 * body, and a bare Fastify route running the equivalent raw SQL. Prints figures and ratios.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;

async function startTarget(target: string, dataDir?: string) {
  const child = spawn(
    "node",
    ["--import", "tsx", "bench/targets.ts", target, ...(dataDir ? [dataDir] : [])],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`${target} exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { port: number; dataDir: string }) };
}

async function measure(port: number) {
  const url = `http://127.0.0.1:${port}/api/qualifications`;
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors on ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

function stop(child: ChildProcess) {
  child.kill();
  return new Promise((resolve) => child.once("exit", resolve));
}

const platform = await startTarget("platform");
const results: Record<string, { rps: number; p99: number }> = {};
results.platform = await measure(platform.port);
await stop(platform.child);
for (const target of ["raw-sql", "bare"]) {
  const started = await startTarget(target, platform.dataDir);
  results[target] = await measure(started.port);
  await stop(started.child);
}

const base = results.platform!.rps;
console.log(
  `\nGET /api/qualifications — ${CONNECTIONS} connections, ${DURATION_S} s each, SQLite demo data\n`,
);
console.log("target                         req/s     p99 ms   platform / target");
for (const [name, label] of [
  ["platform", "platform (Kysely + zod + auth)"],
  ["raw-sql", "bare Fastify + raw SQL"],
  ["bare", "bare Fastify, fixed body"],
] as const) {
  const r = results[name]!;
  console.log(
    `${label.padEnd(30)} ${r.rps.toFixed(0).padStart(6)}   ${String(r.p99).padStart(6)}   ${(base / r.rps).toFixed(2)}`,
  );
}
