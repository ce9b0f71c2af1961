import type { AppContext } from "../../server/context.ts";
import type { Caller } from "../accounts/caller.ts";
import { branchNotFound } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { diffReferentials } from "./diff.ts";
import { referentialNotAdopted } from "./errors.ts";
import { findQualificationOrThrow, findVersion } from "./find-version.ts";
import { canSeeDrafts } from "./policy.ts";
import { findVersionRowById, listAdoptionRows, listVersionRows, loadTrees } from "./repository.ts";
import type { Block } from "./schemas.ts";
import { toVersionView } from "./views.ts";

/** The versions of a CQPI's referential, newest first, with their size (drafts only for those who may see them). */
export async function listVersions(ctx: AppContext, { code, caller }: { code: string; caller: Caller }) {
  const qualification = await findQualificationOrThrow(ctx, code);
  const rows = (await listVersionRows(ctx.db, qualification.id)).filter(
    (r) => r.status !== "draft" || canSeeDrafts(caller),
  );
  const trees = await loadTrees(
    ctx.db,
    rows.map((r) => ({ versionId: r.id })),
  );
  return rows.map((row, i) => {
    const {
      passRule: _rule,
      validity: _validity,
      blocks: _blocks,
      ...summary
    } = toVersionView(row, code, trees[i] ?? []);
    return summary;
  });
}

/** What changed from version `from` to version `to`. */
export async function diffVersions(
  ctx: AppContext,
  key: { code: string; from: number; to: number; caller: Caller },
) {
  const from = await findVersion(ctx, { code: key.code, version: key.from, caller: key.caller });
  const to = await findVersion(ctx, { code: key.code, version: key.to, caller: key.caller });
  return { from: key.from, to: key.to, ...diffReferentials(from.view, to.view) };
}

/** Every branch adoption of the CQPI's versions, newest decision first. */
export async function listAdoptions(ctx: AppContext, { code }: { code: string }) {
  const qualification = await findQualificationOrThrow(ctx, code);
  const rows = await listAdoptionRows(ctx.db, { qualificationId: qualification.id });
  const modules = await loadTrees(
    ctx.db,
    rows.map((r) => ({ adoptionId: r.id })),
  );
  return rows.map((row, i) => toAdoptionView(row, modules[i] ?? []));
}

/**
 * The referential that applies to a candidate of this branch: the version its CPNE adopted most
 * recently, plus the branch's modules complémentaires recorded with that adoption.
 */
export async function getBranchReferential(
  ctx: AppContext,
  { branchCode, code }: { branchCode: string; code: string },
) {
  const branch = await findBranch(ctx.db, branchCode);
  if (!branch) throw branchNotFound(branchCode);
  const qualification = await findQualificationOrThrow(ctx, code);
  const [latest] = await listAdoptionRows(ctx.db, { qualificationId: qualification.id, branchId: branch.id });
  if (!latest) throw referentialNotAdopted(branchCode, code);
  const versionRow = await findVersionRowById(ctx.db, latest.version_id);
  const [blocks, modules] = await loadTrees(ctx.db, [
    { versionId: versionRow.id },
    { adoptionId: latest.id },
  ]);
  return {
    branchCode: branch.code,
    qualificationTitle: qualification.title,
    adoption: toAdoptionView(latest, modules ?? []),
    version: toVersionView(versionRow, qualification.code, blocks ?? []),
  };
}

function toAdoptionView(row: Awaited<ReturnType<typeof listAdoptionRows>>[number], modules: Block[]) {
  return {
    id: row.id,
    branchCode: row.branch_code,
    branchName: row.branch_name,
    version: row.version,
    decisionDate: row.decision_date,
    agreementReference: row.agreement_reference,
    recordedAt: row.created_at,
    modules,
  };
}
