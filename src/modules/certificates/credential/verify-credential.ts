import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { type DocumentLoader, DocumentRefusedError } from "./document-loader.ts";

export const verdicts = ["valid", "revoked", "altered", "unknown_issuer", "expired"] as const;
export type Verdict = (typeof verdicts)[number];

export interface VerificationOutcome {
  verdict: Verdict;
  /** Why, in plain French, for the person who asked. */
  reason: string;
}

const reasons = {
  unsigned:
    "Ce document ne porte pas de signature : ce n'est pas une attestation délivrée par la plateforme.",
  otherIssuer:
    "L'attestation n'a pas été signée par l'émetteur de cette plateforme : son authenticité ne peut pas être vérifiée ici.",
  unknownKey: "La clé qui a signé l'attestation n'est pas une clé de l'émetteur de cette plateforme.",
  altered:
    "La signature ne correspond plus au contenu : l'attestation a été modifiée après avoir été signée.",
  statusUnreadable:
    "La liste de révocation nommée par l'attestation est introuvable ou n'est pas authentique.",
  revoked: "L'attestation est authentique, mais la certification a été révoquée par son émetteur.",
  valid: "L'attestation est authentique, intacte et n'a pas été révoquée.",
} as const;

const expiredReason = (validUntil: string) =>
  `L'attestation est authentique, mais sa validité a pris fin le ${validUntil.slice(0, 10)}.`;

/**
 * Checks a credential entirely offline: issued by the platform's own DID (`issuerDid`), signature intact
 * under the bundled contexts, within its validity, and not revoked in its status list (itself verified).
 * The document loader is the platform's, so nothing is ever fetched.
 */
export async function verifySignedCredential(
  credential: unknown,
  options: { issuerDid: string; documentLoader: DocumentLoader; now: Date },
): Promise<VerificationOutcome> {
  const outcome = (verdict: Verdict, reason: string) => ({ verdict, reason });
  if (!isRecord(credential) || credential.proof === undefined) return outcome("altered", reasons.unsigned);
  const issuer = isRecord(credential.issuer) ? credential.issuer.id : credential.issuer;
  const proofs = [credential.proof].flat();
  const isOwnProof = (p: unknown) =>
    isRecord(p) &&
    typeof p.verificationMethod === "string" &&
    p.verificationMethod.startsWith(`${options.issuerDid}#`);
  if (issuer !== options.issuerDid || !proofs.every(isOwnProof))
    return outcome("unknown_issuer", reasons.otherIssuer);

  const validUntil = typeof credential.validUntil === "string" ? credential.validUntil : null;
  const isExpired = validUntil !== null && Date.parse(validUntil) < options.now.getTime();
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader: options.documentLoader,
    // The signature of an expired credential is still checked, as of its last valid moment.
    now: isExpired && validUntil ? new Date(validUntil) : options.now,
    checkStatus: (o) =>
      checkStatus({ ...o, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true }),
  });
  const status = result.statusResult as { verified: boolean; results?: { status: boolean }[] } | undefined;
  if (!result.verified) {
    if (mentionsRefusedDocument(result)) return outcome("unknown_issuer", reasons.unknownKey);
    return outcome("altered", status && !status.verified ? reasons.statusUnreadable : reasons.altered);
  }
  if (status?.results?.some((r) => r.status)) return outcome("revoked", reasons.revoked);
  if (isExpired && validUntil) return outcome("expired", expiredReason(validUntil));
  return outcome("valid", reasons.valid);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** True when verification stopped on a key the platform does not know (its loader refused the URL). */
function mentionsRefusedDocument(result: unknown, depth = 0): boolean {
  if (depth > 6 || result === null || typeof result !== "object") return false;
  if (result instanceof DocumentRefusedError) return true;
  const { error, errors, cause, details, results } = result as Record<string, unknown>;
  return [
    error,
    cause,
    details,
    ...[errors, results].flatMap((list) => (Array.isArray(list) ? list : [])),
  ].some((e) => mentionsRefusedDocument(e, depth + 1));
}
