import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, dialogShown, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const officer = { email: "branch.uimm@demo.example", password: "cqpi-demo" };
const external = { code: "CQP-CAOUT-OP", title: "CQP Opérateur régleur en caoutchouc (essai)" };

type Version = { blocks: { code: string }[] };

/** Opens a select of the form and picks the option whose label starts with `label`. */
async function choose(page: Page, select: Locator, label: string) {
  await select.click();
  await page
    .getByRole("option", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
    .first()
    .click();
}

/** Fills one end of the correspondence form: the certification, then its item (a CQPI's latest version is preset). */
async function chooseEnd(
  page: Page,
  dialog: Locator,
  side: "De" | "Vers",
  certification: string,
  item: string,
) {
  const end = dialog.getByRole("group", { name: side, exact: true });
  await choose(page, end.getByRole("combobox", { name: "Certification" }), `${certification} — `);
  const itemSelect = end.getByRole("combobox", { name: /^(Bloc ou capacité|Bloc)$/ });
  await expect.poll(() => itemSelect.isEnabled()).toBe(true);
  await choose(page, itemSelect, `Bloc ${item} — `);
}

async function recordCorrespondence(
  page: Page,
  link: { from: [string, string]; to: [string, string]; kind: string },
  checkAccessible = false,
) {
  await page.getByRole("button", { name: "Enregistrer une correspondance" }).click();
  const dialog = page.getByRole("dialog", { name: "Enregistrer une correspondance" });
  await dialogShown(page);
  await chooseEnd(page, dialog, "De", ...link.from);
  await chooseEnd(page, dialog, "Vers", ...link.to);
  await dialog.getByRole("radio", { name: link.kind }).check();
  await choose(
    page,
    dialog.getByRole("combobox", { name: "Décision qui la reconnaît" }),
    "Reconnaissance des correspondances du CQPI CEI",
  );
  if (checkAccessible) await expectAccessible(page, "correspondence form, filled in");
  await dialog.getByRole("button", { name: "Enregistrer la correspondance" }).click();
  await dialog.waitFor({ state: "detached" });
}

/**
 * The national committee's secretariat enters, from the correspondence page, a branch's own CQP with its
 * blocs and then the correspondences a body recognised: one from a demo CQPI's bloc to that CQP (in the
 * list, not on the map of CQPIs), one between two CQPIs (its cell of the map counts it). A branch officer
 * sees neither form.
 */
describe("recording correspondences in the browser", () => {
  it("adds an external certification and correspondences, which the list and the map then show", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    const blocOf = async (code: string) => {
      const response = await page.request.get(`${env.baseUrl}/api/qualifications/${code}/versions/1`);
      return ((await response.json()) as Version).blocks[0]!.code;
    };
    const [ceiBloc, tmiBloc] = [await blocOf("CEI"), await blocOf("TMI")];

    await page.goto(`${env.baseUrl}/correspondences`);
    await page.getByRole("heading", { level: 1, name: "Correspondances entre certifications" }).waitFor();
    const map = page.getByRole("table", { name: /^Nombre de correspondances totales et partielles/ });
    await map.waitFor();
    const ceiTmi = map.getByRole("button", { name: /correspondance\(s\) entre CEI et TMI/ });
    expect(await ceiTmi.count(), "the demo has no correspondence between CEI and TMI").toBe(0);

    // The external certification: a code a CQPI already has is refused beside the field, in French.
    await page.getByRole("button", { name: "Ajouter une certification externe" }).click();
    const form = page.getByRole("dialog", { name: "Ajouter une certification externe" });
    await dialogShown(page);
    await expectAccessible(page, "external certification form");
    await form.getByRole("textbox", { name: "Code", exact: true }).fill("CEI");
    await form.getByRole("textbox", { name: "Intitulé", exact: true }).fill(external.title);
    await choose(page, form.getByRole("combobox", { name: "Branche" }), "Caoutchouc (SNCP)");
    await form.getByRole("textbox", { name: "Code RNCP" }).fill("RNCP12345");
    await form.getByRole("textbox", { name: "Code du bloc 1" }).fill("BC1");
    await form.getByRole("textbox", { name: "Intitulé du bloc 1" }).fill("Régler une presse à injecter");
    await form.getByRole("button", { name: "Ajouter un bloc" }).click();
    await form.getByRole("textbox", { name: "Code du bloc 2" }).fill("BC1");
    await form.getByRole("textbox", { name: "Intitulé du bloc 2" }).fill("Contrôler les pièces moulées");
    await form.getByRole("button", { name: "Ajouter la certification" }).click();
    await form.getByText("Le code BC1 est déjà utilisé.").waitFor();
    await form.getByRole("textbox", { name: "Code du bloc 2" }).fill("BC2");
    await form.getByRole("button", { name: "Ajouter la certification" }).click();
    await form.getByText("Déjà utilisé.").waitFor();
    expect(await form.getByRole("textbox", { name: "Code", exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await expectAccessible(page, "external certification form with its errors");
    await form.getByRole("textbox", { name: "Code", exact: true }).fill(external.code);
    await form.getByRole("button", { name: "Ajouter la certification" }).click();
    await form.waitFor({ state: "detached" });
    await page
      .getByRole("status")
      .getByText(`Certification externe ${external.code} ajoutée`, { exact: false })
      .waitFor();

    // A demo CQPI's bloc to the new CQP's bloc: in the list; the map of CQPIs does not show external ones.
    await recordCorrespondence(
      page,
      { from: ["CEI", ceiBloc], to: [external.code, "BC2"], kind: "Totale" },
      true,
    );
    await page
      .getByRole("status")
      .getByText(`Correspondance enregistrée : CEI v1 · ${ceiBloc} → ${external.code} · BC2 (Totale).`)
      .waitFor();
    const list = page
      .getByRole("table", { name: "Correspondances reconnues" })
      .or(page.getByRole("list", { name: "Correspondances reconnues" }));
    await list.getByText(`${external.code} · BC2`).waitFor();
    expect(await map.getByRole("columnheader").count()).toBe(9);

    // Between two CQPIs: the pair's cell of the map now counts it.
    await recordCorrespondence(page, { from: ["CEI", ceiBloc], to: ["TMI", tmiBloc], kind: "Partielle" });
    const cell = map.getByRole("button", {
      name: "1 correspondance(s) entre CEI et TMI : 0 totale(s), 1 partielle(s)",
    });
    await cell.waitFor();
    expect(await cell.textContent()).toBe("1");
    await list.getByText(`TMI v1 · ${tmiBloc}`).waitFor();

    // Recording the same pair again is refused, in French, in the form.
    await page.getByRole("button", { name: "Enregistrer une correspondance" }).click();
    const again = page.getByRole("dialog", { name: "Enregistrer une correspondance" });
    await dialogShown(page);
    await chooseEnd(page, again, "De", "TMI", tmiBloc);
    await chooseEnd(page, again, "Vers", "CEI", ceiBloc);
    await again.getByRole("radio", { name: "Apparentée" }).check();
    await choose(page, again.getByRole("combobox", { name: "Décision qui la reconnaît" }), "Reconnaissance");
    await again.getByRole("button", { name: "Enregistrer la correspondance" }).click();
    await again.getByText("Cette correspondance est déjà enregistrée.").waitFor();
    await context.close();
  });

  it("shows a branch officer the correspondences without the forms", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, officer);
    await page.goto(`${env.baseUrl}/correspondences`);
    await page.getByRole("table", { name: /^Nombre de correspondances totales et partielles/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Liste des correspondances" }).waitFor();
    expect(await page.getByRole("button", { name: "Enregistrer une correspondance" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Ajouter une certification externe" }).count()).toBe(0);
    await context.close();
  });
});
