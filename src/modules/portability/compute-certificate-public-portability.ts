import type { AppContext } from "../../server/context.ts";
import { findPublicAwardFacts } from "../certificates/find-certificate.ts";
import { certificateHolder, portabilityFor } from "./compute-holder-portability.ts";
import type { PortabilityAnswer } from "./rules.ts";

/**
 * A certificate's portability for anyone who has its number, as its verification page shows it: "what
 * does the holder of this certificate need for CQPI Y in branch Z?". The answer is drawn only from what
 * the certificate's public summary already tells (its CQPI and version, full or the blocs of a partial
 * award, the award date, revoked or not) and from the public referentials and correspondences: it names
 * nobody and tells nothing the verification page does not.
 */
export async function computeCertificatePublicPortability(
  ctx: AppContext,
  key: { number: string; qualification: string; branch: string },
): Promise<PortabilityAnswer> {
  const holder = await certificateHolder(ctx, await findPublicAwardFacts(ctx, key.number));
  return portabilityFor(ctx, holder, key);
}
