import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { computeHolderPortability } from "./compute-holder-portability.ts";
import type { PortabilityAnswer } from "./rules.ts";

/**
 * A certificate's portability for anyone who has its number, as its verification page shows it: "what
 * does the holder of this certificate need for CQPI Y in branch Z?". The answer is drawn only from what
 * the certificate's public summary already tells (its CQPI and version, full or the blocs of a partial
 * award, the award date, revoked or not) and from the public referentials and correspondences: it names
 * nobody and tells nothing the verification page does not, which is why the certificate is read here by
 * the platform rather than through the holder's downloads.
 */
export function computeCertificatePublicPortability(
  ctx: AppContext,
  key: { number: string; qualification: string; branch: string },
): Promise<PortabilityAnswer> {
  return computeHolderPortability(ctx, {
    caller: platform,
    query: { certificate: key.number, qualification: key.qualification, branch: key.branch },
  });
}
