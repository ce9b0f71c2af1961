import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const account = (email: string) => ({ email, password: "cqpi-demo" });

describe("pathway pages", () => {
  it("lets a branch officer find a pathway in its second evaluation and read its bilan and timeline", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, account("branch.uimm@demo.example"));

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Parcours de ma branche" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Parcours de ma branche" }).waitFor();
    await page.getByRole("tab", { name: /^Seconde évaluation/ }).click();
    const rows = page.locator("tbody tr");
    await rows.first().getByText("Seconde évaluation").waitFor();
    expect(await seriousAccessibilityViolations(page, "branch officer's pathway list")).toEqual([]);

    await rows.first().getByRole("link").first().click();
    await page.getByRole("heading", { level: 2, name: "Bilan de positionnement" }).waitFor();
    await page.getByText("Pas encore à niveau", { exact: true }).waitFor();
    await page
      .getByText(/^Écarts à combler par la formation, puis à évaluer de nouveau \(\d+\) :$/)
      .waitFor();
    await page.getByRole("heading", { level: 2, name: "Plans de formation" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Historique" }).waitFor();
    await page.getByText("Démarrer la seconde évaluation").waitFor();
    expect(await seriousAccessibilityViolations(page, "pathway page")).toEqual([]);
    await context.close();
  });

  it("gives the candidate their data and their own pathway, where nothing assessed yet reads as not assessed", async () => {
    const context = await env.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, account("candidate@demo.example"));
    const download = page.getByRole("link", { name: /^Télécharger mes données \(JSON\)/ });
    const exported = await (
      await page.request.get(`${env.baseUrl}${await download.getAttribute("href")}`)
    ).json();
    expect(exported.candidate.displayName).toBe("Julien LEFÈVRE");
    expect(exported.pathways).toHaveLength(1);

    await page
      .getByRole("link", { name: /Conducteur d'Équipements Industriels — Positionnement en cours/ })
      .click();
    await page.getByRole("heading", { level: 1, name: /^Julien LEFÈVRE — CQPI CEI/ }).waitFor();
    await page.getByText("Pas encore de résultat").waitFor();
    expect(await page.getByText("Pas encore évaluée").count()).toBeGreaterThan(0);
    expect(await page.getByText("Écart", { exact: true }).count()).toBe(0);
    // A withdrawal is recorded by the branch's secretariat, never offered to the candidate.
    expect(await page.getByRole("button", { name: "Enregistrer un abandon" }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page, "candidate's pathway")).toEqual([]);
    await context.close();
  });
});
