import type { AppContext } from "../../server/context.ts";
import { branchNotFound } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { adhesionsOf } from "./repository.ts";
import { toAdhesionView } from "./views.ts";

/** A branch's adhesion history: its requests, latest first, and the adhesion date the catalogue shows. */
export async function readAdhesionHistory(ctx: AppContext, branchCode: string) {
  const branch = await findBranch(ctx.db, branchCode);
  if (!branch) throw branchNotFound(branchCode);
  const rows = await adhesionsOf(ctx.db, branch.id);
  return {
    branchCode: branch.code,
    charterAdhesionDate: branch.charter_adhesion_date,
    items: rows.map((row) => toAdhesionView(row, branch.code)),
  };
}
