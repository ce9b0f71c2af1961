import type { APIRequestContext, Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { demoAdmin, logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const account = (email: string) => ({ email, password: demoAdmin.password });
const branchOfficer = account("branch.uimm@demo.example");
const employerMember = account("jury.employer@demo.example");
const employeeMember = account("jury.employee@demo.example");

const desktop = { width: 1280, height: 800 };
const tablet = { width: 768, height: 1024 };

/**
 * A JSON call as whoever the request context is logged in as, saying the platform's origin as the web
 * app does; a refusal fails the test with its body.
 */
async function call<Result>(request: APIRequestContext, method: string, path: string, data?: unknown) {
  const headers = { origin: env.baseUrl };
  const response = await request.fetch(`${env.baseUrl}${path}`, { method, data, headers });
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as Result;
}

interface SessionDetail {
  id: number;
  status: string;
  presidingCollege: "employer" | "employee";
  members: { userId: number; displayName: string; seat: string }[];
  agenda: {
    pathwayId: number;
    candidate: { displayName: string };
    deliberation: string;
    votes: unknown[];
  }[];
}

/** A logged-in browser page of its own (its cookies serve `page.request` too). */
async function openAs(browser: Browser, who: { email: string; password: string }, viewport: typeof desktop) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await logIn(page, env.baseUrl, who);
  return page;
}

async function expectAccessible(page: Page, name: string, sizes = [desktop, tablet]) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    expect(await seriousAccessibilityViolations(page, `${name} at ${size.width}×${size.height}`)).toEqual([]);
  }
}

/**
 * The demo's UIMM session with both demo jury members and candidates on its agenda. Should the demo not
 * hold one, it is set up through the API as the demo admin: a session today, the two members (the
 * president from the college presiding this year), the UIMM pathways ready for the jury.
 */
async function plannedUimmSession(admin: APIRequestContext): Promise<SessionDetail> {
  const members = await call<{ items: { id: number; email: string; displayName: string }[] }>(
    admin,
    "GET",
    "/api/users?role=jury_member",
  );
  const employer = members.items.find((user) => user.email === employerMember.email)!;
  const employee = members.items.find((user) => user.email === employeeMember.email)!;
  // The demo's UIMM session sitting today (or a planned one), on which nobody has voted yet.
  for (const status of ["in_progress", "planned"]) {
    const sessions = await call<{ items: { id: number }[] }>(
      admin,
      "GET",
      `/api/jury-sessions?branchCode=UIMM&status=${status}`,
    );
    for (const { id } of sessions.items) {
      const session = await call<SessionDetail>(admin, "GET", `/api/jury-sessions/${id}`);
      const seated = session.members.map((member) => member.userId);
      const isUntouched = session.agenda.every((item) => item.votes.length === 0);
      if (
        seated.includes(employer.id) &&
        seated.includes(employee.id) &&
        session.agenda.length > 0 &&
        isUntouched
      )
        return session;
    }
  }
  const created = await call<SessionDetail>(admin, "POST", "/api/jury-sessions", {
    branchCode: "UIMM",
    sittingOn: new Date().toISOString().slice(0, 10),
    place: "Paris, siège de la CPNE",
  });
  const presides = created.presidingCollege;
  await call(admin, "PUT", `/api/jury-sessions/${created.id}/members`, {
    members: [
      {
        userId: employer.id,
        college: "employer",
        organisation: "UIMM",
        seat: presides === "employer" ? "president" : "vice_president",
      },
      {
        userId: employee.id,
        college: "employee",
        organisation: "CFDT",
        seat: presides === "employee" ? "president" : "vice_president",
      },
    ],
  });
  const ready = await call<{ items: { id: number }[] }>(
    admin,
    "GET",
    "/api/pathways?branchCode=UIMM&status=ready_for_jury&limit=50",
  );
  for (const pathway of ready.items) {
    // A pathway already on another open session's agenda is refused; any other one will do.
    await admin.fetch(`${env.baseUrl}/api/jury-sessions/${created.id}/agenda`, {
      method: "POST",
      data: { pathwayIds: [pathway.id] },
    });
  }
  const session = await call<SessionDetail>(admin, "GET", `/api/jury-sessions/${created.id}`);
  if (session.agenda.length === 0) throw new Error("no UIMM pathway could be put on the agenda");
  return session;
}

/*
 * One session followed step by step: each step continues where the previous one left the session (the
 * tests of a file run in order).
 */
