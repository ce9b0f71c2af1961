import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";

/** An Ed25519 signature of raw bytes with an issuer key (for what is not a credential: audit checkpoints). */
export async function signBytes(
  key: { publicKeyMultibase: string; secretKeyMultibase: string },
  data: Uint8Array,
): Promise<string> {
  const pair = await Ed25519Multikey.from({ type: "Multikey", controller: "", id: "", ...key });
  return Buffer.from(await pair.signer().sign({ data })).toString("base64url");
}

export async function verifyBytes(publicKeyMultibase: string, data: Uint8Array, signature: string) {
  const pair = await Ed25519Multikey.from({ type: "Multikey", controller: "", id: "", publicKeyMultibase });
  return pair.verifier().verify({ data, signature: Buffer.from(signature, "base64url") });
}
