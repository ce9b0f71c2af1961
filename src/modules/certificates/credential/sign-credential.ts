import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import type { DocumentLoader } from "./document-loader.ts";

/** An Ed25519 key able to sign: its id is `<controller>#<publicKeyMultibase>`. */
export interface SigningKey {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** A credential with its Data Integrity proofs, as the platform emits it (proof always an array). */
export type SignedCredential = Record<string, unknown> & { proof: Record<string, unknown>[] };

/**
 * Signs a credential with a `DataIntegrityProof` (cryptosuite `eddsa-rdfc-2022`, purpose
 * `assertionMethod`). The input is left untouched (the library mutates what it is given), and the proof,
 * which the library returns as an object, is emitted as an array as Open Badges 3.0 requires.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
  options: { created: string; documentLoader: DocumentLoader },
): Promise<SignedCredential> {
  const keyPair = await Ed25519Multikey.from({ type: "Multikey", ...key });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    cryptosuite,
    date: options.created,
  });
  const signed = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: options.documentLoader,
  });
  const proof = signed.proof as Record<string, unknown> | Record<string, unknown>[];
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}

/** A new Ed25519 key pair for the issuer. */
export async function generateSigningKey(controller: string) {
  const keyPair = await Ed25519Multikey.generate({ controller });
  const exported = await keyPair.export({ publicKey: true, secretKey: true });
  return {
    publicKeyMultibase: String(exported.publicKeyMultibase),
    secretKeyMultibase: String(exported.secretKeyMultibase),
  };
}
