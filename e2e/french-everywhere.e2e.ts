import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "tablet", width: 768, height: 1024 },
];

/** Picks `option` in the searchable select labelled `label`, by typing part of its words. */
async function choose(page: Page, label: string, typed: string, option: string) {
  const select = page.getByRole("combobox", { name: label, exact: true });
  await select.click();
  await select.fill(typed);
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("the audit log in French", () => {
  it("filters by an action and a kind of record chosen from lists, and shows them in words", async () => {
    for (const viewport of viewports) {
      const context = await env.browser.newContext({ viewport });
      const page = await context.newPage();
      await logIn(page, env.baseUrl);
      await page.goto(`${env.baseUrl}/admin/audit`);
      await page.getByRole("heading", { level: 1, name: "Journal d'audit" }).waitFor();

      await choose(page, "Action", "connex", "Connexion");
      await choose(page, "Type d'objet", "comp", "Compte");
      await page.getByRole("button", { name: "Filtrer" }).click();
      await page.waitForURL(/action=user\.login/);
      expect(new URL(page.url()).searchParams.get("entityType")).toBe("user");

      const log = page
        .getByRole("table", { name: "Événements du journal d'audit" })
        .or(page.getByRole("list", { name: "Événements du journal d'audit" }));
      await log.getByText("Connexion", { exact: true }).first().waitFor();
      const shown = (await log.textContent()) ?? "";
      expect(shown).toContain("Compte");
      expect(shown).not.toContain("user.login");

      expect(await seriousAccessibilityViolations(page, `audit log (${viewport.name})`)).toEqual([]);
      await context.close();
    }
  });
});

interface VersionSummary {
  version: number;
  status: "draft" | "published" | "superseded";
}

/** The CQPI's draft, created from its latest version when it has none (as the admin of `page`). */
async function draftOf(page: Page, code: string): Promise<number> {
  const url = `${env.baseUrl}/api/qualifications/${code}/versions`;
  const versions = ((await (await page.request.get(url)).json()) as { items: VersionSummary[] }).items;
  const draft = versions.find((item) => item.status === "draft");
  if (draft) return draft.version;
  const created = await page.request.post(url, { headers: { origin: env.baseUrl } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as VersionSummary).version;
}

describe("a grid import refused in French", () => {
  it("names the row and the column as the grid heads them, and says what is wrong in French", async () => {
    const grid = [
      "Code du bloc;Bloc de compétences;Code RNCP du bloc;Code de la capacité;Capacité professionnelle;" +
        "Conditions de réalisation;Méthodes d'évaluation;Code du résultat attendu;Résultat attendu;Coefficient",
      "B1;Conduire l'équipement;;C1;Préparer l'équipement;;observation en situation de travail|danse;C1.1;Réglages vérifiés;deux",
    ].join("\r\n");
    for (const viewport of viewports) {
      const context = await env.browser.newContext({ viewport });
      const page = await context.newPage();
      await logIn(page, env.baseUrl);
      const version = await draftOf(page, "CEI");
      await page.goto(`${env.baseUrl}/qualifications/CEI/versions/${version}`);
      await page.getByRole("heading", { level: 2, name: "Importer une grille d'évaluation" }).waitFor();

      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "grille.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${grid}`) });
      await page.getByRole("button", { name: "Importer la grille" }).click();
      await page.getByText("Le fichier n'a pas été importé").waitFor();
      const problems = await page.getByText(/^Ligne 2, colonne/).allInnerTexts();
      expect(problems.join("\n")).toContain("Ligne 2, colonne « Méthodes d'évaluation »");
      expect(problems.join("\n")).toContain("Ligne 2, colonne « Coefficient »");
      const section = await page
        .getByRole("region", { name: "Importer une grille d'évaluation" })
        .textContent();
      expect(section ?? "").toContain("Méthode inconnue « danse »");
      expect(section).toContain("Doit être un nombre, pas « deux ».");
      expect(section).not.toContain("capacity_methods");

      expect(await seriousAccessibilityViolations(page, `grid import refused (${viewport.name})`)).toEqual(
        [],
      );
      await context.close();
    }
  });
});
