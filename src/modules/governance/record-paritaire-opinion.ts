import type { AppContext } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notYourBranch } from "../catalogue/errors.ts";
import { adhesionRefused, adhesionRequestNotFound } from "./errors.ts";
import { actsForBranch } from "./policy.ts";
import { findAdhesion, moveAdhesion } from "./repository.ts";
import { nextAdhesionStatus } from "./rules.ts";
import type { AdhesionView, RecordOpinionInput } from "./schemas.ts";
import { toAdhesionView } from "./views.ts";

/**
 * Records the paritaire opinion on a branch's adhesion request: favourable or not, per college. The
 * opinion is given once; the request then awaits the national committee's decision.
 */
export async function recordParitaireOpinion(
  ctx: AppContext,
  key: { caller: ActingCaller; adhesionId: number; input: RecordOpinionInput },
): Promise<AdhesionView> {
  const adhesion = await findAdhesion(ctx.db, key.adhesionId);
  if (!adhesion) throw adhesionRequestNotFound();
  if (!actsForBranch(key.caller, adhesion.branch_code)) throw notYourBranch();
  const next = nextAdhesionStatus(adhesion.status, { kind: "record_opinion" }, null);
  if ("refusal" in next) throw adhesionRefused(next.refusal);
  if (key.input.givenOn < adhesion.requested_on)
    throw validationFailedOn(
      "givenOn",
      fieldError("BEFORE_OTHER_DATE", "givenOn: before the request", { other: "requestedOn" }),
    );
  const at = ctx.clock.now().toISOString();
  const changes = {
    status: next.to,
    employer_opinion: key.input.employer,
    employee_opinion: key.input.employee,
    opinion_on: key.input.givenOn,
    updated_at: at,
  };
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await moveAdhesion(trx, adhesion.id, adhesion.status, changes)))
      throw adhesionRefused("ADHESION_NOT_AWAITING_OPINION");
    const view = toAdhesionView({ ...adhesion, ...changes }, adhesion.branch_code);
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "adhesion.record_opinion",
      entityType: "charter_adhesion",
      entityId: adhesion.id,
      before: toAdhesionView(adhesion, adhesion.branch_code),
      after: view,
      occurredAt: at,
    });
    return view;
  });
}
