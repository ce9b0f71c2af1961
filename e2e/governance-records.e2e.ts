import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, dialogShown, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const uimmOfficer = { email: "branch.uimm@demo.example", password: "cqpi-demo" };

interface Body {
  id: number;
  code: string;
  name: string;
}

const pdf = (text: string) => ({
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`),
});

/** A table, or the cards it turns into where it does not fit. */
const rowsOf = (page: Page, caption: string) =>
  page.getByRole("table", { name: caption }).or(page.getByRole("list", { name: caption }));

/** Opens a secretariat's form from its button and waits for its dialog. */
async function openForm(page: Page, button: string | RegExp, title: string): Promise<Locator> {
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await dialogShown(page);
  return dialog;
}

async function choose(dialog: Locator, label: string, option: string | RegExp) {
  await dialog.getByRole("combobox", { name: label }).click();
  await dialog.page().getByRole("option", { name: option }).click();
}

async function bodiesByCode(page: Page): Promise<Map<string, Body>> {
  const response = await page.request.get(`${env.baseUrl}/api/bodies`);
  const { items } = (await response.json()) as { items: Body[] };
  return new Map(items.map((body) => [body.code, body]));
}

/**
 * The secretariats keep the registers from the browser: the national committee's secretariat records a
 * member, uploads minutes and a new version of them, and records a decision with its votes and the
 * minutes attached, on the Comité CQPI's page; it files a new branch's charter adhesion request, its
 * paritaire opinion and the committee's decision accepting it. A branch officer keeps their own CPNE's
 * records only: another branch's CPNE shows them no form.
 */
describe("keeping the interbranch registers in the browser", () => {
  it("records a member, documents and a decision on the committee's page", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    const committee = (await bodiesByCode(page)).get("COMITE-CQPI")!;
    await page.goto(`${env.baseUrl}/bodies/${committee.id}`);
    await page.getByRole("heading", { level: 1, name: committee.name }).waitFor();

    // A member: the form, checked at both sizes, then the new row and the announcement.
    const memberForm = await openForm(page, "Ajouter un membre", "Ajouter un membre");
    await memberForm.getByRole("button", { name: "Ajouter le membre" }).click();
    expect(await memberForm.getByText("Ce champ est obligatoire.").count()).toBe(4);
    await memberForm.getByLabel(/^Nom/).fill("Claire Delmas");
    await memberForm.getByLabel("Organisation").fill("CFDT");
    await memberForm.getByRole("radio", { name: "Collège salariés" }).check();
    await memberForm.getByLabel("Début du mandat").fill("2024-01-01");
    await memberForm.getByLabel("Fin du mandat").fill("2023-06-30");
    await memberForm.getByText("Ne peut pas précéder la date de début.").waitFor();
    await expectAccessible(page, "member form");
    await memberForm.getByLabel("Fin du mandat").fill("");
    await memberForm.getByRole("button", { name: "Ajouter le membre" }).click();
    await page.getByText("Claire Delmas est inscrit(e) parmi les membres.").waitFor();
    await rowsOf(page, `Membres de l'instance ${committee.name}`).getByText("Claire Delmas").waitFor();

    // Minutes in the library, then their second version.
    const uploadForm = await openForm(page, "Déposer un document", "Déposer un document");
    await uploadForm.getByLabel("Titre").fill("Procès-verbal du 10 février");
    await choose(uploadForm, "Nature", "Procès-verbal");
    await uploadForm.locator('input[type="file"]').setInputFiles({ name: "pv.pdf", ...pdf("v1") });
    await expectAccessible(page, "document upload form");
    await uploadForm.getByRole("button", { name: "Déposer le document" }).click();
    await page.getByText("Document « Procès-verbal du 10 février » déposé dans la bibliothèque.").waitFor();
    const library = rowsOf(page, `Documents de l'instance ${committee.name}`);
    await library.getByRole("link", { name: "Télécharger Procès-verbal du 10 février, version 1" }).waitFor();

    const versionTitle = "Nouvelle version de Procès-verbal du 10 février";
    const versionForm = await openForm(page, versionTitle, versionTitle);
    await versionForm.locator('input[type="file"]').setInputFiles({
      name: "pv.html",
      mimeType: "text/html",
      buffer: Buffer.from("<script>alert(1)</script>"),
    });
    await versionForm.getByRole("button", { name: "Déposer la version" }).click();
    // The server reads the bytes: not a file the library keeps, said beside the file.
    await versionForm.getByText(/^Ce type de fichier n'est pas accepté/).waitFor();
    await versionForm.locator('input[type="file"]').setInputFiles({ name: "pv-corrige.pdf", ...pdf("v2") });
    await expectAccessible(page, "new version form");
    await versionForm.getByRole("button", { name: "Déposer la version" }).click();
    await page.getByText("Version 2 de « Procès-verbal du 10 février » déposée.").waitFor();
    await library.getByRole("link", { name: "Télécharger Procès-verbal du 10 février, version 2" }).waitFor();

    // A decision with the votes of both colleges and the corrected minutes attached.
    const decisionForm = await openForm(page, "Enregistrer une décision", "Enregistrer une décision");
    await choose(decisionForm, "Objet de la décision", "Reconnaissance de correspondances");
    await decisionForm.getByLabel(/^Date/).fill("2026-02-10");
    await decisionForm.getByLabel("Intitulé").fill("x".repeat(301));
    const employers = decisionForm.getByRole("group", { name: "Collège employeurs" });
    const employees = decisionForm.getByRole("group", { name: "Collège salariés" });
    await employers.getByLabel("Pour").fill("5");
    await employers.getByLabel("Abstentions").fill("1");
    await employees.getByLabel("Pour").fill("4");
    await employees.getByLabel("Contre").fill("1");
    await decisionForm.getByText("Adoptée").waitFor();
    await decisionForm.getByRole("checkbox", { name: "Procès-verbal du 10 février, version 2" }).check();
    await decisionForm.getByRole("button", { name: "Enregistrer la décision" }).click();
    // The server's limit, told beside the title.
    await decisionForm.getByText("Trop long : 300 caractères au plus.").waitFor();
    expect(await decisionForm.getByLabel("Intitulé").getAttribute("aria-invalid")).toBe("true");
    await decisionForm.getByLabel("Intitulé").fill("Correspondances entre CQPI industriels");
    await expectAccessible(page, "decision form");
    await decisionForm.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page
      .getByText("Décision « Correspondances entre CQPI industriels » enregistrée au registre.")
      .waitFor();
    const register = rowsOf(page, `Registre des décisions de l'instance ${committee.name}`);
    await register.getByText("Correspondances entre CQPI industriels").waitFor();
    await register.getByText("Collège employeurs : 5 pour, 0 contre, 1 abstention(s)").first().waitFor();
    await register.getByText("Collège salariés : 4 pour, 1 contre, 0 abstention(s)").first().waitFor();
    expect(
      await register
        .getByRole("link", { name: "Télécharger Procès-verbal du 10 février, version 2" })
        .count(),
    ).toBe(1);
    await expectAccessible(page, "body page after the records");
    await context.close();
  });

  it("files a branch's adhesion request and its opinion, then the committee accepts it", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    const created = await page.request.post(`${env.baseUrl}/api/branches`, {
      headers: { Origin: env.baseUrl },
      data: {
        code: "NAUTISME",
        name: "Industries nautiques",
        federation: "Fédération des industries nautiques",
      },
    });
    expect(created.status()).toBe(201);
    await page.goto(`${env.baseUrl}/branches/NAUTISME`);
    await page.getByRole("heading", { level: 1, name: "Industries nautiques" }).waitFor();
    const history = rowsOf(page, "Demandes d'adhésion à la charte CQPI de la branche Industries nautiques");

    const requestForm = await openForm(
      page,
      "Demander l'adhésion à la charte",
      "Demander l'adhésion à la charte",
    );
    await requestForm.getByLabel("Date de la demande").fill("2026-03-02");
    await requestForm.getByLabel("Motivation").fill("Ouvrir les CQPI de maintenance aux chantiers navals.");
    await expectAccessible(page, "adhesion request form");
    await requestForm.getByRole("button", { name: "Déposer la demande" }).click();
    await page.getByText("Demande d'adhésion de la branche Industries nautiques enregistrée.").waitFor();
    await history.getByText("Demandée", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Demander l'adhésion à la charte" }).count()).toBe(0);

    const opinionForm = await openForm(
      page,
      "Enregistrer l'avis paritaire",
      "Avis paritaire sur la demande du 2 mars 2026",
    );
    await opinionForm.getByLabel("Date de l'avis").fill("2026-03-20");
    await opinionForm
      .getByRole("radiogroup", { name: "Collège employeurs" })
      .getByLabel("Favorable", { exact: true })
      .check();
    await opinionForm
      .getByRole("radiogroup", { name: "Collège salariés" })
      .getByLabel("Favorable", { exact: true })
      .check();
    await expectAccessible(page, "paritaire opinion form");
    await opinionForm.getByRole("button", { name: "Enregistrer l'avis" }).click();
    await page.getByText(/^Avis paritaire enregistré/).waitFor();
    await history.getByText("Avis rendu", { exact: true }).waitFor();

    const committee = (await bodiesByCode(page)).get("COMITE-CQPI")!;
    await page.goto(`${env.baseUrl}/bodies/${committee.id}`);
    const decisionForm = await openForm(page, "Enregistrer une décision", "Enregistrer une décision");
    await choose(decisionForm, "Objet de la décision", "Adhésion d'une branche à la charte");
    await decisionForm.getByLabel(/^Date/).fill("2026-04-07");
    await decisionForm.getByLabel("Intitulé").fill("Adhésion des industries nautiques");
    await choose(
      decisionForm,
      "Demande d'adhésion",
      /^Industries nautiques \(NAUTISME\) — demande du 2 mars 2026/,
    );
    await decisionForm.getByRole("group", { name: "Collège employeurs" }).getByLabel("Pour").fill("6");
    await decisionForm.getByRole("group", { name: "Collège salariés" }).getByLabel("Pour").fill("5");
    await decisionForm.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page.getByText("Décision « Adhésion des industries nautiques » enregistrée au registre.").waitFor();

    await page.goto(`${env.baseUrl}/branches/NAUTISME`);
    await history.getByText("Acceptée", { exact: true }).waitFor();
    await history.getByText("7 avril 2026").first().waitFor();
    expect(await page.getByRole("button", { name: "Enregistrer l'avis paritaire" }).count()).toBe(0);
    await context.close();
  });

  it("shows a branch officer the forms of their own CPNE only", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, uimmOfficer);
    const bodies = await bodiesByCode(page);
    const forms = [
      "Ajouter un membre",
      "Enregistrer une décision",
      "Déposer un document",
      /^Nouvelle version/,
    ];
    const formCount = async () => {
      let count = 0;
      for (const name of forms) count += await page.getByRole("button", { name }).count();
      return count;
    };
    const openBody = async (body: Body) => {
      await page.goto(`${env.baseUrl}/bodies/${body.id}`);
      await page.getByRole("heading", { level: 1, name: body.name }).waitFor();
      await rowsOf(page, `Membres de l'instance ${body.name}`).getByText("En fonction").first().waitFor();
      await rowsOf(page, `Documents de l'instance ${body.name}`)
        .getByRole("link")
        .first()
        .or(page.getByText("Aucun document."))
        .waitFor();
    };

    await openBody(bodies.get("CPNE-UIMM")!);
    expect(await formCount()).toBe(3);
    await openBody(bodies.get("CPNE-LEEM")!);
    expect(await formCount()).toBe(0);
    await openBody(bodies.get("COMITE-CQPI")!);
    expect(await formCount()).toBe(0);
    await context.close();
  });
});
