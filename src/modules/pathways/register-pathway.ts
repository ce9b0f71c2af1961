import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId, managesBranch } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findCandidateInScope } from "../candidates/find-candidate.ts";
import { branchNotFound, qualificationNotFound } from "../catalogue/errors.ts";
import { findBranch, findQualification } from "../catalogue/find-catalogue-entry.ts";
import { findLatestAdoption } from "../referentials/load-applicable-referential.ts";
import { capacitiesToCarryOver } from "./carry-over.ts";
import { noAdoptedReferential, notYourBranch } from "./errors.ts";
import { insertCarriedCapacities, insertPathway, insertTransition } from "./repository.ts";
import type { RegisterPathwayInput } from "./schemas.ts";

/**
 * Registers a candidate for a CQPI in a branch: the pathway follows the referential version the
 * branch's CPNE adopted most recently, with its modules complémentaires, and starts `registered`.
 * From a certificate of the candidate (`fromCertificate`), it starts with the capacities that
 * certificate carries over (carry-over.ts), written in the same transaction with their source.
 */
export async function registerPathway(
  ctx: AppContext,
  { caller, input }: { caller: ActingCaller; input: RegisterPathwayInput },
) {
  const branch = await findBranch(ctx.db, input.branchCode);
  if (!branch) throw branchNotFound(input.branchCode);
  if (!managesBranch(caller, branch.code)) throw notYourBranch();
  const qualification = await findQualification(ctx.db, input.qualificationCode);
  if (!qualification) throw qualificationNotFound(input.qualificationCode);
  const candidate = await findCandidateInScope(ctx, caller, input.candidateId);
  const adoption = await findLatestAdoption(ctx.db, {
    qualificationId: qualification.id,
    branchId: branch.id,
  });
  if (!adoption) throw noAdoptedReferential();
  const carried = input.fromCertificate
    ? await capacitiesToCarryOver(ctx, {
        number: input.fromCertificate,
        candidateId: candidate.id,
        qualificationCode: qualification.code,
        branchCode: branch.code,
      })
    : [];

  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertPathway(trx, {
      candidate_id: candidate.id,
      branch_id: branch.id,
      qualification_id: qualification.id,
      version_id: adoption.version_id,
      adoption_id: adoption.id,
      route: input.route,
      status: "registered",
      evaluator_user_id: null,
      registered_on: input.registeredOn ?? at.slice(0, 10),
      status_changed_at: at,
      created_at: at,
      updated_at: at,
    });
    await insertCarriedCapacities(
      trx,
      carried.map((c) => ({
        pathway_id: row.id,
        capacity_code: c.capacityCode,
        certificate_number: input.fromCertificate!,
        via_json: JSON.stringify(c.via),
        created_at: at,
      })),
    );
    await insertTransition(trx, {
      pathway_id: row.id,
      event: "register",
      from_status: null,
      to_status: "registered",
      actor_user_id: authorId(caller),
      occurred_at: at,
    });
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "pathway.register",
      entityType: "pathway",
      entityId: row.id,
      after: {
        candidateId: candidate.id,
        branchCode: branch.code,
        qualificationCode: qualification.code,
        version: adoption.version,
        route: input.route,
        ...(input.fromCertificate && {
          fromCertificate: input.fromCertificate,
          carriedOver: carried.map((c) => c.capacityCode),
        }),
      },
      occurredAt: at,
    });
    return row.id;
  });
}
