import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults, Result } from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

/** Shared by the browser tests: a real server on a fresh demo database, Debian's Chromium, and axe-core. */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export const demoAdmin = { email: "admin@demo.example", password: "cqpi-demo" };

export interface BrowserTestEnvironment {
  /** `http://127.0.0.1:<port>` of the server started for this file. */
  readonly baseUrl: string;
  readonly browser: Browser;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(address)));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

let axeSource = "";

/**
 * Starts `cqpi serve` (web/dist, a temporary data directory seeded with the demo) and Chromium before
 * the file's tests, and stops both after them. The returned object is filled in by `beforeAll`.
 */
export function setUpBrowserTests(): BrowserTestEnvironment {
  let server: ChildProcess | undefined;
  let serverOutput = "";
  let dataDir = "";
  let baseUrl = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, "web/dist/index.html"))) {
      throw new Error("web/dist is missing: build the web app first (npm run test:e2e does it)");
    }
    axeSource ||= await readFile(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
    dataDir = await mkdtemp(path.join(tmpdir(), "cqpi-e2e-"));
    const port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const started = spawn(process.execPath, ["bin/cqpi.js", "serve"], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), CQPI_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = started;
    const collect = (chunk: Buffer) => {
      serverOutput += chunk.toString();
    };
    started.stdout?.on("data", collect);
    started.stderr?.on("data", collect);
    await waitForHealth(baseUrl, started, () => serverOutput, 60_000);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
  };
}

/** Runs axe-core in the page; returns the serious and critical violations, printed for the reader. */
export async function seriousAccessibilityViolations(page: Page, pageName: string): Promise<Result[]> {
  await transitionsSettled(page);
  // Evaluated through the browser's debugging protocol: the page's CSP admits no inline script.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  const violations = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const violation of violations) {
    const targets = violation.nodes.map((node) => node.target.join(" ")).join(", ");
    console.error(`[axe] ${pageName}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`);
  }
  return violations;
}

/**
 * Waits until no transition or finite animation is running (a dialog fading in or out is paler than it
 * will be, and axe would measure its colours mid-way); endless ones (a loader) are not waited for.
 */
async function transitionsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 10_000 },
  );
}

/** The two screens every page is checked on: a desktop, and a tablet held upright. */
export const desktop = { width: 1280, height: 800 };
export const tablet = { width: 768, height: 1024 };

/** Expects no serious axe violation at desktop and tablet sizes, then leaves the page at desktop size. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  for (const size of [desktop, tablet]) {
    await page.setViewportSize(size);
    // Tables that no longer fit turn into cards on the next frames: check the layout the reader gets.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await seriousAccessibilityViolations(page, `${name} at ${size.width}×${size.height}`)).toEqual([]);
  }
  await page.setViewportSize(desktop);
}

/** Waits until the open dialog has finished fading in (mid-transition, every colour is paler). */
export async function dialogShown(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".mantine-Modal-content, .mantine-Modal-overlay")].every(
      (element) => getComputedStyle(element).opacity === "1",
    ),
  );
}

/** Logs in through the login form and waits for the personal home page. */
export async function logIn(page: Page, baseUrl: string, account = demoAdmin): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
}
