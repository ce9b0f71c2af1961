import { type AppContext, isoToday } from "../../server/context.ts";
import {
  type ActingCaller,
  authorId,
  type Caller,
  managesBranch,
  type UserCaller,
} from "../accounts/caller.ts";
import { findAccount } from "../accounts/find-account.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound, qualificationNotFound, qualificationNotOperated } from "../catalogue/errors.ts";
import { findBranch, findQualification, operatesQualification } from "../catalogue/find-catalogue-entry.ts";
import { type AccreditationPeriod, accreditationState } from "./accreditation-rules.ts";
import {
  type AccreditationRow,
  findAccreditationRow,
  insertAccreditation,
  listAccreditationRows,
  listAccreditationRowsFor,
  markAccreditationRevoked,
} from "./accreditations-repository.ts";
import {
  accreditationAlreadyRevoked,
  accreditationNotFound,
  notAnEvaluatorAccount,
  notYourBranch,
} from "./errors.ts";
import type { CreateAccreditationInput } from "./schemas.ts";

/** Evaluators are accredited per CQPI by a branch, for a period (BRIEF §3.5). */

type PeriodColumns = Pick<AccreditationRow, "valid_from" | "valid_until" | "revoked_at">;

export const periodOf = (row: PeriodColumns): AccreditationPeriod => ({
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  revokedAt: row.revoked_at,
});

/** Valid on `day` from its first day to its last day (both included), unless revoked. */
export const isValidOn = (row: PeriodColumns, day: string) =>
  accreditationState(periodOf(row), day) === "valid";

function toView(row: AccreditationRow, today: string) {
  return {
    id: row.id,
    evaluatorUserId: row.evaluator_user_id,
    evaluatorName: row.display_name,
    qualificationCode: row.qualification_code,
    branchCode: row.branch_code,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    isValidToday: isValidOn(row, today),
  };
}

/** The accreditations of an evaluator for a CQPI in a branch (to check an assignment). */
export async function accreditationsFor(
  ctx: AppContext,
  key: { evaluatorUserId: number; qualificationId: number; branchId: number },
) {
  return listAccreditationRowsFor(ctx.db, key);
}

/** Lists accreditations: an evaluator sees their own, a branch officer those of their branches. */
export async function listAccreditations(
  ctx: AppContext,
  {
    caller,
    filter,
  }: {
    caller: Caller;
    filter: {
      evaluatorUserId?: number | undefined;
      qualificationCode?: string | undefined;
      branchCode?: string | undefined;
    };
  },
) {
  const rows = await listAccreditationRows(ctx.db, caller, filter);
  return rows.map((row) => toView(row, isoToday(ctx)));
}

/** Accredits an evaluator (a user with the evaluator role) for a CQPI the officer's branch operates. */
export async function createAccreditation(
  ctx: AppContext,
  { caller, input }: { caller: ActingCaller; input: CreateAccreditationInput },
) {
  const branch = await findBranch(ctx.db, input.branchCode);
  if (!branch) throw branchNotFound(input.branchCode);
  if (!managesBranch(caller, branch.code)) throw notYourBranch();
  const qualification = await findQualification(ctx.db, input.qualificationCode);
  if (!qualification) throw qualificationNotFound(input.qualificationCode);
  if (!(await operatesQualification(ctx.db, { branchId: branch.id, qualificationId: qualification.id })))
    throw qualificationNotOperated(branch.code, qualification.code);
  const evaluator = await findAccount(ctx.db, input.evaluatorUserId);
  if (evaluator?.role !== "evaluator") throw notAnEvaluatorAccount();
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertAccreditation(trx, {
      evaluator_user_id: evaluator.id,
      qualification_id: qualification.id,
      branch_id: branch.id,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      created_at: at,
    });
    const view = toView((await findAccreditationRow(trx, id))!, isoToday(ctx));
    await recordAuditEvent(trx, {
      actorUserId: authorId(caller),
      action: "accreditation.create",
      entityType: "accreditation",
      entityId: id,
      after: view,
      occurredAt: at,
    });
    return view;
  });
}

/**
 * Ends an accreditation now; pathways already assigned keep their evaluator but no new assignment is
 * possible. An accreditation already revoked is refused (ACCREDITATION_ALREADY_REVOKED), nothing written.
 */
export async function revokeAccreditation(
  ctx: AppContext,
  { caller, id }: { caller: UserCaller; id: number },
) {
  const row = await findAccreditationRow(ctx.db, id);
  if (!row || !managesBranch(caller, row.branch_code)) throw accreditationNotFound();
  if (row.revoked_at) throw accreditationAlreadyRevoked(row.revoked_at);
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    // Conditional on not being revoked yet: of two racing revocations, only one is written and audited.
    if (!(await markAccreditationRevoked(trx, id, at))) {
      throw accreditationAlreadyRevoked((await findAccreditationRow(trx, id))?.revoked_at ?? at);
    }
    await recordAuditEvent(trx, {
      actorUserId: caller.userId,
      action: "accreditation.revoke",
      entityType: "accreditation",
      entityId: id,
      before: toView(row, isoToday(ctx)),
      after: { revokedAt: at },
      occurredAt: at,
    });
  });
}
