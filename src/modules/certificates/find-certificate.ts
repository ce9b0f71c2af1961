import { timingSafeEqual } from "node:crypto";
import type { CertificateRow } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { forbidden, unauthenticated } from "../../server/errors.ts";
import { type Caller, managesBranch } from "../accounts/caller.ts";
import { findPathwayInScope } from "../pathways/find-pathway.ts";
import { certificateNotFound } from "./errors.ts";
import { reachesThroughPathway } from "./policy.ts";
import { findCertificateRow } from "./repository.ts";
import { isSameFamilyName, isWellFormedCertificateNumber } from "./rules.ts";
import type { PublicCertificateView } from "./schemas.ts";
import { toPublicCertificateView } from "./views.ts";

/** A certificate by number; a number of the wrong shape or check digit is not even looked up. */
export async function findCertificateOrThrow(ctx: AppContext, number: string): Promise<CertificateRow> {
  const row = isWellFormedCertificateNumber(number)
    ? await findCertificateRow(ctx.db, { number })
    : undefined;
  if (!row) throw certificateNotFound();
  return row;
}

export const isQrToken = (row: CertificateRow, token: string | undefined) =>
  token !== undefined &&
  token.length === row.qr_token.length &&
  timingSafeEqual(Buffer.from(token), Buffer.from(row.qr_token));

/**
 * The public answer to "is this certificate real?": what was awarded, when, and whether it is revoked.
 * The holder is named only when the family name given is theirs, or with the QR code's token.
 */
export async function getPublicCertificate(
  ctx: AppContext,
  key: { number: string; familyName?: string; token?: string },
): Promise<PublicCertificateView> {
  const row = await findCertificateOrThrow(ctx, key.number);
  const isHolderNamed =
    isQrToken(row, key.token) ||
    (key.familyName !== undefined && isSameFamilyName(key.familyName, row.holder_family_name));
  return toPublicCertificateView(row, isHolderNamed);
}

/** What a certificate's public summary tells of its award, without its holder: enough to ask what it carries. */
export interface PublicAwardFacts {
  qualificationCode: string;
  referentialVersion: number;
  kind: "full" | "partial";
  blockCodes: string[];
  awardedOn: string;
  isRevoked: boolean;
}

export const publicAwardFactsOf = (row: CertificateRow): PublicAwardFacts => ({
  qualificationCode: row.qualification_code,
  referentialVersion: row.referential_version,
  kind: row.kind,
  blockCodes: JSON.parse(row.block_codes_json) as string[],
  awardedOn: row.awarded_on,
  isRevoked: row.revoked_at !== null,
});

/** The award facts of a certificate, for anyone who has its number (as its public verification page). */
export async function findPublicAwardFacts(ctx: AppContext, number: string): Promise<PublicAwardFacts> {
  return publicAwardFactsOf(await findCertificateOrThrow(ctx, number));
}

/**
 * A certificate whose credential and PDF the caller may download: with the QR code's token (anyone), or
 * as the holder, their employer, or staff of the certificate's branch.
 */
export async function findDownloadableCertificate(
  ctx: AppContext,
  key: { caller: Caller; number: string; token?: string },
): Promise<CertificateRow> {
  const row = await findCertificateOrThrow(ctx, key.number);
  if (isQrToken(row, key.token)) return row;
  const { caller } = key;
  if (caller.kind === "anonymous") throw unauthenticated();
  if (managesBranch(caller, row.branch_code)) return row;
  if (reachesThroughPathway(caller)) {
    const isInScope = await findPathwayInScope(ctx, caller, row.pathway_id).then(
      () => true,
      () => false,
    );
    if (isInScope) return row;
  }
  throw forbidden("Only the holder, the staff of the branch or the QR code's bearer may download this");
}