describe("paritaire jury", () => {
  let prepared: SessionDetail;
  let officer: Page;
  const members: Page[] = [];
  const first = () => prepared.agenda[0]!;
  const president = () => members[prepared.presidingCollege === "employer" ? 0 : 1]!;

  afterAll(async () => {
    for (const page of [officer, ...members]) await page?.context().close();
  });

  it("lets the secretariat open the session and record attendance", async () => {
    const admin = await openAs(env.browser, demoAdmin, desktop);
    prepared = await plannedUimmSession(admin.request);
    await admin.context().close();

    officer = await openAs(env.browser, branchOfficer, desktop);
    await officer
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Sessions de jury" })
      .click();
    await officer.getByRole("heading", { level: 1, name: "Sessions de jury" }).waitFor();
    await officer.locator("tbody tr").first().getByRole("link").waitFor();
    await expectAccessible(officer, "session list");
    await officer.setViewportSize(desktop);
    await officer.getByRole("link", { name: "Planifier une session" }).first().click();
    await officer.getByRole("heading", { level: 1, name: "Planifier une session de jury" }).waitFor();
    await officer.getByRole("button", { name: "Planifier la session" }).click();
    await officer.getByText("Indiquez un lieu ou un lien de visioconférence.").waitFor();
    await expectAccessible(officer, "new session form");
    await officer.setViewportSize(desktop);
    await officer.goto(`${env.baseUrl}/jury-sessions/${prepared.id}`);
    await officer.getByRole("heading", { level: 1, name: /^Session de jury du / }).waitFor();
    await officer.getByRole("heading", { level: 2, name: "Présences" }).waitFor();
    await expectAccessible(officer, "session before the vote");
    await officer.setViewportSize(desktop);
    for (const member of prepared.members) {
      await officer
        .getByRole("radiogroup", { name: member.displayName })
        .getByRole("radio", { name: "Présent", exact: true })
        .check();
    }
    await officer.getByRole("button", { name: "Enregistrer les présences" }).click();
    await officer.getByText("Les présences sont enregistrées.").waitFor();
    await officer.getByText("Quorum atteint : les membres présents peuvent voter.").waitFor();
    await expectAccessible(officer, "session in progress");
  }, 120_000);

  it("lets each member vote on a tablet, a refusal needing its motivation", async () => {
    for (const who of [employerMember, employeeMember]) {
      const member = await openAs(env.browser, who, tablet);
      members.push(member);
      await member.getByRole("heading", { level: 2, name: "Mes sessions de jury" }).waitFor();
      await member.goto(`${env.baseUrl}/jury-sessions/${prepared.id}`);
      await member.getByRole("link", { name: first().candidate.displayName }).click();
      await member
        .getByRole("heading", { level: 1, name: new RegExp(`^${first().candidate.displayName}`) })
        .waitFor();
      await member.getByRole("heading", { level: 2, name: "Votre vote" }).waitFor();
      await member.getByRole("tab", { name: "Bilan" }).waitFor();
      await expectAccessible(member, "deliberation page", [tablet, desktop]);
      await member.setViewportSize(tablet);
      await member.getByRole("radio", { name: /^Refus/ }).click();
      await member.getByRole("button", { name: "Voter" }).click();
      await member.getByText("La motivation est obligatoire sauf pour une attribution du CQPI.").waitFor();
      await member.getByRole("tab", { name: "Évaluations" }).click();
      await expectAccessible(member, "deliberation page, assessments tab", [tablet]);
      await member.getByRole("radio", { name: /^Attribution du CQPI/ }).click();
      await member.getByRole("button", { name: "Voter" }).click();
      await member.getByText("Votre vote est enregistré : Attribution du CQPI.").waitFor();
      await member.getByText("Vous avez voté : Attribution du CQPI.").waitFor();
    }
    await officer.reload();
    await officer.getByRole("cell", { name: /2 vote\(s\) sur 2/ }).waitFor();
  }, 120_000);

  it("lets the president close the deliberation, then the secretariat the session and its minutes", async () => {
    // The other candidates are voted on and decided through the API, so that the session can close.
    for (const item of prepared.agenda.slice(1)) {
      for (const member of members)
        await call(
          member.request,
          "POST",
          `/api/jury-sessions/${prepared.id}/deliberations/${item.pathwayId}/votes`,
          {
            decision: "deferral",
            motivation: "Dossier à compléter",
          },
        );
    }

    // The president closes the deliberation on the first candidate from their tablet.
    await president().reload();
    await president().getByRole("button", { name: "Clore la délibération" }).click();
    await president().getByRole("dialog").getByRole("button", { name: "Clore la délibération" }).click();
    await president().getByText("Décision du jury : Attribution du CQPI").waitFor();
    await expectAccessible(president(), "closed deliberation", [tablet, desktop]);
    for (const item of prepared.agenda.slice(1))
      await call(
        president().request,
        "POST",
        `/api/jury-sessions/${prepared.id}/deliberations/${item.pathwayId}/close`,
        {},
      );

    // The secretariat closes the session; the minutes are a PDF.
    await officer.setViewportSize(desktop);
    await officer.reload();
    await officer.getByRole("button", { name: "Clore la session" }).click();
    await officer.getByRole("dialog").getByRole("button", { name: "Clore la session" }).click();
    await officer.getByText("La session est close : son procès-verbal est disponible.").waitFor();
    const minutesLink = officer.getByRole("link", { name: /^Télécharger le procès-verbal \(PDF\)/ });
    const minutes = await officer.request.get(`${env.baseUrl}${await minutesLink.getAttribute("href")}`);
    expect(minutes.headers()["content-type"]).toMatch(/^application\/pdf/);
    expect((await minutes.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessible(officer, "closed session");
  }, 120_000);

  it("shows the decision and the minutes on the candidate's pathway page", async () => {
    await officer.goto(`${env.baseUrl}/pathways/${first().pathwayId}`);
    await officer.getByRole("heading", { level: 2, name: "Décision du jury" }).waitFor();
    await officer.getByText("Décision du jury : Attribution du CQPI").waitFor();
    await officer.getByText("Certifié", { exact: true }).first().waitFor();
    const minutesLink = officer.getByRole("link", { name: /^Télécharger le procès-verbal \(PDF\)/ });
    expect(await minutesLink.getAttribute("href")).toBe(`/api/jury-sessions/${prepared.id}/minutes.pdf`);
    await expectAccessible(officer, "decided pathway");
  }, 60_000);

  it("lets the candidate lodge an appeal from their pathway page and the secretariat answer it", async () => {
    // The decided candidate is given an account of their own, as the secretariat links one.
    const admin = await openAs(env.browser, demoAdmin, desktop);
    const email = `appel.${Date.now()}@demo.example`;
    const user = await call<{ id: number }>(admin.request, "POST", "/api/users", {
      email,
      displayName: first().candidate.displayName,
      role: "candidate",
      password: demoAdmin.password,
    });
    const pathway = await call<{ candidate: { id: number } }>(
      admin.request,
      "GET",
      `/api/pathways/${first().pathwayId}`,
    );
    await call(admin.request, "PATCH", `/api/candidates/${pathway.candidate.id}`, { userId: user.id });
    await admin.context().close();

    const candidate = await openAs(env.browser, account(email), tablet);
    await candidate.goto(`${env.baseUrl}/pathways/${first().pathwayId}`);
    await candidate.getByRole("heading", { level: 3, name: "Faire appel de la décision" }).waitFor();
    const extract = candidate.getByRole("link", { name: /^Télécharger l'extrait du procès-verbal/ });
    const pdf = await candidate.request.get(`${env.baseUrl}${await extract.getAttribute("href")}`);
    expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/);
    await candidate.getByRole("button", { name: "Déposer l'appel" }).click();
    await candidate.getByText("Exposez les motifs de votre appel.").waitFor();
    await expectAccessible(candidate, "appeal form", [tablet, desktop]);
    await candidate.setViewportSize(tablet);
    await candidate.getByLabel(/^Motifs de l'appel/).fill("Mon entretien final n'a pas été pris en compte.");
    await candidate.getByRole("button", { name: "Déposer l'appel" }).click();
    await candidate.getByText(/^Votre appel est déposé/).waitFor();
    await candidate.getByText("Appel déposé", { exact: true }).waitFor();
    await expectAccessible(candidate, "appeal lodged", [tablet]);
    await candidate.context().close();

    await officer.setViewportSize(tablet);
    await officer.goto(`${env.baseUrl}/pathways/${first().pathwayId}`);
    await officer.getByRole("heading", { level: 4, name: "Répondre à l'appel" }).waitFor();
    await expectAccessible(officer, "appeal answer form", [tablet, desktop]);
    await officer.getByRole("radio", { name: /^Rejeté/ }).check();
    await officer
      .getByLabel(/^Réponse motivée/)
      .fill("Le jury d'appel a relu l'entretien : la décision est maintenue.");
    await officer.getByRole("button", { name: "Enregistrer la réponse" }).click();
    // Answered, the appeal leaves the form: its answer and the timeline's entry say so.
    await officer.getByText("Le jury d'appel a relu l'entretien : la décision est maintenue.").waitFor();
    await officer.getByText("Appel rejeté", { exact: true }).waitFor();
    await expectAccessible(officer, "appeal answered", [desktop]);
  }, 120_000);
});
