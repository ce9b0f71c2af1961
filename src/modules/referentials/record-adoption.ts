import type { AppContext } from "../../server/context.ts";
import { fieldError, validationFailed } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyBranchOperation } from "../catalogue/apply-branch-operation.ts";
import { branchNotAdhered, branchNotFound, notYourBranch } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { versionNotPublished } from "./errors.ts";
import { findVersion } from "./find-version.ts";
import { canAdoptFor } from "./policy.ts";
import { insertAdoption, replaceTree } from "./repository.ts";
import { duplicateCodes, publicationProblems } from "./rules.ts";
import type { RecordAdoptionInput } from "./schemas.ts";

/**
 * Records that a branch's CPNE adopts a published version of a CQPI's referential (decision date,
 * agreement reference), with the branch's modules complémentaires. Each adoption keeps its own
 * modules; the latest decision applies to new candidates. The branch is recorded as operating the
 * CQPI if it was not already. The platform itself (demo data) adopts for any branch. A branch that had
 * not adhered to the charter on the decision date cannot adopt (BRANCH_NOT_ADHERED).
 */
export async function recordAdoption(
  ctx: AppContext,
  key: { caller: ActingCaller; branchCode: string; code: string; input: RecordAdoptionInput },
) {
  const branch = await findBranch(ctx.db, key.branchCode);
  if (!branch) throw branchNotFound(key.branchCode);
  if (!canAdoptFor(key.caller, branch.code)) throw notYourBranch();
  const adheredOn = branch.charter_adhesion_date;
  if (adheredOn === null || adheredOn > key.input.decisionDate)
    throw branchNotAdhered(branch.code, key.input.decisionDate, adheredOn);
  const { qualification, row, view } = await findVersion(ctx, {
    ...key,
    version: key.input.version,
    mayReadDrafts: true,
  });
  if (row.status !== "published") throw versionNotPublished();
  checkModules(
    view.blocks.map((b) => b.code),
    view.blocks.flatMap((b) => b.capacities.map((c) => c.code)),
    key.input,
  );

  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const adoption = await insertAdoption(trx, {
      branch_id: branch.id,
      version_id: row.id,
      decision_date: key.input.decisionDate,
      agreement_reference: key.input.agreementReference,
      created_at: at,
    });
    await replaceTree(trx, { adoptionId: adoption.id }, key.input.modules);
    await applyBranchOperation(trx, {
      branch,
      qualification,
      operatedSince: key.input.decisionDate,
      note: "",
      keepExisting: true,
      caller: key.caller,
      at,
    });
    const result = {
      id: adoption.id,
      branchCode: branch.code,
      branchName: branch.name,
      version: row.version,
      decisionDate: adoption.decision_date,
      agreementReference: adoption.agreement_reference,
      recordedAt: at,
      modules: key.input.modules,
    };
    await recordAuditEvent(trx, {
      actorUserId: authorId(key.caller),
      action: "referential.adopt",
      entityType: "adoption",
      entityId: adoption.id,
      after: { ...result, qualificationCode: qualification.code },
      occurredAt: at,
    });
    return result;
  });
}

/** Modules follow the same completeness rules as a published version and must not reuse the CQPI's codes. */
function checkModules(blockCodes: string[], capacityCodes: string[], input: RecordAdoptionInput) {
  const fields =
    input.modules.length > 0
      ? publicationProblems({
          ...input,
          passRule: { kind: "all_capacities" },
          validity: { kind: "lifetime" },
          blocks: input.modules,
        })
      : {};
  const prefixed = Object.fromEntries(
    Object.entries({ ...fields, ...duplicateCodes(input.modules) }).map(([k, v]) => [
      k.replace(/^blocks/, "modules"),
      v,
    ]),
  );
  input.modules.forEach((block, bi) => {
    if (blockCodes.includes(block.code))
      prefixed[`modules.${bi}.code`] = fieldError(
        "RESERVED_BLOCK_CODE",
        `${block.code} is a bloc of the CQPI`,
        {
          code: block.code,
        },
      );
    block.capacities.forEach((capacity, ci) => {
      if (capacityCodes.includes(capacity.code))
        prefixed[`modules.${bi}.capacities.${ci}.code`] = fieldError(
          "RESERVED_CAPACITY_CODE",
          `${capacity.code} is a capacity of the CQPI`,
          { code: capacity.code },
        );
    });
  });
  if (Object.keys(prefixed).length > 0) throw validationFailed(prefixed);
}
