import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { createDraft } from "./create-draft.ts";
import { fromCasePackage } from "./exchange/case-package.ts";
import { fromGridCsv } from "./exchange/grid-csv.ts";
import { fromGridXlsx } from "./exchange/grid-xlsx.ts";
import { findVersion } from "./find-version.ts";
import { saveDraft } from "./save-draft.ts";

/** Imports a 1EdTech CASE package as the next draft version of the CQPI's referential. */
export async function importCasePackage(
  ctx: AppContext,
  key: { actorUserId: number | null; code: string; casePackage: unknown },
) {
  const { content } = fromCasePackage(key.casePackage);
  return createDraft(ctx, { actorUserId: key.actorUserId, code: key.code, content });
}

export type GridFormat = "csv" | "xlsx";

/**
 * Replaces a draft's tree with a CSV or XLSX grid (one row per criterion). The draft keeps its pass
 * rule and validity; any problem in any row refuses the whole file.
 */
export async function importGrid(
  ctx: AppContext,
  key: {
    actorUserId: number | null;
    code: string;
    version: number;
    revision: number;
    format: GridFormat;
    data: Buffer;
  },
) {
  const blocks = key.format === "csv" ? fromGridCsv(key.data) : await fromGridXlsx(key.data);
  const { view } = await findVersion(ctx, { ...key, caller: platform, mayReadDrafts: true });
  return saveDraft(ctx, { ...key, content: { passRule: view.passRule, validity: view.validity, blocks } });
}
