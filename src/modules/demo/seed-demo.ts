import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { createUser } from "../accounts/create-user.ts";
import { findAccountByEmail } from "../accounts/find-account.ts";
import { createBranch } from "../catalogue/create-branch.ts";
import { createQualification } from "../catalogue/create-qualification.ts";
import { setBranchOperation } from "../catalogue/set-branch-operation.ts";
import { ensureIssuerKey } from "../certificates/generate-issuer-key.ts";
import { createCompany } from "../companies/create-company.ts";
import { createCompanyInput } from "../companies/schemas.ts";
import { createDraft } from "../referentials/create-draft.ts";
import { publishVersion } from "../referentials/publish-version.ts";
import { recordAdoption } from "../referentials/record-adoption.ts";
import { DEMO_PASSWORD, demoAccounts, demoCompanies } from "./demo-accounts.ts";
import { DEMO_OPERATION_NOTE, demoBranches, demoOperations, demoQualifications } from "./demo-catalogue.ts";
import { on } from "./demo-days.ts";
import { demoAdoptions, demoReferentials } from "./demo-referentials.ts";
import { seedDemoCertificates } from "./seed-demo-certificates.ts";
import { seedDemoGovernance } from "./seed-demo-governance.ts";
import { seedDemoInterbranch } from "./seed-demo-interbranch.ts";
import { seedDemoJury } from "./seed-demo-jury.ts";
import { seedDemoMove } from "./seed-demo-move.ts";
import { seedDemoPathways } from "./seed-demo-pathways.ts";

export interface SeedResult {
  isSeeded: boolean;
  accounts: { email: string; role: string }[];
}

/**
 * Fills the database with the demo catalogue and one account per role, through the same use cases as
 * the API (so every row is audited). Does nothing if the demo admin already exists.
 */
export async function seedDemo(
  ctx: AppContext,
  onStep: (label: string) => void = () => {},
): Promise<SeedResult> {
  if (await findAccountByEmail(ctx.db, demoAccounts[0]!.email)) return { isSeeded: false, accounts: [] };
  const author = { actorUserId: null };

  onStep("branches");
  for (const input of demoBranches)
    await createBranch(ctx, { ...author, input: { ...input, charterAdhesionDate: null } });
  onStep("adhésions à la charte");
  await seedDemoGovernance(ctx, demoBranches);
  onStep("CQPI");
  for (const input of demoQualifications) await createQualification(ctx, { ...author, input });
  for (const [qualificationCode, branchCodes] of Object.entries(demoOperations)) {
    const createdOn = demoQualifications.find((q) => q.code === qualificationCode)?.createdOn ?? null;
    for (const branchCode of branchCodes) {
      const adheredOn = demoBranches.find((b) => b.code === branchCode)?.charterAdhesionDate ?? null;
      // Operated from the branch's adhesion, or from the CQPI's creation if it came later.
      const operatedSince = adheredOn && createdOn && createdOn > adheredOn ? createdOn : adheredOn;
      await setBranchOperation(ctx, {
        caller: platform,
        branchCode,
        qualificationCode,
        input: { operatedSince, note: DEMO_OPERATION_NOTE },
      });
    }
  }

  onStep("référentiels");
  // Each first version is written and published the day its CQPI was created, each adoption recorded
  // on its CPNE's decision day: the history reads as it happened, not as the moment of seeding.
  for (const [code, content] of Object.entries(demoReferentials)) {
    const createdOn = demoQualifications.find((q) => q.code === code)?.createdOn;
    const then = createdOn ? on(ctx, createdOn) : ctx;
    const draft = await createDraft(then, { ...author, code, content });
    await publishVersion(then, { ...author, code, version: draft.version });
  }
  for (const { branchCode, qualificationCode, ...adoption } of demoAdoptions) {
    await recordAdoption(on(ctx, adoption.decisionDate), {
      caller: platform,
      branchCode,
      code: qualificationCode,
      input: { version: 1, ...adoption },
    });
  }
  await seedDemoInterbranch(ctx, onStep);

  onStep("entreprises");
  const companyIds = new Map<string, number>();
  for (const company of demoCompanies) {
    const created = await createCompany(ctx, {
      caller: platform,
      // Through the routes' own schema: a demo value the platform would refuse stops the seeding.
      input: createCompanyInput.parse({
        name: company.name,
        siret: company.siret,
        branchCode: company.branchCode,
      }),
    });
    companyIds.set(company.name, created.id);
  }

  onStep("comptes");
  for (const account of demoAccounts) {
    await createUser(ctx, {
      ...author,
      input: {
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        password: DEMO_PASSWORD,
        branchCodes: account.branchCodes ?? [],
        companyId: account.companyName ? (companyIds.get(account.companyName) ?? null) : null,
      },
    });
  }

  onStep("parcours");
  await seedDemoPathways(ctx, companyIds);
  // The demo can issue certificates at once; a real installation runs `cqpi keys generate` itself.
  onStep("clé de signature des certificats");
  await ensureIssuerKey(ctx);
  onStep("jurys");
  await seedDemoJury(ctx);
  onStep("certificats");
  await seedDemoCertificates(ctx);
  onStep("changement de branche");
  await seedDemoMove(ctx, companyIds);
  return { isSeeded: true, accounts: demoAccounts.map(({ email, role }) => ({ email, role })) };
}
