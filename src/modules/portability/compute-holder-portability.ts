import { type AppContext, isoToday } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { type Caller, platform } from "../accounts/caller.ts";
import { findDownloadableCertificate } from "../certificates/find-certificate.ts";
import { readCorrespondences } from "../correspondences/read-correspondences.ts";
import { findVersion } from "../referentials/find-version.ts";
import { getBranchReferential, listVersions } from "../referentials/read-referentials.ts";
import type { Block } from "../referentials/schemas.ts";
import { computePortability, type HolderAcquisition, type PortabilityAnswer, validUntil } from "./rules.ts";
import type { PortabilityQuery } from "./schemas.ts";

const treeOf = (qualificationCode: string, version: number, blocks: Block[]) => ({
  qualificationCode,
  version,
  blocks: blocks.map((b) => ({ code: b.code, capacityCodes: b.capacities.map((c) => c.code) })),
});

/**
 * What a holder has and still needs for a CQPI in a branch. With `certificate`, the certificate's award
 * (seen only by its holder, their employer and the branch's staff, as its downloads); with
 * `qualificationFrom`, the public question "what does a holder of X in full need?", without anyone's data.
 */
export async function computeHolderPortability(
  ctx: AppContext,
  key: { caller: Caller; query: PortabilityQuery },
): Promise<PortabilityAnswer> {
  const { query } = key;
  if ((query.certificate === undefined) === (query.qualificationFrom === undefined))
    throw validationFailedOn(
      "certificate",
      fieldError("REQUIRED", "certificate or qualificationFrom: name one holder"),
    );
  const target = await getBranchReferential(ctx, { branchCode: query.branch, code: query.qualification });
  const holder = query.certificate
    ? await certificateHolder(ctx, key.caller, query.certificate)
    : await publicHolder(ctx, query.qualificationFrom!);
  const links = (await readCorrespondences(ctx)).map((c) => ({ from: c.from, to: c.to, kind: c.kind }));
  return computePortability(
    holder,
    {
      tree: treeOf(query.qualification, target.version.version, target.version.blocks),
      modules: treeOf(query.qualification, target.version.version, target.adoption.modules).blocks,
    },
    links,
    isoToday(ctx),
  );
}

async function certificateHolder(
  ctx: AppContext,
  caller: Caller,
  number: string,
): Promise<HolderAcquisition> {
  const row = await findDownloadableCertificate(ctx, { caller, number });
  // The certificate's own version: published when awarded, readable by anyone.
  const { view } = await findVersion(ctx, {
    code: row.qualification_code,
    version: row.referential_version,
    caller: platform,
  });
  return {
    tree: treeOf(row.qualification_code, row.referential_version, view.blocks),
    kind: row.kind,
    blockCodes: JSON.parse(row.block_codes_json) as string[],
    awardedOn: row.awarded_on,
    isRevoked: row.revoked_at !== null,
    validUntil: validUntil(row.kind, row.awarded_on, view.validity),
  };
}

async function publicHolder(ctx: AppContext, code: string): Promise<HolderAcquisition> {
  const published = (await listVersions(ctx, { code, caller: platform })).filter(
    (v) => v.status === "published",
  );
  const latest = published.at(-1);
  if (!latest)
    throw validationFailedOn(
      "qualificationFrom",
      fieldError("UNKNOWN_REFERENCE", "no published referential", { value: code }),
    );
  const { view } = await findVersion(ctx, { code, version: latest.version, caller: platform });
  return {
    tree: treeOf(code, latest.version, view.blocks),
    kind: "full",
    blockCodes: [],
    awardedOn: isoToday(ctx),
    isRevoked: false,
    validUntil: null,
  };
}
