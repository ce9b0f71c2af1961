import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { findCertificateSource } from "../certificates/find-certificate-source.ts";
import { computeHolderPortability } from "../portability/compute-holder-portability.ts";
import type { Via } from "../portability/rules.ts";
import {
  certificateOfAnotherHolder,
  certificateRevoked,
  nothingCarriedOver,
  nothingLeftToAssess,
  unknownCertificate,
} from "./errors.ts";
import { findPathwayCandidateId } from "./repository.ts";

/**
 * Interbranch recognition (BRIEF §3.9): a pathway opened from a certificate starts with the capacities
 * the portability computation finds acquired, each kept with the certificate and the way it was reached
 * (read back by carried-capacities.ts).
 */

/**
 * What a certificate carries over to a CQPI in a branch for the candidate, from the portability answer.
 * Refused for a certificate that is not the candidate's, a revoked one, one that carries nothing over
 * (the reasons said), or one that already covers everything (nothing would be left to assess).
 */
export async function capacitiesToCarryOver(
  ctx: AppContext,
  key: { number: string; candidateId: number; qualificationCode: string; branchCode: string },
): Promise<{ capacityCode: string; via: Via }[]> {
  const source = await findCertificateSource(ctx, key.number);
  if (!source) throw unknownCertificate(key.number);
  if ((await findPathwayCandidateId(ctx.db, source.pathwayId)) !== key.candidateId)
    throw certificateOfAnotherHolder();
  if (source.isRevoked) throw certificateRevoked(source.number);
  // The candidate is in the caller's scope and holds the certificate: the platform computes for them.
  const answer = await computeHolderPortability(ctx, {
    caller: platform,
    query: { certificate: source.number, qualification: key.qualificationCode, branch: key.branchCode },
  });
  if (answer.acquired.length === 0)
    throw nothingCarriedOver(source.number, [...new Set(answer.remaining.map((r) => r.reason))]);
  if (answer.remaining.length === 0) throw nothingLeftToAssess(source.number);
  return answer.acquired;
}
