import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

describe("catalogue in the browser", () => {
  it("lets a visitor browse the CQPIs without logging in", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();

    await page.goto(`${env.baseUrl}/catalogue`);
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
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "CQPI" })
      .click();
    const list = page.getByRole("table", { name: "Liste des CQPI" });
    await list.getByRole("link", { name: "Conducteur d'Équipements Industriels" }).waitFor();
    expect(await seriousAccessibilityViolations(page, "catalogue")).toEqual([]);

    await list.getByRole("link", { name: "Conducteur d'Équipements Industriels" }).click();
    await page.getByRole("heading", { level: 1, name: "Conducteur d'Équipements Industriels" }).waitFor();
    // The demo catalogue holds no RNCP code: the page says so rather than showing a bare dash.
    await page.getByText("Non renseigné", { exact: true }).first().waitFor();
    const branchTable = page.getByRole("table", { name: /Branches qui opèrent le CQPI/ });
    await branchTable.locator("tbody tr").first().waitFor();

    const expected = (await (await fetch(`${env.baseUrl}/api/qualifications/CEI`)).json()) as {
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
