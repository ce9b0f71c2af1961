import type { AppContext } from "../../server/context.ts";
import { verifySignedCredential } from "./credential/verify-credential.ts";
import { certificateUrl, issuerOf } from "./issuer.ts";
import { platformDocumentLoader } from "./platform-documents.ts";

/**
 * "Verify a credential": a JSON pasted or uploaded by anyone, checked offline against the platform's own
 * keys and status lists, never fetching anything. Names the certificate when it is one of the platform's.
 */
export async function verifyCredentialJson(ctx: AppContext, credential: Record<string, unknown>) {
  const outcome = await verifySignedCredential(credential, {
    issuerDid: issuerOf(ctx.config).id,
    documentLoader: platformDocumentLoader(ctx),
    now: ctx.clock.now(),
  });
  const prefix = certificateUrl(ctx.config, "");
  const id = typeof credential.id === "string" ? credential.id : "";
  const isOurs =
    outcome.verdict !== "unknown_issuer" && outcome.verdict !== "altered" && id.startsWith(prefix);
  return { ...outcome, certificateNumber: isOurs ? decodeURIComponent(id.slice(prefix.length)) : null };
}
