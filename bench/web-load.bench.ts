import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import { type StartedTarget, startTarget, stopTarget } from "./start-target.ts";

/**
 * The first load of the evaluator's grid on a tablet over a slow 4G link, from an empty browser cache:
 * the web app as built and served now (split by page, brotli copies) against the same app built as one
 * chunk and served uncompressed (what it was before), both served by the platform on the same demo
 * database in the same run, the rounds interleaved. The link is Chromium DevTools' "Slow 4G" profile
 * (562.5 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, DevTools' 0.9 factor), set through the
 * DevTools protocol; the time runs from navigation until the grid's answer buttons are on screen.
 */
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 3);
const slow4g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const evaluator = { email: "evaluator@demo.example", password: "cqpi-demo" };
const configFile = path.resolve(import.meta.dirname, "../vite.config.ts");

async function buildWeb(outDir: string, isBefore: boolean) {
  await build({
    configFile,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      ...(isBefore
        ? { chunkSizeWarningLimit: 4000, rollupOptions: { output: { codeSplitting: false } } }
        : {}),
    },
  });
  if (!isBefore) return;
  // Before: no compressed copies, so the server sends every file as it is.
  const files = await readdir(outDir, { recursive: true });
  await Promise.all(
    files.filter((file) => /\.(br|gz)$/.test(file)).map((file) => rm(path.join(outDir, file))),
  );
}

/** An observation grid the demo evaluator may open (the page the measure loads). */
async function findGrid(baseUrl: string, cookie: string): Promise<number> {
  const get = async <T>(url: string) =>
    (await (await fetch(`${baseUrl}${url}`, { headers: { cookie } })).json()) as T;
  const pathways = await get<{ items: { id: number }[] }>("/api/pathways?limit=50&offset=0");
  for (const pathway of pathways.items) {
    const assessments = await get<{ items: { id: number; method: string }[] }>(
      `/api/pathways/${pathway.id}/assessments`,
    );
    const grid = assessments.items.find((item) => item.method === "observation");
    if (grid) return grid.id;
  }
  throw new Error("the demo evaluator has no observation grid");
}

async function logIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(evaluator),
  });
  if (!response.ok) throw new Error(`login → ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

interface Load {
  ms: number;
  bytes: number;
  requests: number;
}

async function firstLoad(browser: import("playwright-core").Browser, baseUrl: string, gridId: number) {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const cookie = await logIn(baseUrl);
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, value] = pair.split("=") as [string, string];
      return { name, value, url: baseUrl };
    }),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", slow4g);
  const load: Load = { ms: 0, bytes: 0, requests: 0 };
  cdp.on("Network.loadingFinished", (event) => {
    load.bytes += event.encodedDataLength;
    load.requests++;
  });
  const started = performance.now();
  await page.goto(`${baseUrl}/assessments/${gridId}`, { waitUntil: "commit", timeout: 120_000 });
  await page.getByRole("radio", { name: "Acquis", exact: true }).first().waitFor({ timeout: 120_000 });
  load.ms = performance.now() - started;
  await context.close();
  return load;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const workDir = await mkdtemp(path.join(os.tmpdir(), "cqpi-bench-web-"));
const builds = { before: path.join(workDir, "before"), after: path.join(workDir, "after") };
await buildWeb(builds.after, false);
await buildWeb(builds.before, true);

await mkdir(path.join(workDir, "data"));
const after = await startTarget("web", path.join(workDir, "data"), builds.after);
const before = await startTarget("web", after.dataDir, builds.before);
const targets: Record<"before" | "after", StartedTarget> = { before, after };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
});
try {
  const urlOf = (target: StartedTarget) => `http://127.0.0.1:${target.port}`;
  const gridId = await findGrid(urlOf(after), await logIn(urlOf(after)));
  const loads: Record<"before" | "after", Load[]> = { before: [], after: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const name of ["before", "after"] as const)
      loads[name].push(await firstLoad(browser, urlOf(targets[name]), gridId));

  console.log(`\nFirst load of the evaluator's grid (/assessments/${gridId}), 768×1024, empty cache,`);
  console.log(`Chromium "Slow 4G" (562.5 ms RTT, 1.44 Mbit/s down), median of ${ROUNDS} interleaved rounds`);
  console.log("web app                                   load ms   transferred kB   requests");
  for (const [name, label] of [
    ["before", "one chunk, uncompressed (before)"],
    ["after", "split by page, brotli (now)"],
  ] as const) {
    const ms = median(loads[name].map((load) => load.ms));
    const kB = median(loads[name].map((load) => load.bytes)) / 1000;
    const requests = median(loads[name].map((load) => load.requests));
    console.log(
      `${label.padEnd(40)} ${ms.toFixed(0).padStart(8)}   ${kB.toFixed(0).padStart(14)}   ${String(requests).padStart(8)}`,
    );
  }
  const ratio = median(loads.before.map((load) => load.ms)) / median(loads.after.map((load) => load.ms));
  console.log(`before / now: × ${ratio.toFixed(2)} faster`);
} finally {
  await browser.close();
  await stopTarget(after.child);
  await stopTarget(before.child);
  await rm(workDir, { recursive: true, force: true });
}
