import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const officer = { email: "branch.uimm@demo.example", password: "cqpi-demo" };

describe("correcting a candidate's record", () => {
  it("lets a branch officer correct a demo candidate's family name and employer from the pathway page", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, officer);
    const registered = await (
      await page.request.get(`${env.baseUrl}/api/pathways?status=registered&qualificationCode=CEI`)
    ).json();
    const pathway = registered.items.find(
      (item: { candidate: { displayName: string } }) => item.candidate.displayName === "Mickaël FONTAINE",
    );

    await page.goto(`${env.baseUrl}/pathways/${pathway.id}`);
    await page.getByRole("heading", { level: 1, name: "Mickaël FONTAINE — CQPI CEI" }).waitFor();
    // No evaluator yet: the page says positioning cannot start, and its button cannot be pressed.
    const start = page.getByRole("button", { name: "Démarrer le positionnement" });
    await page.getByText("Désignez d'abord un évaluateur habilité pour ce parcours.").waitFor();
    expect(await start.isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page, "pathway page with a move not possible yet")).toEqual(
      [],
    );

    await page.getByRole("link", { name: "Corriger la fiche du candidat" }).click();
    await page.getByRole("heading", { level: 1, name: "Corriger la fiche de Mickaël FONTAINE" }).waitFor();
    const form = page.getByRole("form", { name: "Fiche du candidat" });
    expect(await form.getByLabel(/^Nom de naissance/).inputValue()).toBe("Fontaine");
    await form.getByLabel(/^Nom de naissance/).fill("Fontaine-Bérard");
    await form.getByLabel("Téléphone").fill("pas un numéro");
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await form.getByText("Un numéro de téléphone, par exemple 06 12 34 56 78.").waitFor();
    expect(await seriousAccessibilityViolations(page, "candidate record with a problem")).toEqual([]);

    await form.getByLabel("Téléphone").fill("06 12 34 56 78");
    await form.getByRole("radio", { name: "Salarié" }).check();
    await form.getByRole("button", { name: "Nouvelle entreprise" }).click();
    const dialog = page.getByRole("dialog", { name: "Nouvelle entreprise" });
    await dialog.getByLabel(/^Raison sociale/).fill("Chaudronnerie Émeraude");
    await dialog.getByLabel(/^SIRET/).fill("832 145 676 00017");
    await dialog.getByRole("button", { name: "Enregistrer l'entreprise" }).click();
    await dialog.waitFor({ state: "hidden" });
    // The picker names the company just created, not its number.
    const company = form.getByRole("combobox", { name: "Entreprise", exact: true });
    expect(await company.inputValue()).toBe("Chaudronnerie Émeraude — 83214567600017");

    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await seriousAccessibilityViolations(page, "candidate record on a tablet")).toEqual([]);
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();

    await page.getByRole("heading", { level: 1, name: "Mickaël FONTAINE-BÉRARD — CQPI CEI" }).waitFor();
    await page.getByText("Chaudronnerie Émeraude", { exact: true }).waitFor();
    const saved = await (
      await page.request.get(`${env.baseUrl}/api/candidates/${pathway.candidate.id}`)
    ).json();
    expect(saved).toMatchObject({
      birthName: "Fontaine-Bérard",
      phone: "06 12 34 56 78",
      employmentStatus: "employee",
      companyName: "Chaudronnerie Émeraude",
    });
    await context.close();
  });

  it("offers in the accreditation form only the CQPIs the chosen branch operates", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, officer);
    const uimm = await (await page.request.get(`${env.baseUrl}/api/branches/UIMM`)).json();
    const operated = uimm.qualifications.map((item: { code: string }) => item.code).sort();

    await page.goto(`${env.baseUrl}/accreditations`);
    await page.getByRole("button", { name: "Habiliter un évaluateur" }).click();
    await page
      .getByRole("dialog", { name: "Habiliter un évaluateur" })
      .getByRole("combobox", { name: "CQPI", exact: true })
      .click();
    const options = page.getByRole("option");
    await options.first().waitFor();
    const offered = (await options.allTextContents()).map((label) => label.split(" — ")[0]).sort();
    expect(offered).toEqual(operated);
    expect(offered).not.toContain("VCAD");
    await context.close();
  });
});
