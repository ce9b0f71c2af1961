import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

/** The admin's API calls, as the web app makes them (a write carries its Origin). */
function adminApi(request: APIRequestContext) {
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string) => {
    if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const headers = { Origin: env.baseUrl };
  return {
    get: <T>(path: string) => request.get(`${env.baseUrl}${path}`).then((r) => ok<T>(r, `GET ${path}`)),
    post: <T>(path: string, data: unknown) =>
      request.post(`${env.baseUrl}${path}`, { data, headers }).then((r) => ok<T>(r, `POST ${path}`)),
    upload: <T>(path: string, multipart: Record<string, unknown>) =>
      request
        .post(`${env.baseUrl}${path}`, { multipart: multipart as never, headers })
        .then((r) => ok<T>(r, `POST ${path}`)),
  };
}

/** Asks the portability question of the page: a target CQPI, then one of the branches that adopted it. */
async function askPortability(
  page: Page,
  qualificationCode: string,
  branch: { branchCode: string; branchName: string },
) {
  await page
    .getByRole("heading", { level: 2, name: "Passer à un autre CQPI ou une autre branche" })
    .waitFor();
  await page.getByRole("combobox", { name: "CQPI visé" }).click();
  await page.getByRole("option", { name: new RegExp(`^${qualificationCode} — `) }).click();
  await page.getByRole("combobox", { name: "Branche" }).click();
  await page.getByRole("option", { name: `${branch.branchName} (${branch.branchCode})` }).click();
  await page.getByRole("button", { name: "Voir ce qu'il reste" }).click();
}

/** The answer: capacities acquired through the exact link's chain, the partial link's left to assess. */
async function expectPortabilityAnswer(page: Page, chain: string) {
  const acquired = page
    .getByRole("table", { name: /^Capacités déjà acquises/ })
    .or(page.getByRole("list", { name: /^Capacités déjà acquises/ }));
  await acquired.getByText(chain).first().waitFor();
  const remaining = page
    .getByRole("table", { name: /^Capacités restant à évaluer/ })
    .or(page.getByRole("list", { name: /^Capacités restant à évaluer/ }));
  await remaining
    .getByText(/^Correspondance partielle seulement/)
    .first()
    .waitFor();
}

interface Body {
  id: number;
  code: string;
  name: string;
}
type Blocks = { blocks: { code: string }[] };
const votes = { employer: { for: 5, against: 0, abstain: 1 }, employee: { for: 4, against: 1, abstain: 0 } };

/**
 * The interbranch pages over the demo: the national committee's page with a member, a decision with its
 * attached minutes and the library; the correspondence map once the committee recognised two links
 * between a demo certificate's CQPI and another; and that certificate's public page answering, to a
 * visitor without an account, what its holder needs for the other CQPI in a branch that adopted it.
 */
