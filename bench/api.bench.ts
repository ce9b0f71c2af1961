import path from "node:path";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { type BenchCertificate, type Scenario, scenarios } from "./scenarios.ts";
import { type StartedTarget, startTarget, stopTarget } from "./start-target.ts";

/**
 * Requests per second and p99 latency of the platform's API on the SQLite demo data, against two
 * baselines on the same file: a bare Fastify route doing the same work (raw SQL, the same rendering or
 * verification) and a bare Fastify route answering the same body computed once. The three targets run
 * side by side and are measured in turns, round after round, so that a noisy machine weighs on all three.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 16;
const TARGETS = ["platform", "raw-sql", "bare"] as const;
type TargetName = (typeof TARGETS)[number];

function request(started: StartedTarget, scenario: Scenario, certificate: BenchCertificate) {
  const headers: Record<string, string> =
    scenario.isAuthenticated && started.token ? { authorization: `Bearer ${started.token}` } : {};
  const body = scenario.body?.(certificate);
  if (body) headers["content-type"] = "application/json";
  return {
    url: `http://127.0.0.1:${started.port}${scenario.path(certificate)}`,
    headers,
    ...(body ? { method: "POST" as const, body } : {}),
  };
}

async function measureOnce(options: ReturnType<typeof request>, seconds: number) {
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors on ${options.url}`);
  return { requests: result.requests.total, seconds: result.duration, p99: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A certificate the demo issued, as a verifier would type its number and name or paste its JSON. */
function demoCertificate(dataDir: string): BenchCertificate {
  const db = new SQLite(path.join(dataDir, "cqpi.sqlite"), { readonly: true });
  const row = db
    .prepare("SELECT number, holder_family_name, credential_json FROM certificates ORDER BY id LIMIT 1")
    .get() as { number: string; holder_family_name: string; credential_json: string } | undefined;
  db.close();
  if (!row) throw new Error("the demo data holds no certificate to verify");
  return { number: row.number, familyName: row.holder_family_name, credentialJson: row.credential_json };
}

const platform = await startTarget("platform");
const started: Record<TargetName, StartedTarget> = {
  platform,
  "raw-sql": await startTarget("raw-sql", platform.dataDir),
  bare: await startTarget("bare", platform.dataDir),
};
const certificate = demoCertificate(platform.dataDir);

type Figures = { rps: number; p99: number };
const results = new Map<Scenario, Record<TargetName, Figures>>();
for (const scenario of scenarios) {
  const runs = Object.fromEntries(TARGETS.map((t) => [t, [] as Awaited<ReturnType<typeof measureOnce>>[]]));
  for (const target of TARGETS) await measureOnce(request(started[target], scenario, certificate), 1);
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of TARGETS) {
      runs[target]!.push(
        await measureOnce(request(started[target], scenario, certificate), DURATION_S / ROUNDS),
      );
    }
  }
  const figures = (target: TargetName): Figures => {
    const list = runs[target]!;
    const requests = list.reduce((sum, r) => sum + r.requests, 0);
    const seconds = list.reduce((sum, r) => sum + r.seconds, 0);
    return { rps: requests / seconds, p99: median(list.map((r) => r.p99)) };
  };
  results.set(scenario, {
    platform: figures("platform"),
    "raw-sql": figures("raw-sql"),
    bare: figures("bare"),
  });
}
for (const target of TARGETS) await stopTarget(started[target].child);

console.log(
  `\n${CONNECTIONS} connections, ${DURATION_S} s per target and endpoint in ${ROUNDS} interleaved rounds, SQLite demo data`,
);
for (const scenario of scenarios) {
  const r = results.get(scenario)!;
  console.log(`\n${scenario.title}`);
  console.log(
    "target                                  req/s   p99 ms (median of rounds)   platform / target",
  );
  const labels: Record<TargetName, string> = {
    platform: "platform (Kysely + zod + auth)",
    "raw-sql": scenario.baselines.work,
    bare: scenario.baselines.fixed,
  };
  for (const target of TARGETS) {
    const { rps, p99 } = r[target];
    console.log(
      `${labels[target].padEnd(38)} ${rps.toFixed(0).padStart(6)}   ${String(p99).padStart(6)}                      ${(r.platform.rps / rps).toFixed(2)}`,
    );
  }
}
