import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import type { Actor } from "../accounts/roles.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findBranchByCode } from "../catalogue/repository.ts";
import { checkCandidate } from "./check-candidate.ts";
import { candidateAccountTaken, candidateAccountUnavailable } from "./errors.ts";
import { defaultCompanyId, seesEveryAccount } from "./policy.ts";
import { findCandidateRow, insertCandidate } from "./repository.ts";
import type { CandidateFields, CandidateView, CreateCandidateInput } from "./schemas.ts";
import { toCandidateColumns, toCandidateView } from "./views.ts";

/**
 * Registers a candidate with the identity the legal declaration needs. An admin registers anyone; a
 * branch officer someone of a company in their branches, or a job seeker; an employer their own
 * company's employees (their company by default). A null actor is the platform itself (test builders).
 */
export async function createCandidate(
  ctx: AppContext,
  { actor, input }: { actor: Actor | null; input: CreateCandidateInput },
): Promise<CandidateView> {
  const fields: CandidateFields = {
    ...input,
    companyId:
      input.companyId === undefined ? defaultCompanyId(actor, input.employmentStatus) : input.companyId,
  };
  await checkCandidate(ctx, {
    actor,
    candidateId: null,
    fields,
    changes: { companyId: true, userId: fields.userId !== null },
  });
  const at = ctx.clock.now().toISOString();
  const registeringBranch = await registeringBranchId(ctx, actor);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const id = await insertCandidate(trx, {
        ...toCandidateColumns(fields),
        registering_branch_id: registeringBranch,
        created_at: at,
        updated_at: at,
      });
      const row = await findCandidateRow(trx, { kind: "all" }, id);
      const view = toCandidateView(row!);
      await recordAuditEvent(trx, {
        actorUserId: actor?.userId ?? null,
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
      throw seesEveryAccount(actor) ? candidateAccountTaken() : candidateAccountUnavailable();
    throw error;
  }
}

/** A branch officer's registration stays visible to their branch even without a company (job seekers). */
async function registeringBranchId(ctx: AppContext, actor: Actor | null): Promise<number | null> {
  const [code] = actor?.role === "branch_officer" ? actor.branchCodes : [];
  if (!code) return null;
  return (await findBranchByCode(ctx.db, code))?.id ?? null;
}
