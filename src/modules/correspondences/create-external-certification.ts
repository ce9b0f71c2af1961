import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound } from "../catalogue/errors.ts";
import { findBranch, findQualification } from "../catalogue/find-catalogue-entry.ts";
import { externalCodeTaken } from "./errors.ts";
import { insertExternalCertification } from "./repository.ts";
import type { CreateExternalCertificationInput, ExternalCertificationView } from "./schemas.ts";

/**
 * Enters a certification the platform does not run (a branch's own CQP, an RNCP or RS title) with its
 * blocs, so that correspondences can point at them. Its code is not a CQPI's: an end names one or the other.
 */
export async function createExternalCertification(
  ctx: AppContext,
  key: { caller: ActingCaller; input: CreateExternalCertificationInput },
): Promise<ExternalCertificationView> {
  const { input } = key;
  if (await findQualification(ctx.db, input.code)) throw externalCodeTaken(input.code);
  const branch = input.branchCode === null ? null : await findBranch(ctx.db, input.branchCode);
  if (input.branchCode !== null && !branch) throw branchNotFound(input.branchCode);
  const twice = input.blocks.findIndex((b, i) => input.blocks.findIndex((o) => o.code === b.code) !== i);
  if (twice >= 0) {
    const { code } = input.blocks[twice]!;
    throw validationFailedOn(
      `blocks.${twice}.code`,
      fieldError("DUPLICATE_CODE", `duplicate code ${code}`, { code }),
    );
  }
  const at = ctx.clock.now().toISOString();
  const view = { ...input, branchCode: branch?.code ?? null };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertExternalCertification(
        trx,
        {
          code: input.code,
          title: input.title,
          branch_id: branch?.id ?? null,
          rncp_code: input.rncpCode,
          rs_code: input.rsCode,
          created_at: at,
        },
        input.blocks,
      );
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "external_certification.create",
        entityType: "external_certification",
        entityId: input.code,
        after: view,
        occurredAt: at,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw externalCodeTaken(input.code);
    throw error;
  }
  return view;
}
