import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const code = "CEI";

interface VersionSummary {
  version: number;
  status: "draft" | "published" | "superseded";
}

/** The versions as the server lists them to the logged-in admin (the page's cookies). */
async function listVersions(page: Page): Promise<VersionSummary[]> {
  const response = await page.request.get(`${env.baseUrl}/api/qualifications/${code}/versions`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: VersionSummary[] }).items;
}

/** "Nouvelle version (brouillon)" on the CQPI's page; returns the draft's number, once its editor is open. */
async function createDraft(page: Page): Promise<number> {
  await page.goto(`${env.baseUrl}/qualifications/${code}`);
  await page.getByRole("button", { name: "Nouvelle version (brouillon)" }).click();
  await page.getByRole("heading", { level: 1, name: /^Modifier le référentiel/ }).waitFor();
  await page.getByRole("button", { name: "Enregistrer" }).waitFor();
  return Number(new URL(page.url()).pathname.split("/").at(-2));
}

async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.getByText(/^Tout est enregistré/).waitFor();
}

/** From the editor: the read view, then "Publier" and its confirmation. */
async function publish(page: Page, version: number): Promise<void> {
  await page.getByRole("link", { name: "Voir la version" }).click();
  await page.getByRole("heading", { level: 1, name: `Référentiel ${code} — version ${version}` }).waitFor();
  await page.getByRole("button", { name: "Publier" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier" }).click();
  await page.getByRole("button", { name: "Supprimer le brouillon" }).waitFor({ state: "detached" });
}

/** For a CQPI without any referential: a first version written in the editor, then published. */
async function publishFirstVersion(page: Page): Promise<void> {
  const version = await createDraft(page);
  await page.getByRole("button", { name: "Ajouter un bloc" }).click();
  const block = page.getByRole("group", { name: "Bloc B1" });
  await block.getByRole("textbox", { name: /^Intitulé du bloc/ }).fill("Conduire l'équipement");
  await block.getByRole("button", { name: "Ajouter une capacité dans le bloc B1" }).click();
  const capacity = page.getByRole("group", { name: "Capacité C1" });
  await capacity.getByRole("textbox", { name: /^Savoir-faire attendu/ }).fill("Préparer l'équipement");
  await capacity.getByRole("checkbox", { name: "Observation en situation de travail" }).check();
  await capacity.getByRole("button", { name: "Ajouter un critère à la capacité C1" }).click();
  await capacity
    .getByRole("group", { name: "Critère C1.1" })
    .getByRole("textbox", { name: /^Résultat attendu/ })
    .fill("Les réglages sont vérifiés avant le démarrage");
  await save(page);
  await publish(page, version);
}

const inputValue = (page: Page, group: string, index: number, field: RegExp) =>
  page
    .getByRole("group", { name: new RegExp(`^${group} `) })
    .nth(index)
    .getByRole("textbox", { name: field })
    .first()
    .inputValue();

describe("referential in the browser", () => {
  it("lets the admin draft, edit, publish and compare a version, with no serious accessibility violation", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);

    // The demo data may or may not hold a referential for this CQPI, or a draft: start from a published one.
    const leftover = (await listVersions(page)).find((item) => item.status === "draft");
    if (leftover)
      await page.request.delete(`${env.baseUrl}/api/qualifications/${code}/versions/${leftover.version}`);
    if (!(await listVersions(page)).some((item) => item.status === "published"))
      await publishFirstVersion(page);
    const previous = (await listVersions(page)).find((item) => item.status === "published")!.version;

    const version = await createDraft(page);
    expect(version).toBe(previous + 1);
    expect(await seriousAccessibilityViolations(page, "editor")).toEqual([]);

    const blockCode = await inputValue(page, "Bloc", 0, /^Code/);
    const capacityCode = await inputValue(page, "Capacité", 0, /^Code/);
    const oldTitle = await inputValue(page, "Capacité", 0, /^Savoir-faire attendu/);
    const newTitle = `${oldTitle} (révisé)`;
    const capacity = page.getByRole("group", { name: `Capacité ${capacityCode}` });
    await capacity.getByRole("textbox", { name: /^Savoir-faire attendu/ }).fill(newTitle);
    await capacity.getByRole("button", { name: `Ajouter un critère à la capacité ${capacityCode}` }).click();
    const newCriterion = capacity.getByRole("group", { name: /^Critère / }).last();
    const criterionCode = await newCriterion.getByRole("textbox", { name: /^Code/ }).inputValue();
    const indicator = "Les consignes de sécurité sont rappelées à l'équipe";
    await newCriterion.getByRole("textbox", { name: /^Résultat attendu/ }).fill(indicator);
    await page.getByText("Modifications non enregistrées").waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await seriousAccessibilityViolations(page, "editor on a tablet")).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await save(page);

    await page.getByRole("link", { name: "Voir la version" }).click();
    await page.getByRole("heading", { level: 1, name: `Référentiel ${code} — version ${version}` }).waitFor();
    await page.getByRole("heading", { name: `${capacityCode} — ${newTitle}` }).waitFor();
    expect(await seriousAccessibilityViolations(page, "read view")).toEqual([]);
    await page.getByRole("button", { name: "Publier" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publier" }).click();
    await page.getByRole("button", { name: "Supprimer le brouillon" }).waitFor({ state: "detached" });
    expect((await listVersions(page)).find((item) => item.version === version)?.status).toBe("published");

    await page.getByRole("combobox", { name: "Comparer avec la version…" }).selectOption(String(previous));
    await page.getByRole("button", { name: "Comparer" }).click();
    await page
      .getByRole("heading", { level: 1, name: `Différences entre les versions ${previous} et ${version}` })
      .waitFor();
    const changed = page.getByRole("region", { name: /^Modifications/ });
    const changedEntry = changed.locator("div", { hasText: `${blockCode} › ${capacityCode}` }).last();
    await changedEntry.getByRole("cell", { name: newTitle }).waitFor();
    await changedEntry.getByRole("cell", { name: oldTitle, exact: true }).waitFor();
    const added = page.getByRole("region", { name: /^Ajouts/ });
    expect(await added.textContent()).toContain(`${blockCode} › ${capacityCode} › ${criterionCode}`);
    expect(await added.textContent()).toContain(indicator);
    expect(await seriousAccessibilityViolations(page, "diff")).toEqual([]);
    await context.close();
  });
});
