import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoAdmin, logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();
const demoEvaluator = { email: "evaluator@demo.example", password: demoAdmin.password };

/**
 * A JSON call as whoever the request context is logged in as, saying the platform's origin as the web
 * app does (a write with the session cookie must); a refusal fails the test with its body.
 */
async function call<Result>(request: APIRequestContext, method: string, path: string, data?: unknown) {
  const headers = { origin: env.baseUrl };
  const response = await request.fetch(`${env.baseUrl}${path}`, { method, data, headers });
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as Result;
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface PathwaySummary {
  id: number;
  candidate: { displayName: string };
}

/**
 * A new CEI pathway in branch UIMM (which adopted CEI), in positioning, assigned to the demo evaluator,
 * and a fresh observation assessment on it, created through the API as the demo admin.
 */
async function prepareObservation(admin: APIRequestContext) {
  const evaluators = await call<{ items: { id: number; email: string }[] }>(
    admin,
    "GET",
    "/api/users?role=evaluator",
  );
  const evaluatorId = evaluators.items.find((user) => user.email === demoEvaluator.email)!.id;
  // A pathway of its own: the demo's may already have an observation open, and one is open at a time.
  const companies = await call<{ items: { id: number; branchCode: string }[] }>(
    admin,
    "GET",
    "/api/companies",
  );
  const candidate = await call<{ id: number }>(admin, "POST", "/api/candidates", {
    birthName: "Essai",
    firstNames: ["Camille"],
    birthDate: "1988-05-17",
    sex: "F",
    birthInseeCode: "35238",
    birthCity: "Rennes",
    employmentStatus: "employee",
    companyId: companies.items.find((company) => company.branchCode === "UIMM")!.id,
    hasPriorCertification: false,
  });
  const registered = await call<PathwaySummary>(admin, "POST", "/api/pathways", {
    candidateId: candidate.id,
    qualificationCode: "CEI",
    branchCode: "UIMM",
    route: "mixed",
  });
  const accreditations = await call<{ items: { isValidToday: boolean }[] }>(
    admin,
    "GET",
    `/api/accreditations?evaluatorUserId=${evaluatorId}&qualificationCode=CEI&branchCode=UIMM`,
  );
  if (!accreditations.items.some((item) => item.isValidToday))
    await call(admin, "POST", "/api/accreditations", {
      evaluatorUserId: evaluatorId,
      qualificationCode: "CEI",
      branchCode: "UIMM",
      validFrom: day(-1),
      validUntil: day(365),
    });
  await call(admin, "PUT", `/api/pathways/${registered.id}/evaluator`, { evaluatorUserId: evaluatorId });
  await call(admin, "POST", `/api/pathways/${registered.id}/transitions`, { event: "start_positioning" });
  const pathway = registered;
  const assessment = await call<{ id: number; capacities: { code: string; criteria: { code: string }[] }[] }>(
    admin,
    "POST",
    `/api/pathways/${pathway.id}/assessments`,
    { method: "observation", heldOn: day(0) },
  );
  return { pathway, assessment };
}

const scoreGroup = (page: Page, criterionCode: string) =>
  page.getByRole("radiogroup", { name: new RegExp(`^${criterionCode.replaceAll(".", "\\.")} `) });

describe("evaluator's grid on a tablet", () => {
  it("keeps a grid filled offline through a failed save and a reload, then saves it", async () => {
    const adminContext = await env.browser.newContext();
    await call(adminContext.request, "POST", "/api/auth/login", demoAdmin);
    const { pathway, assessment } = await prepareObservation(adminContext.request);
    await adminContext.close();
    const criteria = assessment.capacities.flatMap((capacity) =>
      capacity.criteria.map((criterion) => ({ capacityCode: capacity.code, criterionCode: criterion.code })),
    );
    expect(criteria.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = criteria as [
      (typeof criteria)[0],
      (typeof criteria)[0],
      (typeof criteria)[0],
    ];

    const context = await env.browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, env.baseUrl, demoEvaluator);

    // The worklist, then the pathway, then the assessment.
    await page.getByRole("link", { name: /^Ouvrir « Mes évaluations »/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mes évaluations" }).waitFor();
    // What waits for the evaluator comes first: a pathway in positioning with its observation open.
    await page.getByRole("tab", { name: /^À traiter/, selected: true }).waitFor();
    await page.locator(`a[href="/pathways/${pathway.id}"]`).click();
    await page
      .getByRole("heading", { level: 1, name: new RegExp(`^${pathway.candidate.displayName}`) })
      .waitFor();
    await page.locator(`a[href="/assessments/${assessment.id}"]`).click();
    await page.getByRole("heading", { level: 1, name: /^Observation en situation de travail/ }).waitFor();

    // Scores by tapping the large buttons, and a comment.
    await scoreGroup(page, first.criterionCode).getByRole("radio", { name: "Acquis", exact: true }).tap();
    await scoreGroup(page, second.criterionCode).getByRole("radio", { name: "Partiellement" }).tap();
    await scoreGroup(page, third.criterionCode).getByRole("radio", { name: "Non acquis" }).tap();
    const comment = "Réglages vérifiés avec le chef d'équipe";
    await page.getByRole("textbox", { name: `Commentaire (${first.criterionCode})` }).fill(comment);
    await page.getByText("Modifications non enregistrées").waitFor();

    // The connection drops for the next save.
    let abortedSaves = 0;
    await page.route("**/api/assessments/*/scores", async (route) => {
      if (route.request().method() === "PUT" && abortedSaves === 0) {
        abortedSaves++;
        await route.abort("internetdisconnected");
      } else await route.continue();
    });
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Non enregistré — nouvel essai…").waitFor();
    expect(abortedSaves).toBe(1);

    // A reload before the retry: the grid comes back from the device, and the save resumes.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^Observation en situation de travail/ }).waitFor();
    await page.getByText("Saisies restaurées").waitFor();
    expect(
      await scoreGroup(page, first.criterionCode)
        .getByRole("radio", { name: "Acquis", exact: true })
        .isChecked(),
    ).toBe(true);
    expect(
      await scoreGroup(page, second.criterionCode).getByRole("radio", { name: "Partiellement" }).isChecked(),
    ).toBe(true);
    expect(
      await scoreGroup(page, third.criterionCode).getByRole("radio", { name: "Non acquis" }).isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole("textbox", { name: `Commentaire (${first.criterionCode})` }).inputValue(),
    ).toBe(comment);
    await page.getByText("Enregistré", { exact: true }).waitFor();

    const saved = await call<{
      revision: number;
      scores: { criterionCode: string; score: string; comment: string }[];
    }>(page.request, "GET", `/api/assessments/${assessment.id}`);
    const scoreOf = (code: string) => saved.scores.find((score) => score.criterionCode === code);
    expect(scoreOf(first.criterionCode)).toMatchObject({ score: "acquired", comment });
    expect(scoreOf(second.criterionCode)?.score).toBe("partially");
    expect(scoreOf(third.criterionCode)?.score).toBe("not_acquired");
    expect(saved.revision).toBe(1);

    expect(await seriousAccessibilityViolations(page, "evaluator's grid")).toEqual([]);
    await context.close();
  });
});