describe("interbranch pages in the browser", () => {
  it("shows a body's register, the correspondence heat-map and a certificate's portability answer", async () => {
    const adminContext = await env.browser.newContext({ viewport: desktop });
    const admin = await adminContext.newPage();
    await logIn(admin, env.baseUrl);
    const apiOf = adminApi(admin.request);

    // The committee's records: a member, the minutes in its library, a decision recognising correspondences.
    const bodies = (await apiOf.get<{ items: Body[] }>("/api/bodies")).items;
    const committee = bodies.find((b) => b.code === "COMITE-CQPI")!;
    await apiOf.post(`/api/bodies/${committee.id}/members`, {
      fullName: "Claire Delmas",
      college: "employee",
      organisation: "CFDT",
      mandateStart: "2024-01-01",
      mandateEnd: null,
    });
    const minutes = await apiOf.upload<{ id: number; versions: { id: number }[] }>("/api/documents", {
      title: "Procès-verbal du 10 février",
      kind: "minutes",
      bodyId: String(committee.id),
      file: { name: "pv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\npv\n%%EOF\n") },
    });
    const decision = await apiOf.post<{ id: number }>(`/api/bodies/${committee.id}/decisions`, {
      kind: "recognise_correspondence",
      decidedOn: "2026-02-10",
      title: "Correspondances entre CQPI industriels",
      votes,
      documentVersionIds: [minutes.versions[0]!.id],
    });

    // A demo certificate's CQPI, and another CQPI some branch adopted: their first blocs correspond.
    type Listed = {
      number: string;
      kind: string;
      qualification: { code: string; referentialVersion: number };
    };
    const certificates = await apiOf.get<{ items: Listed[] }>("/api/certificates?status=valid&limit=50");
    const certificate = certificates.items.find((c) => c.kind === "full")!;
    const from = certificate.qualification;
    const fromBlocks = await apiOf.get<Blocks>(
      `/api/qualifications/${from.code}/versions/${from.referentialVersion}`,
    );
    const toCode = from.code === "OMI" ? "OQ" : "OMI";
    const toBlocks = await apiOf.get<Blocks>(`/api/qualifications/${toCode}/versions/1`);
    const adoption = (
      await apiOf.get<{ items: { branchCode: string; branchName: string }[] }>(
        `/api/qualifications/${toCode}/adoptions`,
      )
    ).items[0]!;
    // The demo's own correspondences between the two CQPIs, if any, count in the same cell.
    type Link = { from: { qualificationCode: string }; to: { qualificationCode: string }; kind: string };
    const demoLinks = (await apiOf.get<{ items: Link[] }>("/api/correspondences")).items.filter((c) =>
      [c.from.qualificationCode, c.to.qualificationCode].every((code) => [from.code, toCode].includes(code)),
    );
    const demoCount = (kind: string) => demoLinks.filter((c) => c.kind === kind).length;
    const link = (index: number, kind: string) =>
      apiOf.post("/api/correspondences", {
        from: {
          qualificationCode: from.code,
          version: from.referentialVersion,
          itemCode: fromBlocks.blocks[index]!.code,
        },
        to: { qualificationCode: toCode, version: 1, itemCode: toBlocks.blocks[index]!.code },
        kind,
        decisionId: decision.id,
      });
    await link(0, "exact");
    await link(1, "partial");

    // The body's page: members, the decisions register with votes and the attached minutes, the library.
    await admin.goto(`${env.baseUrl}/bodies`);
    await admin.getByRole("heading", { level: 1, name: "Instances" }).waitFor();
    const bodyList = admin
      .getByRole("table", { name: "Instances du CQPI" })
      .or(admin.getByRole("list", { name: "Instances du CQPI" }));
    await bodyList.getByRole("link", { name: "Comité CQPI" }).waitFor();
    await expectAccessible(admin, "bodies list");
    await bodyList.getByRole("link", { name: "Comité CQPI" }).click();
    await admin.getByRole("heading", { level: 1, name: "Comité CQPI" }).waitFor();
    await admin.getByText("Claire Delmas").waitFor();
    await admin.getByText("Correspondances entre CQPI industriels").waitFor();
    await admin.getByText("Collège salariés : 4 pour, 1 contre, 0 abstention(s)").first().waitFor();
    const minutesLinks = admin.getByRole("link", {
      name: "Télécharger Procès-verbal du 10 février, version 1",
    });
    await minutesLinks.first().waitFor();
    expect(await minutesLinks.count(), "attached to the decision and kept in the library").toBe(2);
    expect(await minutesLinks.first().getAttribute("href")).toBe(
      `/api/documents/${minutes.id}/versions/1/file`,
    );
    await expectAccessible(admin, "body page");

    // The correspondence map, as a visitor: the shaded table is its own text alternative.
    const visitorContext = await env.browser.newContext({ viewport: desktop });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${env.baseUrl}/correspondences`);
    await visitor.getByRole("heading", { level: 1, name: "Correspondances entre certifications" }).waitFor();
    const map = visitor.getByRole("table", { name: /^Nombre de correspondances totales et partielles/ });
    await map.waitFor();
    expect(await map.getByRole("columnheader").count()).toBe(9);
    const [exact, partial] = [demoCount("exact") + 1, demoCount("partial") + 1];
    const cellName = `${exact + partial} correspondance(s) entre ${from.code} et ${toCode} : ${exact} totale(s), ${partial} partielle(s)`;
    const cell = map.getByRole("button", { name: cellName });
    expect(await cell.textContent()).toBe(String(exact + partial));
    expect(
      await map.getByRole("button", { name: new RegExp(`entre ${toCode} et ${from.code}`) }).count(),
    ).toBe(1);
    await expectAccessible(visitor, "correspondence map");
    await cell.focus();
    await visitor.keyboard.press("Enter");
    expect(await cell.getAttribute("aria-pressed")).toBe("true");
    await visitor.getByText(`Correspondances entre ${from.code} et ${toCode} seulement.`).waitFor();
    const list = visitor
      .getByRole("table", { name: "Correspondances reconnues" })
      .or(visitor.getByRole("list", { name: "Correspondances reconnues" }));
    await list.getByText("Totale", { exact: true }).first().waitFor();
    await list.getByText("Partielle", { exact: true }).first().waitFor();

    // The certificate's public page answers what its holder needs for the other CQPI in that branch.
    const chain = `Correspondance totale : ${from.code} v${from.referentialVersion} · ${fromBlocks.blocks[0]!.code} → ${toCode} v1 · ${toBlocks.blocks[0]!.code}`;
    await visitor.goto(`${env.baseUrl}/verification/${certificate.number}`);
    await askPortability(visitor, toCode, adoption);
    await expectPortabilityAnswer(visitor, chain);
    await expectAccessible(visitor, "certificate page with its portability answer");

    // The catalogue's CQPI page asks the same for any holder of that CQPI in full.
    await visitor.goto(`${env.baseUrl}/qualifications/${from.code}`);
    await askPortability(visitor, toCode, adoption);
    await expectPortabilityAnswer(visitor, chain);
    await expectAccessible(visitor, "CQPI page with its portability answer");

    await visitorContext.close();
    await adminContext.close();
  });
});
