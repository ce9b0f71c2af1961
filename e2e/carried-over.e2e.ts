import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, expectAccessible, logIn, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

interface Carried {
  capacityCode: string;
  certificate: { number: string; qualificationCode: string; branchCode: string };
  counts: boolean;
}
interface Pathway {
  id: number;
  branchCode: string;
  qualificationCode: string;
  candidate: { id: number; displayName: string };
  carriedOver: Carried[];
}

/** The table (or, when the columns do not fit, the cards) of the capacities carried over. */
const carriedList = (page: Page) =>
  page
    .getByRole("table", { name: "Capacités reportées d'un certificat" })
    .or(page.getByRole("list", { name: "Capacités reportées d'un certificat" }));

/**
 * A holder moving to another branch, in the browser: the demo's Alliance 7 pathway opened from a LEEM
 * certificate of the CEI shows its carried-over acquisitions with their source, the bilan counting them
 * as acquired; and the registration form opens a pathway from a certificate number, an unknown number
 * refused in French beside the field.
 */
describe("carried-over acquisitions in the browser", () => {
  it("shows the demo's moved pathway's acquisitions and opens a pathway from a certificate number", async () => {
    const context = await env.browser.newContext({ viewport: desktop });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    const get = async <T>(path: string) => {
      const response = await page.request.get(`${env.baseUrl}${path}`);
      if (!response.ok()) throw new Error(`GET ${path} → ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    };

    // The demo's move: the Alliance 7 CEI pathway opened from the holder's LEEM certificate.
    const listed = await get<{ items: { id: number }[] }>(
      "/api/pathways?branchCode=ALLIANCE7&qualificationCode=CEI&limit=100",
    );
    const details = await Promise.all(listed.items.map((p) => get<Pathway>(`/api/pathways/${p.id}`)));
    const moved = details.find((p) => p.carriedOver.length > 0)!;
    expect(moved, "the demo has a pathway opened from a certificate").toBeDefined();
    const { number } = moved.carriedOver[0]!.certificate;

    await page.goto(`${env.baseUrl}/pathways/${moved.id}`);
    await page.getByRole("heading", { level: 3, name: "Acquis reportés" }).waitFor();
    const list = carriedList(page);
    await list
      .getByText(new RegExp(`^n° ${number} · CQPI CEI · branche LEEM · attribué le `))
      .first()
      .waitFor();
    for (const carried of moved.carriedOver)
      await list.getByText(new RegExp(`^${carried.capacityCode} — `)).waitFor();
    expect(await list.getByText("Compte comme acquise", { exact: true }).count()).toBe(
      moved.carriedOver.length,
    );
    await list.getByText("La même capacité : CEI v1 · ").first().waitFor();
    // The bilan counts them as acquired, with their source, rather than as not yet assessed.
    const carriedBadges = page.getByText("Acquise par report", { exact: true });
    expect(await carriedBadges.count()).toBe(moved.carriedOver.length);
    const first = moved.carriedOver[0]!.capacityCode;
    await page.getByRole("button", { name: new RegExp(`^${first} — `) }).click();
    await page
      .getByText(
        new RegExp(
          `^Reportée du certificat n° ${number} · CQPI CEI · .*\\. La même capacité : CEI v1 · ${first}\\.$`,
        ),
      )
      .waitFor();
    await expectAccessible(page, "pathway opened from a certificate");

    // A CQPI and a branch operating it where the certificate carries something over and leaves
    // something to assess (the CEI in Alliance 7 already has the holder's pathway).
    const qualifications = await get<{ items: { code: string }[] }>("/api/qualifications?limit=100");
    type Target = { qualificationCode: string; branchCode: string; branchName: string };
    let target: Target | undefined;
    let unrelated: Target | undefined;
    search: for (const { code } of qualifications.items) {
      const adoptions = await get<{ items: { branchCode: string; branchName: string }[] }>(
        `/api/qualifications/${code}/adoptions`,
      );
      for (const adoption of adoptions.items) {
        if (code === "CEI" && ["LEEM", "ALLIANCE7"].includes(adoption.branchCode)) continue;
        const answer = await get<{ acquired: unknown[]; remaining: unknown[] }>(
          `/api/certificates/${number}/portability?qualification=${code}&branch=${adoption.branchCode}`,
        );
        if (answer.acquired.length === 0) unrelated ??= { qualificationCode: code, ...adoption };
        else if (answer.remaining.length > 0) target ??= { qualificationCode: code, ...adoption };
        if (target && unrelated) break search;
      }
    }
    expect(target, "a CQPI the certificate carries capacities over to, with more to assess").toBeDefined();
    expect(unrelated, "a CQPI the certificate carries nothing over to").toBeDefined();
    // Picking the branch already chosen would clear it: only a change of branch is picked.
    let chosenBranch = "";
    const choose = async ({ qualificationCode, branchCode, branchName }: Target) => {
      if (branchCode !== chosenBranch) {
        await page.getByRole("combobox", { name: "Branche" }).click();
        await page.getByRole("option", { name: `${branchName} (${branchCode})` }).click();
        chosenBranch = branchCode;
      }
      await page.getByRole("combobox", { name: "CQPI", exact: true }).click();
      await page.getByRole("option", { name: new RegExp(`^${qualificationCode} — `) }).click();
    };

    // The registration form: the holder, a branch and CQPI, and the certificate number.
    await page.goto(`${env.baseUrl}/pathways/new`);
    await page.getByRole("heading", { level: 1, name: "Inscrire un candidat" }).waitFor();
    await page.getByRole("combobox", { name: "Candidat" }).fill(moved.candidate.displayName);
    await page.getByRole("option", { name: new RegExp(`^${moved.candidate.displayName}`) }).click();
    // A CQPI the certificate has nothing for: refused, in French, above the form.
    await choose(unrelated!);
    await page.getByRole("radio", { name: "Reconnaissance directe de l'expérience" }).check();
    const certificateField = page.getByLabel("Certificat déjà obtenu (n°)");
    await certificateField.fill(number);
    await page.getByRole("button", { name: "Inscrire le candidat" }).click();
    await page
      .getByRole("alert")
      .getByText(
        `Le certificat ${number} n'apporte aucune capacité à ce CQPI dans cette branche : inscrivez le parcours sans lui.`,
      )
      .waitFor();

    // The CQPI it carries capacities over to, first with a number nobody holds: refused beside the field.
    await choose(target!);
    await certificateField.fill("CQPI-0000-INCONNU");
    await page.getByRole("button", { name: "Inscrire le candidat" }).click();
    await page.getByText("Introuvable : CQPI-0000-INCONNU.").waitFor();
    expect(await certificateField.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "registration refused for an unknown certificate");

    await certificateField.fill(number);
    await page.getByRole("button", { name: "Inscrire le candidat" }).click();
    await page
      .getByRole("heading", {
        level: 1,
        name: `${moved.candidate.displayName} — CQPI ${target!.qualificationCode}`,
      })
      .waitFor();
    await page.getByRole("heading", { level: 3, name: "Acquis reportés" }).waitFor();
    const id = Number(new URL(page.url()).pathname.split("/").at(-1));
    const opened = await get<Pathway>(`/api/pathways/${id}`);
    expect(opened).toMatchObject({
      branchCode: target!.branchCode,
      qualificationCode: target!.qualificationCode,
    });
    expect(opened.carriedOver.length).toBeGreaterThan(0);
    expect(opened.carriedOver.every((c) => c.certificate.number === number && c.counts)).toBe(true);
    await carriedList(page)
      .getByText(new RegExp(`^n° ${number} · `))
      .first()
      .waitFor();
    await context.close();
  });
});
