import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

describe("registering a candidate", () => {
  it("lets a branch officer record a new job seeker, correct a bad INSEE code and register their pathway", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, { email: "branch.uimm@demo.example", password: "cqpi-demo" });

    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Inscrire un candidat" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Inscrire un candidat" }).waitFor();
    await page.getByText("Nouveau candidat", { exact: true }).click();

    const form = page.getByRole("form", { name: "Nouveau candidat" });
    await form.getByLabel(/^Nom de naissance/).fill("Navarro");
    await form.getByLabel(/^Prénoms/).fill("Inès, Maria");
    await form.getByLabel(/^Date de naissance/).fill("1992-06-14");
    await form.getByRole("radio", { name: "Féminin" }).check();
    await form.getByLabel(/^Code INSEE de la commune de naissance/).fill("123");
    await form.getByLabel("Commune de naissance", { exact: true }).fill("Bordeaux");
    await form.getByRole("radio", { name: "Demandeur d'emploi" }).check();
    await form.getByRole("button", { name: "Enregistrer le candidat" }).click();
    await form.getByText(/^Un code INSEE de commune/).waitFor();
    expect(await seriousAccessibilityViolations(page, "registration form with a problem")).toEqual([]);

    await form.getByLabel(/^Code INSEE de la commune de naissance/).fill("33063");
    await form.getByRole("button", { name: "Enregistrer le candidat" }).click();
    await page
      .getByText("Fiche candidat enregistrée : Inès NAVARRO, choisi(e) pour l'inscription.")
      .waitFor();

    await page.getByRole("combobox", { name: "CQPI", exact: true }).click();
    await page.getByRole("option", { name: /^CEI — Conducteur d'Équipements Industriels/ }).click();
    await page.getByRole("radio", { name: "Parcours mixte" }).check();
    await page.getByRole("button", { name: "Inscrire le candidat" }).click();

    await page.getByRole("heading", { level: 1, name: "Inès NAVARRO — CQPI CEI" }).waitFor();
    await page.getByText("Inscrit", { exact: true }).first().waitFor();
    const pathwayId = Number(new URL(page.url()).pathname.split("/").at(-1));
    const pathway = await (await page.request.get(`${env.baseUrl}/api/pathways/${pathwayId}`)).json();
    expect(pathway).toMatchObject({
      status: "registered",
      route: "mixed",
      branchCode: "UIMM",
      qualificationCode: "CEI",
      candidate: { displayName: "Inès NAVARRO", companyId: null },
    });
    await context.close();
  });
});
