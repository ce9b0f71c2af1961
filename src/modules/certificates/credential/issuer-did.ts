import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from "./contexts.ts";

/**
 * The issuer's identifier is a did:web built from the platform's public address: its DID document (the
 * public keys) is then published by the platform itself, at the path did:web prescribes.
 */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const segments = url.pathname.split("/").filter(Boolean).map(encodeURIComponent);
  return ["did:web", encodeURIComponent(url.host), ...segments].join(":");
}

/** Where the DID document is served on this server: `/.well-known/did.json`, or `/did.json` under a path. */
export function didDocumentPath(publicUrl: string): string {
  return new URL(publicUrl).pathname.replace(/\/+$/, "") === "" ? "/.well-known/did.json" : "/did.json";
}

export const keyIdOf = (did: string, publicKeyMultibase: string) => `${did}#${publicKeyMultibase}`;

/** A public key as the DID document lists it. */
export function multikeyOf(did: string, publicKeyMultibase: string) {
  return {
    "@context": MULTIKEY_V1_CONTEXT,
    id: keyIdOf(did, publicKeyMultibase),
    type: "Multikey",
    controller: did,
    publicKeyMultibase,
  };
}

/**
 * The issuer's DID document: every key it ever signed with, current and rotated out, stays an assertion
 * method, so that what an old key signed still verifies.
 */
export function buildDidDocument(did: string, publicKeys: readonly string[]) {
  return {
    "@context": [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: publicKeys.map((key) => {
      const { "@context": _context, ...method } = multikeyOf(did, key);
      return method;
    }),
    assertionMethod: publicKeys.map((key) => keyIdOf(did, key)),
  };
}
