import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  demoAdmin,
  dialogShown,
  logIn,
  seriousAccessibilityViolations,
  setUpBrowserTests,
} from "./support.ts";

const env = setUpBrowserTests();
const demoCandidate = { email: "candidate@demo.example", password: demoAdmin.password };
const demoEvaluator = { email: "evaluator@demo.example", password: demoAdmin.password };
const desktop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };

async function call<Result>(request: APIRequestContext, path: string) {
  const response = await request.fetch(`${env.baseUrl}${path}`);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()} ${await response.text()}`);
  return (await response.json()) as Result;
}

interface Booklet {
  id: number;
  pathwayId: number;
  capacities: { code: string; title: string }[];
  entries: { capacityCode: string; text: string }[];
  evidence: { fileName: string }[];
  judgements: { capacityCode: string; judgement: string; comment: string }[];
  submittedAt: string | null;
}

/** The demo candidate's booklet (half written by the demo), as whoever `request` is signed in as. */
async function demoBooklet(request: APIRequestContext): Promise<Booklet> {
  const pathways = await call<{ items: { id: number; candidate: { displayName: string } }[] }>(
    request,
    "/api/pathways?stage=waiting&limit=200",
  );
  const pathway = pathways.items.find((item) => item.candidate.displayName === "Julien LEFÈVRE")!;
  const assessments = await call<{ items: (Booklet & { method: string; status: string })[] }>(
    request,
    `/api/pathways/${pathway.id}/assessments`,
  );
  return assessments.items.find((item) => item.method === "booklet" && item.status === "open")!;
}

const descriptionOf = (page: Page, code: string) =>
  page.getByRole("textbox", { name: `Description de vos activités (${code})` });
const judgementOf = (page: Page, capacity: { code: string; title: string }) =>
  page.getByRole("radiogroup", { name: `${capacity.code} — ${capacity.title}` });
const bookletHeading = (page: Page) =>
  page.getByRole("heading", { level: 1, name: /^Livret d'activité — Julien LEFÈVRE/ });

/** Whether every description of the booklet is shown read-only (nobody may type into it). */
async function descriptionsAreReadOnly(page: Page, booklet: Booklet) {
  for (const capacity of booklet.capacities)
    if ((await descriptionOf(page, capacity.code).getAttribute("readonly")) === null) return false;
  return true;
}

describe("the livret d'activité", () => {
  it("is finished by the candidate, who attaches then deletes a file and submits it", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, demoCandidate);
    const booklet = await demoBooklet(page.request);
    const written = new Set(booklet.entries.map((entry) => entry.capacityCode));
    const toWrite = booklet.capacities.filter((capacity) => !written.has(capacity.code));
    // The demo's booklet is half written: the candidate has the other half to describe.
    expect(written.size).toBe(Math.ceil(booklet.capacities.length / 2));
    expect(toWrite.length).toBeGreaterThan(0);

    await page.getByRole("link", { name: /^Conducteur d'Équipements Industriels — Positionnement/ }).click();
    await page.locator(`a[href="/assessments/${booklet.id}"]`).click();
    await bookletHeading(page).waitFor();
    for (const capacity of toWrite)
      await descriptionOf(page, capacity.code).fill(
        `Au poste ${capacity.code}, je prépare, je contrôle et je consigne ce que j'ai fait pendant l'équipe.`,
      );
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Enregistré", { exact: true }).waitFor();
    // The evaluator's judgement is not the candidate's to give: nothing of it is offered.
    expect(await page.getByRole("radiogroup").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Enregistrer l'appréciation" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Clôturer" }).count()).toBe(0);

    // A file attached by mistake, then deleted.
    await page.locator('input[type="file"]').setInputFiles({
      name: "fiche-de-reglage.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n% fiche de réglage\n"),
    });
    await page.getByRole("button", { name: "Joindre le fichier" }).click();
    await page.getByText("Fichier joint.").waitFor();
    const deleteButton = page.getByRole("button", { name: "Supprimer fiche-de-reglage.pdf" });
    await deleteButton.waitFor();
    expect(await seriousAccessibilityViolations(page, "booklet being written, desktop")).toEqual([]);
    await deleteButton.click();
    const dialog = page.getByRole("dialog", { name: "Supprimer la pièce fiche-de-reglage.pdf" });
    await dialog.waitFor();
    await dialogShown(page);
    expect(await seriousAccessibilityViolations(page, "evidence deletion dialog")).toEqual([]);
    await dialog.getByRole("button", { name: "Supprimer", exact: true }).click();
    await page.getByText("Fichier supprimé.").waitFor();
    await deleteButton.waitFor({ state: "detached" });
    expect((await demoBooklet(page.request)).evidence).toEqual([]);

    await page.setViewportSize(tablet);
    await page.getByText("Aucune pièce jointe.").waitFor();
    expect(await seriousAccessibilityViolations(page, "booklet being written, tablet")).toEqual([]);

    await page.getByRole("button", { name: "Remettre le livret à l'évaluateur" }).click();
    await page
      .getByRole("dialog", { name: "Remettre le livret à l'évaluateur" })
      .getByRole("button", { name: "Remettre le livret à l'évaluateur" })
      .click();
    await page.getByText("Livret remis à l'évaluateur : il ne peut plus être modifié.").waitFor();
    expect(await descriptionsAreReadOnly(page, booklet)).toBe(true);
    expect(await page.getByRole("button", { name: "Joindre le fichier" }).count()).toBe(0);
    const submitted = await demoBooklet(page.request);
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.entries).toHaveLength(booklet.capacities.length);
    await context.close();
  });

  it("waits first in the evaluator's worklist, who reads it and judges each capacity", async () => {
    const context = await env.browser.newContext({ viewport: tablet, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, demoEvaluator);
    await page.getByRole("link", { name: /^Ouvrir « Mes évaluations »/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mes évaluations" }).waitFor();
    await page.getByRole("tab", { name: /^À traiter/, selected: true }).waitFor();
    const worklist = page
      .getByRole("table", { name: "Mes évaluations" })
      .or(page.getByRole("list", { name: "Mes évaluations" }));
    const candidateLink = worklist.getByRole("link", { name: "Julien LEFÈVRE" });
    await candidateLink.waitFor();
    // The worklist says why its rows come in this order: the booklet under way puts this one first.
    await page.getByText("D'abord les parcours dont une évaluation est en cours", { exact: false }).waitFor();
    await worklist
      .getByRole("row")
      .or(worklist.getByRole("listitem"))
      .filter({ hasText: "Julien LEFÈVRE" })
      .getByText("Évaluation en cours")
      .waitFor();
    expect(await seriousAccessibilityViolations(page, "evaluator's worklist, tablet")).toEqual([]);
    // Finished and withdrawn pathways are apart, in a tab of their own.
    await page.getByRole("tab", { name: /^Terminés et abandonnés/ }).click();
    await page.getByRole("tab", { name: /^Terminés et abandonnés/, selected: true }).waitFor();
    await candidateLink.waitFor({ state: "detached" });
    await page.setViewportSize(desktop);
    expect(await seriousAccessibilityViolations(page, "evaluator's finished pathways, desktop")).toEqual([]);
    await page.getByRole("tab", { name: /^À traiter/ }).click();

    await candidateLink.click();
    const booklet = await demoBooklet(page.request);
    await page.locator(`a[href="/assessments/${booklet.id}"]`).click();
    await bookletHeading(page).waitFor();
    await page.getByText("Le candidat a remis son livret", { exact: false }).waitFor();
    // The candidate's words are read, never rewritten.
    expect(await descriptionsAreReadOnly(page, booklet)).toBe(true);
    expect(await page.getByRole("button", { name: "Remettre le livret à l'évaluateur" }).count()).toBe(0);

    const [first, ...others] = booklet.capacities as [Booklet["capacities"][0], ...Booklet["capacities"]];
    await judgementOf(page, first).getByRole("radio", { name: "Partiellement" }).check();
    await page.getByRole("textbox", { name: `Commentaire sur ${first.code}` }).fill("Réglages à consolider.");
    for (const capacity of others)
      await judgementOf(page, capacity).getByRole("radio", { name: "Acquis", exact: true }).check();
    expect(await seriousAccessibilityViolations(page, "booklet judged, desktop")).toEqual([]);
    await page.setViewportSize(tablet);
    expect(await seriousAccessibilityViolations(page, "booklet judged, tablet")).toEqual([]);
    await page.getByRole("button", { name: "Enregistrer l'appréciation" }).click();
    await expect
      .poll(async () => (await demoBooklet(page.request)).judgements.length)
      .toBe(booklet.capacities.length);
    const judged = await demoBooklet(page.request);
    expect(judged.judgements.find((j) => j.capacityCode === first.code)).toMatchObject({
      judgement: "partially",
      comment: "Réglages à consolider.",
    });
    // The descriptions are as the candidate wrote them.
    expect(judged.entries).toEqual(booklet.entries);
    await context.close();

    // The candidate reads the judgement and cannot change it.
    const candidateContext = await env.browser.newContext({ viewport: desktop });
    const candidatePage = await candidateContext.newPage();
    await logIn(candidatePage, env.baseUrl, demoCandidate);
    await candidatePage.goto(`${env.baseUrl}/assessments/${booklet.id}`);
    await bookletHeading(candidatePage).waitFor();
    await candidatePage.getByRole("heading", { name: "Appréciation de l'évaluateur" }).waitFor();
    await candidatePage.getByText("Réglages à consolider.").waitFor();
    expect(await candidatePage.getByRole("radiogroup").count()).toBe(0);
    expect(await candidatePage.getByRole("button", { name: "Enregistrer l'appréciation" }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(candidatePage, "judged booklet, candidate")).toEqual([]);
    await candidateContext.close();
  });
});
