import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import type { CaseCorrespondence } from "../referentials/exchange/case-correspondences.ts";
import { caseItemUri } from "../referentials/exchange/case-package.ts";
import { findVersion } from "../referentials/find-version.ts";
import { correspondencesOfVersion } from "./read-correspondences.ts";

/**
 * The correspondences of a CQPI version as its CASE export links them: each other end addressed by the
 * URI of its CFItem in that CQPI's package (the bloc/capacity path read from its referential), or, for
 * an external certification, by a URI of the platform naming its bloc.
 */
export async function caseCorrespondencesOf(
  ctx: AppContext,
  key: { code: string; version: number },
): Promise<CaseCorrespondence[]> {
  const base = ctx.config.publicUrl.replace(/\/+$/, "");
  const found = await correspondencesOfVersion(ctx, key);
  const result: CaseCorrespondence[] = [];
  for (const { here, there, kind, isFrom } of found) {
    const title = `${there.qualificationCode} ${there.itemCode}`;
    if (there.version === null) {
      const uri = `${base}/external-certifications/${encodeURIComponent(there.qualificationCode)}/blocks/${encodeURIComponent(there.itemCode)}`;
      result.push({ itemCode: here, kind, other: { title, uri }, isFrom });
      continue;
    }
    // Correspondences are public acts on published versions: the platform reads the other tree.
    const { view } = await findVersion(ctx, {
      code: there.qualificationCode,
      version: there.version,
      caller: platform,
    });
    const block = view.blocks.find(
      (b) => b.code === there.itemCode || b.capacities.some((c) => c.code === there.itemCode),
    );
    if (!block) continue;
    const path = block.code === there.itemCode ? [block.code] : [block.code, there.itemCode];
    const uri = caseItemUri(base, there.qualificationCode, there.version, path);
    result.push({ itemCode: here, kind, other: { title, uri }, isFrom });
  }
  return result;
}
