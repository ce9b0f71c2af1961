import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

const desktop = { width: 1280, height: 900 };
const tablet = { width: 768, height: 1024 };

/** Checks axe at desktop size and on a tablet held upright. */
async function expectAccessibleAtBothSizes(page: Page, name: string) {
  await page.setViewportSize(desktop);
  expect(await seriousAccessibilityViolations(page, `${name} (desktop)`)).toEqual([]);
  await page.setViewportSize(tablet);
  expect(await seriousAccessibilityViolations(page, `${name} (768×1024)`)).toEqual([]);
  await page.setViewportSize(desktop);
}

/** As the admin, opens the outbox on the latest message to `email` and returns the link it carries. */
async function linkInOutbox(page: Page, email: string, subject: RegExp): Promise<string> {
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Messages envoyés" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Messages envoyés" }).waitFor();
  await page.getByLabel("Destinataire (adresse complète)").fill(email);
  const row = page.getByRole("row").filter({ hasText: subject }).first();
  await row.waitFor();
  await row.getByRole("button", { name: /^Afficher le détail/ }).click();
  const link = page.getByRole("link", { name: /\/password\/set#token=/ }).first();
  await link.waitFor();
  await page.mouse.move(0, 0);
  await expectAccessibleAtBothSizes(page, "outbox with a message open");
  const href = new URL((await link.getAttribute("href")) ?? "");
  return `${env.baseUrl}${href.pathname}${href.hash}`;
}

describe("accounts without a password passed by hand", () => {
  it("shows the candidate only what they may do: no withdrawal button, search, status tabs or API tokens", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, { email: "candidate@demo.example", password: "cqpi-demo" });
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    expect(await nav.getByRole("link", { name: "Mes jetons d'API" }).count()).toBe(0);
    await page.goto(`${env.baseUrl}/pathways`);
    await page.getByRole("table").first().waitFor();
    expect(await page.getByLabel("Rechercher un candidat").count()).toBe(0);
    expect(await page.getByRole("tablist").count()).toBe(0);
    await expectAccessibleAtBothSizes(page, "the candidate's pathways");
    const pathways = (await (await page.request.get(`${env.baseUrl}/api/pathways`)).json()).items;
    await page.goto(`${env.baseUrl}/pathways/${pathways[0].id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText("Bilan de positionnement").first().waitFor();
    expect(await page.getByRole("button", { name: "Enregistrer un abandon" }).count()).toBe(0);
    await expectAccessibleAtBothSizes(page, "the candidate's pathway");
    await page.goto(`${env.baseUrl}/account/tokens`);
    await page.getByRole("heading", { level: 1, name: "Accès refusé" }).waitFor();
    await context.close();
  });

  it("lets a candidate who forgot their password set a new one from the e-mail the admin sees in the outbox", async () => {
    const visitor = await env.browser.newContext({ viewport: desktop });
    const page = await visitor.newPage();
    await page.goto(`${env.baseUrl}/login`);
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.getByRole("heading", { level: 1, name: "Mot de passe oublié" }).waitFor();
    await expectAccessibleAtBothSizes(page, "forgotten password");
    await page.getByLabel("Adresse e-mail").fill("candidate@demo.example");
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await page.getByText(/^Si un compte actif utilise l'adresse candidate@demo\.example/).waitFor();

    const adminContext = await env.browser.newContext({ viewport: desktop });
    const admin = await adminContext.newPage();
    await logIn(admin, env.baseUrl);
    const link = await linkInOutbox(
      admin,
      "candidate@demo.example",
      /Réinitialisation de votre mot de passe/,
    );

    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Choisir mon mot de passe" }).waitFor();
    await expectAccessibleAtBothSizes(page, "set password from a link");
    await page.getByLabel(/^Nouveau mot de passe/).fill("mon nouveau secret");
    await page.getByLabel(/^Confirmer le mot de passe/).fill("mon nouveau secret");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByText("Votre mot de passe est enregistré : connectez-vous avec lui.").waitFor();
    await logIn(page, env.baseUrl, { email: "candidate@demo.example", password: "mon nouveau secret" });

    // The link served once: opened again, it says so.
    await visitor.clearCookies();
    await page.goto(link);
    await page.getByLabel(/^Nouveau mot de passe/).fill("encore un autre secret");
    await page.getByLabel(/^Confirmer le mot de passe/).fill("encore un autre secret");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByText(/^Ce lien a déjà servi/).waitFor();
    await visitor.close();
    await adminContext.close();
  });

  it("lets the admin invite a new evaluator, who chooses their password from the invitation", async () => {
    const adminContext = await env.browser.newContext({ viewport: desktop });
    const admin = await adminContext.newPage();
    await logIn(admin, env.baseUrl);
    await admin.goto(`${env.baseUrl}/admin/users`);
    await admin.getByRole("button", { name: "Créer un utilisateur" }).click();
    const dialog = admin.getByRole("dialog", { name: "Créer un utilisateur" });
    await dialog.getByLabel(/^Adresse e-mail/).fill("nouvelle.evaluatrice@demo.example");
    await dialog.getByLabel(/^Nom affiché/).fill("Nadège Nouvelle");
    await dialog.getByRole("combobox", { name: /^Rôle/ }).click();
    await admin.getByRole("option", { name: "Évaluateur" }).click();
    expect(await dialog.getByLabel(/^Mot de passe/).count()).toBe(0);
    await dialog.getByRole("button", { name: "Créer" }).click();
    await admin
      .getByText(
        "Le compte de Nadège Nouvelle a été créé et une invitation envoyée à nouvelle.evaluatrice@demo.example.",
      )
      .waitFor();
    const link = await linkInOutbox(
      admin,
      "nouvelle.evaluatrice@demo.example",
      /Votre compte sur la plateforme/,
    );

    const invited = await (await env.browser.newContext({ viewport: desktop })).newPage();
    await invited.goto(link);
    await invited.getByLabel(/^Nouveau mot de passe/).fill("mon premier secret");
    await invited.getByLabel(/^Confirmer le mot de passe/).fill("mon premier secret");
    await invited.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await logIn(invited, env.baseUrl, {
      email: "nouvelle.evaluatrice@demo.example",
      password: "mon premier secret",
    });
    await invited.context().close();
    await adminContext.close();
  });
});
