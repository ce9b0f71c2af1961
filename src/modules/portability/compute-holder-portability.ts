import { type AppContext, isoToday } from "../../server/context.ts";
import { fieldError, validationFailedOn } from "../../server/errors.ts";
import { anonymous, type Caller } from "../accounts/caller.ts";
import {
  findDownloadableCertificate,
  type PublicAwardFacts,
  publicAwardFactsOf,
} from "../certificates/find-certificate.ts";
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
  const holder = query.certificate
    ? await certificateHolder(
        ctx,
        publicAwardFactsOf(
          await findDownloadableCertificate(ctx, { caller: key.caller, number: query.certificate }),
        ),
      )
    : await publicHolder(ctx, query.qualificationFrom!);
  return portabilityFor(ctx, holder, query);
}

/** What `holder` still needs for the query's CQPI in its branch, through the recorded correspondences. */
export async function portabilityFor(
  ctx: AppContext,
  holder: HolderAcquisition,
  query: { qualification: string; branch: string },
): Promise<PortabilityAnswer> {
  const target = await getBranchReferential(ctx, { branchCode: query.branch, code: query.qualification });
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

/** A certificate's acquisitions, in its own referential version: published when awarded, public. */
export async function certificateHolder(
  ctx: AppContext,
  facts: PublicAwardFacts,
): Promise<HolderAcquisition> {
  const code = facts.qualificationCode;
  const { view } = await findVersion(ctx, { code, version: facts.referentialVersion, caller: anonymous });
  return {
    tree: treeOf(code, facts.referentialVersion, view.blocks),
    kind: facts.kind,
    blockCodes: facts.blockCodes,
    awardedOn: facts.awardedOn,
    isRevoked: facts.isRevoked,
    validUntil: validUntil(facts.kind, facts.awardedOn, view.validity),
  };
}

async function publicHolder(ctx: AppContext, code: string): Promise<HolderAcquisition> {
  const published = (await listVersions(ctx, { code, caller: anonymous })).filter(
    (v) => v.status === "published",
  );
  const latest = published.at(-1);
  if (!latest)
    throw validationFailedOn(
      "qualificationFrom",
      fieldError("UNKNOWN_REFERENCE", "no published referential", { value: code }),
    );
  const { view } = await findVersion(ctx, { code, version: latest.version, caller: anonymous });
  return {
    tree: treeOf(code, latest.version, view.blocks),
    kind: "full",
    blockCodes: [],
    awardedOn: isoToday(ctx),
    isRevoked: false,
    validUntil: null,
  };
}
