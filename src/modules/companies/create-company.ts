import type { AppContext } from "../../server/context.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { branchNotFound } from "../catalogue/errors.ts";
import { findBranchByCode } from "../catalogue/repository.ts";
import { insertCompany } from "./repository.ts";

/** Registers a company (an employer of candidates), optionally attached to its branch. */
export async function createCompany(
  ctx: AppContext,
  {
    actorUserId,
    input,
  }: { actorUserId: number | null; input: { name: string; siret: string | null; branchCode: string | null } },
) {
  const branch = input.branchCode ? await findBranchByCode(ctx.db, input.branchCode) : undefined;
  if (input.branchCode && !branch) throw branchNotFound(input.branchCode);
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertCompany(trx, {
      name: input.name,
      siret: input.siret,
      branch_id: branch?.id ?? null,
      created_at: at,
    });
    const view = { id: row.id, name: row.name, siret: row.siret, branchCode: branch?.code ?? null };
    await recordAuditEvent(trx, {
      actorUserId,
      action: "company.create",
      entityType: "company",
      entityId: row.id,
      after: view,
      occurredAt: at,
    });
    return view;
  });
}
