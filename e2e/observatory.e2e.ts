import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoAdmin, desktop, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
/** The awards by branch as the national committee counts them, to compare a branch's own with. */
let nationalByBranch: { branchCode: string; awards: number }[] = [];
/** A secretariat of a branch the demo's juries awarded in, created by the national committee. */
const branchOfficer = { email: "cpne.leem@demo.example", password: "observatoire-leem-2026" };
const officerBranch = "LEEM";

/** The table (or, on a narrow screen, the list of cards) named `name`. */
const tableNamed = (page: Page, name: string) =>
  page.getByRole("table", { name }).or(page.getByRole("list", { name }));

/** Each chart of the page drawn as SVG, once the figures arrived. */
async function drawnCharts(page: Page) {
  await page.locator("[data-chart] svg.recharts-surface").first().waitFor();
  return page.locator("[data-chart] svg.recharts-surface").count();
}

async function openDashboard(account: typeof demoAdmin) {
  const context = await env.browser.newContext({ viewport: desktop });
  const page = await context.newPage();
  await logIn(page, env.baseUrl, account);
  await page.getByRole("link", { name: "Observatoire" }).click();
  await page.getByRole("heading", { level: 1, name: "Observatoire" }).waitFor();
  return { context, page };
}

/**
 * The observatory as its users see it: the national committee's dashboard over every branch, a branch
 * secretariat's over its own branches only, and the key figures page for anyone without an account.
 */
describe("the observatory in the browser", () => {
  it("shows the national committee every branch's awards, as charts with their tables and downloads", async () => {
    const { context, page } = await openDashboard(demoAdmin);
    expect(await drawnCharts(page)).toBe(2);
    await page.getByText("Périmètre : toutes les branches.").waitFor();
    const byYear = tableNamed(page, "Attributions par année");
    await byYear.waitFor();
    const detail = tableNamed(page, "Attributions par CQPI, branche et année");
    await detail.waitFor();
    const api = await (await page.request.get(`${env.baseUrl}/api/observatory/awards?groupBy=branch`)).json();
    expect(api.rows.length, "the demo awards in several branches").toBeGreaterThan(1);
    nationalByBranch = api.rows;
    const created = await page.request.post(`${env.baseUrl}/api/users`, {
      headers: { origin: env.baseUrl },
      data: {
        ...branchOfficer,
        displayName: "Secrétariat CPNE Médicament",
        role: "branch_officer",
        branchCodes: [officerBranch],
      },
    });
    expect(created.status()).toBe(201);
    const download = page.getByRole("link", { name: "Télécharger « Attributions par année » en CSV" });
    expect(await download.getAttribute("href")).toBe("/api/exports/awards.csv?groupBy=year");
    const csv = await page.request.get(`${env.baseUrl}/api/exports/awards.csv?groupBy=year`);
    expect((await csv.text()).split("\r\n")[0]).toContain("Année;Attributions");

    // A CQPI chosen: its capacities' pass rates, drawn, and what remains to declare for it.
    await page.getByRole("combobox", { name: "CQPI", exact: true }).click();
    await page.getByRole("option").first().click();
    await tableNamed(page, "Réussite par capacité")
      .or(page.getByText("Aucun titulaire de ce CQPI"))
      .first()
      .waitFor();
    await page.getByRole("region", { name: "Déclarations à la Caisse des Dépôts" }).waitFor();
    await expectAccessible(page, "observatory (admin)");
    await context.close();
  });

  it("shows a branch secretariat its own branch only", async () => {
    const { context, page } = await openDashboard(branchOfficer);
    expect(await drawnCharts(page)).toBe(2);
    await page.getByText(`Périmètre : vos branches (${officerBranch}).`).waitFor();
    const detail = tableNamed(page, "Attributions par CQPI, branche et année");
    await detail.waitFor();
    const own = nationalByBranch.find((row) => row.branchCode === officerBranch);
    expect(own, "the demo awards in the pharmaceutical branch").toBeDefined();
    const branches = await detail.locator("td:nth-child(2)").allTextContents();
    expect(branches.length).toBeGreaterThan(0);
    expect(new Set(branches)).toEqual(new Set([officerBranch]));
    const figures = page.getByRole("list", { name: "Chiffres du périmètre" });
    expect(await figures.locator("li").first().textContent()).toContain(String(own!.awards));
    // The median time to award is the branch's own, as the scope's figures count it.
    const scoped = await (await page.request.get(`${env.baseUrl}/api/observatory/figures`)).json();
    expect(scoped.certificates).toBe(own!.awards);
    const median = figures.locator("li").filter({ hasText: "Délai médian de l'inscription à l'attribution" });
    await median.waitFor();
    expect(await median.textContent()).toContain(
      scoped.medianRegistrationToAwardDays === null
        ? "—"
        : `${new Intl.NumberFormat("fr-FR").format(scoped.medianRegistrationToAwardDays)} jours`,
    );
    expect(await figures.getByText("Au niveau national").count()).toBe(0);
    const rows = (
      await (await page.request.get(`${env.baseUrl}/api/observatory/awards?groupBy=branch`)).json()
    ).rows as { branchCode: string; awards: number }[];
    expect(rows).toEqual([expect.objectContaining({ branchCode: officerBranch, awards: own!.awards })]);
    // Declaring to the Caisse des Dépôts is the national committee's.
    expect(await page.getByRole("region", { name: "Déclarations à la Caisse des Dépôts" }).count()).toBe(0);
    await expectAccessible(page, "observatory (branch officer)");
    await context.close();
  });

  it("shows anyone the national key figures and their timeline, from the public landing", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await page.goto(`${env.baseUrl}/`);
    await page.getByRole("link", { name: "Voir les chiffres clés" }).click();
    await page.getByRole("heading", { level: 1, name: "Chiffres clés" }).waitFor();
    const figures = await (await page.request.get(`${env.baseUrl}/api/observatory/key-figures`)).json();
    const results = page.getByRole("list", { name: "Résultats" });
    await results.waitFor();
    expect(await results.textContent()).toContain("CQPI attribués depuis leur création");
    expect(await results.textContent()).toContain(String(figures.certificates));
    expect(await drawnCharts(page)).toBe(1);
    await page.getByRole("region", { name: "Dates clés" }).waitFor();
    expect(
      await page.getByRole("link", { name: "Télécharger « Dates clés » en XLSX" }).getAttribute("href"),
    ).toBe("/api/exports/timeline.xlsx");
    await expectAccessible(page, "key figures");
    await context.close();
  });
});
