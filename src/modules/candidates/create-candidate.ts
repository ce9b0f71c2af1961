import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { checkCandidate } from "./check-candidate.ts";
import { candidateAccountTaken, candidateAccountUnavailable } from "./errors.ts";
import { defaultCompanyId, everyCandidate, seesEveryAccount } from "./policy.ts";
import { findCandidateRow, insertCandidate } from "./repository.ts";
import type { CandidateFields, CandidateView, CreateCandidateInput } from "./schemas.ts";
import { toCandidateColumns, toCandidateView } from "./views.ts";

/**
 * Registers a candidate with the identity the legal declaration needs. An admin registers anyone; a
 * branch officer someone of a company in their branches, or a job seeker; an employer their own
 * company's employees (their company by default). The platform itself (test builders, demo) registers anyone.
 */
export async function createCandidate(
  ctx: AppContext,
  { caller, input }: { caller: ActingCaller; input: CreateCandidateInput },
): Promise<CandidateView> {
  const fields: CandidateFields = {
    ...input,
    companyId:
      input.companyId === undefined ? defaultCompanyId(caller, input.employmentStatus) : input.companyId,
  };
  await checkCandidate(ctx, {
    caller,
    candidateId: null,
    fields,
    changes: { companyId: true, userId: fields.userId !== null },
  });
  const at = ctx.clock.now().toISOString();
  const registeringBranch = await registeringBranchId(ctx, caller);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const id = await insertCandidate(trx, {
        ...toCandidateColumns(fields),
        registering_branch_id: registeringBranch,
        created_at: at,
        updated_at: at,
      });
      const row = await findCandidateRow(trx, everyCandidate, id);
      const view = toCandidateView(row!);
      await recordAuditEvent(trx, {
        actorUserId: authorId(caller),
        action: "candidate.create",
        entityType: "candidate",
        entityId: id,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    // Two registrations racing for one account: the unique index on user_id decides.
    if (isUniqueViolation(error))
      throw seesEveryAccount(caller) ? candidateAccountTaken() : candidateAccountUnavailable();
    throw error;
  }
}

/** A branch officer's registration stays visible to their branch even without a company (job seekers). */
async function registeringBranchId(ctx: AppContext, caller: ActingCaller): Promise<number | null> {
  const [code] = caller.kind === "user" && caller.role === "branch_officer" ? caller.branchCodes : [];
  if (!code) return null;
  return (await findBranch(ctx.db, code))?.id ?? null;
}
