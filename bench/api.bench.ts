import autocannon from "autocannon";
import { type Scenario, scenarios } from "./scenarios.ts";
import { startTarget, stopTarget } from "./start-target.ts";

/**
 * Requests per second of the platform's API on the SQLite demo data, against two baselines measured in
 * the same run on the same file: a bare Fastify route running the equivalent raw SQL, and a bare
 * Fastify route answering the same body serialised once. Prints figures and ratios per endpoint.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;

async function measure(port: number, scenario: Scenario, token: string | null) {
  const url = `http://127.0.0.1:${port}${scenario.path}`;
  const headers: Record<string, string> =
    scenario.isAuthenticated && token ? { authorization: `Bearer ${token}` } : {};
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors on ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

type Results = Record<string, { rps: number; p99: number }>;
const results = new Map<Scenario, Results>(scenarios.map((s) => [s, {}]));

const platform = await startTarget("platform");
for (const scenario of scenarios)
  results.get(scenario)!.platform = await measure(platform.port, scenario, platform.token);
await stopTarget(platform.child);
for (const target of ["raw-sql", "bare"]) {
  const started = await startTarget(target, platform.dataDir);
  for (const scenario of scenarios)
    results.get(scenario)![target] = await measure(started.port, scenario, null);
  await stopTarget(started.child);
}

console.log(`\n${CONNECTIONS} connections, ${DURATION_S} s per measure, SQLite demo data`);
for (const scenario of scenarios) {
  const r = results.get(scenario)!;
  const base = r.platform!.rps;
  console.log(`\n${scenario.title}`);
  console.log("target                            req/s     p99 ms   platform / target");
  for (const [name, label] of [
    ["platform", "platform (Kysely + zod + auth)"],
    ["raw-sql", "bare Fastify + raw SQL"],
    ["bare", "bare Fastify, fixed body"],
  ] as const) {
    const { rps, p99 } = r[name]!;
    console.log(
      `${label.padEnd(33)} ${rps.toFixed(0).padStart(6)}   ${String(p99).padStart(6)}   ${(base / rps).toFixed(2)}`,
    );
  }
}
