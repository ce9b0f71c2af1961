import { createCredential, createList } from "@digitalbazaar/vc-bitstring-status-list";

/**
 * Entries of a status list: the Bitstring Status List recommendation asks for at least 131,072 (16 KiB) so
 * that one holder's index tells nothing about the others'.
 */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * The unsigned revocation status list credential: same issuer as the credentials it covers, subject type
 * the string `BitstringStatusList`, `encodedList` the multibase (`u…`) GZIP of the bits, set for each
 * revoked index.
 */
export async function buildStatusListCredential(options: {
  url: string;
  length: number;
  issuerId: string;
  validFrom: string;
  revokedIndices: readonly number[];
}): Promise<Record<string, unknown>> {
  const list = await createList({ length: options.length });
  for (const index of options.revokedIndices) list.setStatus(index, true);
  const credential = await createCredential({ id: options.url, list, statusPurpose: "revocation" });
  return { ...credential, issuer: options.issuerId, validFrom: options.validFrom };
}
