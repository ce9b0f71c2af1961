import type { AppContext } from "../../server/context.ts";
import { blocksOf, listCorrespondences, listExternalCertifications } from "./repository.ts";
import type { CorrespondenceView, ExternalCertificationView } from "./schemas.ts";
import { toCorrespondenceView } from "./views.ts";

/** The recorded correspondences (public: acts of the bodies), optionally those touching one certification. */
export async function readCorrespondences(
  ctx: AppContext,
  qualificationCode?: string,
): Promise<CorrespondenceView[]> {
  return (await listCorrespondences(ctx.db, qualificationCode)).map(toCorrespondenceView);
}

/** The correspondences with an end in this version of a CQPI, that end first: what its CASE export links. */
export async function correspondencesOfVersion(ctx: AppContext, key: { code: string; version: number }) {
  const all = await readCorrespondences(ctx, key.code);
  const isHere = (end: CorrespondenceView["from"]) =>
    end.qualificationCode === key.code && end.version === key.version;
  return all.flatMap((c) => {
    if (isHere(c.from)) return [{ here: c.from.itemCode, there: c.to, kind: c.kind, isFrom: true }];
    if (isHere(c.to)) return [{ here: c.to.itemCode, there: c.from, kind: c.kind, isFrom: false }];
    return [];
  });
}

export async function readExternalCertifications(ctx: AppContext): Promise<ExternalCertificationView[]> {
  const rows = await listExternalCertifications(ctx.db);
  const blocks = await blocksOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    code: row.code,
    title: row.title,
    branchCode: row.branch_code,
    rncpCode: row.rncp_code,
    rsCode: row.rs_code,
    blocks: blocks
      .filter((b) => b.certification_id === row.id)
      .map((b) => ({ code: b.code, title: b.title })),
  }));
}
