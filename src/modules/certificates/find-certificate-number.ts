import type { AppContext } from "../../server/context.ts";
import { findCertificateRow } from "./repository.ts";

/**
 * The number of the certificate issued for a jury decision, or null (not an award, or not issued yet).
 * For the pathway page; the caller has already been checked to see the pathway.
 */
export async function findCertificateNumberOfDecision(
  ctx: AppContext,
  juryDecisionId: number,
): Promise<string | null> {
  return (await findCertificateRow(ctx.db, { juryDecisionId }))?.number ?? null;
}
