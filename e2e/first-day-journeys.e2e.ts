import type { APIRequestContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoAdmin, logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const demoOfficer = { email: "branch.uimm@demo.example", password: demoAdmin.password };

async function call<Result>(request: APIRequestContext, method: string, path: string, data?: unknown) {
  const headers = { origin: env.baseUrl };
  const response = await request.fetch(`${env.baseUrl}${path}`, { method, data, headers });
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as Result;
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("a branch secretariat's first day", () => {
  it("accredits an evaluator the branch has never worked with, found by a name typed without accents", async () => {
    const adminContext = await env.browser.newContext();
    await call(adminContext.request, "POST", "/api/auth/login", demoAdmin);
    const email = `helene.lefevre.${Date.now()}@eval.example`;
    await call(adminContext.request, "POST", "/api/users", {
      email,
      displayName: "Hélène Lefèvre",
      role: "evaluator",
      password: "mot de passe de test",
    });
    await adminContext.close();

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 768, height: 1024 },
    ]) {
      const context = await env.browser.newContext({ viewport });
      const page = await context.newPage();
      await logIn(page, env.baseUrl, demoOfficer);
      await page.goto(`${env.baseUrl}/accreditations`);
      await page.getByRole("button", { name: "Habiliter un évaluateur" }).click();
      const dialog = page.getByRole("dialog", { name: "Habiliter un évaluateur" });
      const evaluator = dialog.getByRole("combobox", { name: "Évaluateur", exact: true });
      await evaluator.fill("lefevre");
      await page.getByRole("option", { name: `Hélène Lefèvre — ${email}` }).waitFor();
      expect(await seriousAccessibilityViolations(page, `evaluator search at ${viewport.width}px`)).toEqual(
        [],
      );
      await context.close();
    }

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, demoOfficer);
    await page.goto(`${env.baseUrl}/accreditations`);
    await page.getByRole("button", { name: "Habiliter un évaluateur" }).click();
    const dialog = page.getByRole("dialog", { name: "Habiliter un évaluateur" });
    await dialog.getByRole("combobox", { name: "Évaluateur", exact: true }).fill("LEFEVRE");
    await page.getByRole("option", { name: `Hélène Lefèvre — ${email}` }).click();
    await dialog.getByRole("combobox", { name: "CQPI", exact: true }).click();
    await page.getByRole("option", { name: /^CEI — / }).click();
    await dialog.getByLabel(/^Jusqu'au/).fill(day(365));
    await dialog.getByRole("button", { name: "Habiliter" }).click();
    await dialog.waitFor({ state: "hidden" });
    const accreditations = await call<{ items: { evaluatorName: string; qualificationCode: string }[] }>(
      page.request,
      "GET",
      "/api/accreditations?branchCode=UIMM",
    );
    expect(accreditations.items).toContainEqual(
      expect.objectContaining({ evaluatorName: "Hélène Lefèvre", qualificationCode: "CEI" }),
    );
    await context.close();
  });
});
