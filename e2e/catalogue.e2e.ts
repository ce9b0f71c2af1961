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
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const admin = { email: "admin@demo.example", password: "cqpi-demo" };

let server: ChildProcess | undefined;
let serverOutput = "";
let dataDir = "";
let baseUrl = "";
let browser: Browser | undefined;
let axeSource = "";

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

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the server exited early:\n${serverOutput}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs} ms:\n${serverOutput}`);
}

/** Runs axe-core in the page; returns the serious and critical violations, printed for the reader. */
async function seriousAccessibilityViolations(page: Page, pageName: string): Promise<Result[]> {
  await page.addScriptTag({ content: axeSource });
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

async function logIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Adresse e-mail").fill(admin.email);
  await page.getByLabel("Mot de passe").fill(admin.password);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, "web/dist/index.html"))) {
    throw new Error("web/dist is missing: build the web app first (npm run test:e2e does it)");
  }
  axeSource = await readFile(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  dataDir = await mkdtemp(path.join(tmpdir(), "cqpi-e2e-"));
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["bin/cqpi.js", "serve"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), CQPI_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  server.stderr?.on("data", (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  await waitForHealth(baseUrl, 60_000);
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

describe("catalogue in the browser", () => {
  it("lets a visitor browse the CQPIs without logging in", async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();

    await page.goto(`${baseUrl}/catalogue`);
    await page.getByRole("heading", { level: 1, name: "CQPI" }).waitFor();
    const table = page.getByRole("table", { name: "Liste des CQPI" });
    await table.getByRole("link", { name: "Conducteur d'Équipements Industriels" }).waitFor();

    expect(new URL(page.url()).pathname).toBe("/qualifications");
    expect(await page.getByRole("link", { name: "Se connecter" }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name: "Utilisateurs" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Créer un CQPI" }).count()).toBe(0);

    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("heading", { level: 1, name: "CQPIs" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await context.close();
  });

  it("shows an admin the branches operating a CQPI, with no serious accessibility violation", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page);

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "CQPI" })
      .click();
    const list = page.getByRole("table", { name: "Liste des CQPI" });
    await list.getByRole("link", { name: "Conducteur d'Équipements Industriels" }).waitFor();
    expect(await seriousAccessibilityViolations(page, "catalogue")).toEqual([]);

    await list.getByRole("link", { name: "Conducteur d'Équipements Industriels" }).click();
    await page.getByRole("heading", { level: 1, name: "Conducteur d'Équipements Industriels" }).waitFor();
    const branchTable = page.getByRole("table", { name: /Branches qui opèrent le CQPI/ });
    await branchTable.locator("tbody tr").first().waitFor();

    const expected = (await (await fetch(`${baseUrl}/api/qualifications/CEI`)).json()) as {
      branches: { name: string }[];
    };
    const shownNames = await branchTable.locator("tbody tr td:first-child").allInnerTexts();
    expect(expected.branches.length).toBeGreaterThan(0);
    expect(shownNames.map((name) => name.trim()).sort()).toEqual(expected.branches.map((b) => b.name).sort());
    expect(await page.getByRole("link", { name: "Modifier" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Ajouter une branche opératrice" }).count()).toBe(1);

    expect(await seriousAccessibilityViolations(page, "CQPI CEI")).toEqual([]);
    await context.close();
  });
});
