import type { AppContext } from "../../server/context.ts";
import { platform, userCaller } from "../accounts/caller.ts";
import { findAccountByEmail } from "../accounts/find-account.ts";
import { updateCandidate } from "../candidates/update-candidate.ts";
import { getPathway, listPathways } from "../pathways/read-pathways.ts";
import { registerPathway } from "../pathways/register-pathway.ts";
import { demoAccounts } from "./demo-accounts.ts";

/**
 * DEMO DATA — a holder of the CEI awarded by LEEM's jury who moved to a cannery of the food industry
 * (Alliance 7): the national committee records the new employer, and Alliance 7's pathway is opened from
 * the certificate, so only the branch's own module (food safety) remains to be assessed. Returns the new
 * pathway's id.
 */
export async function seedDemoMove(ctx: AppContext, companyIds: Map<string, number>): Promise<number> {
  const { items } = await listPathways(ctx, {
    caller: platform,
    query: { status: "awarded", branchCode: "LEEM", qualificationCode: "CEI", limit: 1, offset: 0 },
  });
  const awarded = items[0] && (await getPathway(ctx, { caller: platform, pathwayId: items[0].id }));
  if (!awarded?.certificateNumber) throw new Error("The demo has no CEI certificate awarded in LEEM");
  const companyId = [...companyIds].find(([name]) => name.startsWith("Conserverie de Bretagne"))?.[1];
  if (companyId === undefined) throw new Error("No demo company of Alliance 7");
  const adminEmail = demoAccounts.find((a) => a.role === "admin")!.email;
  const admin = await findAccountByEmail(ctx.db, adminEmail);
  if (!admin) throw new Error(`The demo account ${adminEmail} is missing`);
  const caller = userCaller({
    userId: admin.id,
    email: adminEmail,
    role: "admin",
    branchCodes: [],
    companyId: null,
    via: "session",
  });
  const candidateId = awarded.candidate.id;
  await updateCandidate(ctx, { caller, id: candidateId, input: { employmentStatus: "employee", companyId } });
  return registerPathway(ctx, {
    caller,
    input: {
      candidateId,
      qualificationCode: "CEI",
      branchCode: "ALLIANCE7",
      route: "experience",
      fromCertificate: awarded.certificateNumber,
    },
  });
}
