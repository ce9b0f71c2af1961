import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readPdfQrCode } from "../src/test/read-pdf-qr-code.ts";
import { desktop, dialogShown, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

interface Certificate {
  number: string;
  pathwayId: number;
  holder: { givenNames: string; familyName: string };
}

async function fetchOk(request: APIRequestContext, path: string) {
  const response = await request.get(`${env.baseUrl}${path}`);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()} ${await response.text()}`);
  return response;
}

/** The verdict the page announces (its headline), once it is shown. */
async function verdictOf(page: Page) {
  const alert = page.locator("[data-verdict]");
  await alert.waitFor();
  return alert.getAttribute("data-verdict");
}

/**
 * A certificate the demo's jury awarded, from its PDF to its public page: the QR code opens the page
 * without an account, which says valid; revoked from the secretariat's list with a reason, the same page
 * says revoked, with the date and the reason; a credential JSON altered by one word is "altérée".
 */
describe("certificates in the browser", () => {
  it("verifies a certificate by its QR code, then as revoked, and refuses an altered credential", async () => {
    const adminContext = await env.browser.newContext({ viewport: desktop, acceptDownloads: true });
    const admin = await adminContext.newPage();
    await logIn(admin, env.baseUrl);
    const list = await (await fetchOk(admin.request, "/api/certificates?status=valid&limit=1")).json();
    const certificate = list.items[0] as Certificate;
    expect(certificate, "the demo issues its juries' awards").toBeDefined();
    const pdf = await (
      await fetchOk(admin.request, `/api/certificates/${certificate.number}/certificate.pdf`)
    ).body();
    const credential = await (
      await fetchOk(admin.request, `/api/certificates/${certificate.number}/credential`)
    ).json();

    // The QR code, read off the PDF as a phone would, opens the public page: no account needed.
    const scanned = new URL((await readPdfQrCode(pdf))!);
    expect(scanned.pathname).toBe(`/verification/${certificate.number}`);
    expect(scanned.searchParams.get("jeton")).toBeTruthy();
    const visitor = await (await env.browser.newContext({ viewport: desktop })).newPage();
    await visitor.goto(`${env.baseUrl}${scanned.pathname}${scanned.search}`);
    expect(await verdictOf(visitor)).toBe("valid");
    await visitor.getByText("Certificat valide").waitFor();
    const holderName = `${certificate.holder.givenNames} ${certificate.holder.familyName}`;
    await visitor.getByText(holderName).waitFor();
    await expectAccessible(visitor, "public certificate page");

    // Without the token, the holder is named only to whoever types their family name.
    await visitor.goto(`${env.baseUrl}/verification`);
    await visitor.getByLabel("Numéro du certificat").fill(certificate.number);
    await expectAccessible(visitor, "verification form");
    await visitor.getByRole("button", { name: "Vérifier", exact: true }).click();
    expect(await verdictOf(visitor)).toBe("valid");
    expect(await visitor.getByText(holderName).count()).toBe(0);
    await visitor.getByLabel("Nom de famille du titulaire").fill(certificate.holder.familyName.toUpperCase());
    await visitor.getByRole("button", { name: "Afficher le titulaire" }).click();
    await visitor.getByText(holderName).waitFor();

    // The pathway's page offers the PDF and the signed credential.
    await admin.goto(`${env.baseUrl}/pathways/${certificate.pathwayId}`);
    await admin.getByRole("heading", { level: 2, name: "Certificat délivré" }).waitFor();
    const pdfLink = admin.getByRole("link", {
      name: `Télécharger le certificat ${certificate.number} (PDF)`,
    });
    expect(await pdfLink.getAttribute("href")).toBe(
      `/api/certificates/${certificate.number}/certificate.pdf`,
    );

    // The secretariat revokes it from the list, giving the reason in a dialog.
    await admin.goto(`${env.baseUrl}/certificates`);
    await admin.getByRole("heading", { level: 1, name: "Certificats délivrés" }).waitFor();
    await admin.getByLabel("Rechercher par nom ou numéro").fill(certificate.number);
    const revoke = admin.getByRole("button", { name: `Révoquer le certificat ${certificate.number}` });
    await revoke.waitFor();
    await expectAccessible(admin, "certificates list");
    await revoke.click();
    const dialog = admin.getByRole("dialog");
    await dialog.getByLabel("Motif de la révocation").fill("Fraude documentaire constatée");
    await dialogShown(admin);
    await expectAccessible(admin, "revocation dialog");
    await dialog.getByRole("button", { name: "Révoquer le certificat" }).click();
    await dialog.waitFor({ state: "hidden" });
    await admin
      .getByRole("row", { name: new RegExp(certificate.number) })
      .getByText("Révoqué", { exact: true })
      .waitFor();

    await visitor.goto(`${env.baseUrl}${scanned.pathname}${scanned.search}`);
    expect(await verdictOf(visitor)).toBe("revoked");
    await visitor.getByText("Certificat révoqué").waitFor();
    await visitor.getByText("Motif : Fraude documentaire constatée").waitFor();
    await visitor.getByText(/^Révoqué le /).waitFor();
    await expectAccessible(visitor, "revoked certificate page");

    // "Vérifier une attestation": the credential as signed says revoked; altered by one word, "altérée".
    await visitor.goto(`${env.baseUrl}/verification/attestation`);
    const text = visitor.getByLabel("Contenu de l'attestation (JSON)");
    await text.fill(JSON.stringify(credential));
    await visitor.getByRole("button", { name: "Vérifier l'attestation" }).click();
    expect(await verdictOf(visitor)).toBe("revoked");
    const tampered = JSON.stringify(credential).replace(certificate.holder.familyName, "Usurpateur");
    expect(tampered).not.toBe(JSON.stringify(credential));
    await text.fill(tampered);
    await visitor.getByRole("button", { name: "Vérifier l'attestation" }).click();
    await visitor.getByText("Attestation altérée").waitFor();
    expect(await verdictOf(visitor)).toBe("altered");
    await expectAccessible(visitor, "credential verification page");
    await adminContext.close();
  });
});
