import type { AppContext } from "../../server/context.ts";
import type { PageQuery } from "../../server/pagination.ts";
import { branchNotFound, qualificationNotFound } from "./errors.ts";
import {
  branchesOfQualification,
  findBranchByCode,
  findQualificationByCode,
  listBranches as listBranchRows,
  listQualifications as listQualificationRows,
  qualificationsOfBranch,
} from "./repository.ts";
import { toBranchView, toOperationView, toQualificationView } from "./views.ts";

/** The public catalogue: branches and CQPIs, each with who operates what. */

export async function listBranches(ctx: AppContext, query: PageQuery) {
  const page = await listBranchRows(ctx.db, query);
  return { items: page.items.map(toBranchView), total: page.total };
}

export async function getBranch(ctx: AppContext, code: string) {
  const row = await findBranchByCode(ctx.db, code);
  if (!row) throw branchNotFound(code);
  const qualifications = await qualificationsOfBranch(ctx.db, row.id);
  return {
    ...toBranchView({ ...row, qualification_count: qualifications.length }),
    qualifications: qualifications.map((q) => ({ code: q.code, title: q.title, ...toOperationView(q) })),
  };
}

export async function listQualifications(ctx: AppContext, query: PageQuery) {
  const page = await listQualificationRows(ctx.db, query);
  return { items: page.items.map(toQualificationView), total: page.total };
}

export async function getQualification(ctx: AppContext, code: string) {
  const row = await findQualificationByCode(ctx.db, code);
  if (!row) throw qualificationNotFound(code);
  const branches = await branchesOfQualification(ctx.db, row.id);
  return {
    ...toQualificationView({ ...row, branch_count: branches.length }),
    branches: branches.map((b) => ({ code: b.code, name: b.name, ...toOperationView(b) })),
  };
}
