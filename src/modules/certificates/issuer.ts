import type { Config } from "../../config.ts";
import { didWebOf } from "./credential/issuer-did.ts";

/**
 * The issuer profile a credential names: its id is the platform's did:web, the keys' controller; its name,
 * web address and contact are the branch's CPNE's when `CQPI_ISSUER_PROFILES_FILE` lists the branch, the
 * national committee's (`CQPI_ISSUER_NAME`, the platform's address) otherwise.
 */
export function issuerOf(
  config: Pick<Config, "publicUrl" | "issuerName" | "issuerProfiles">,
  branchCode?: string,
) {
  const id = didWebOf(config.publicUrl);
  const profile = branchCode === undefined ? undefined : config.issuerProfiles[branchCode];
  if (!profile) return { id, name: config.issuerName, url: config.publicUrl };
  return {
    id,
    name: profile.name,
    url: profile.url ?? config.publicUrl,
    ...(profile.email && { email: profile.email }),
    ...(profile.description && { description: profile.description }),
  };
}

/** The stable public URL of a status list credential, named in every credential it covers. */
export const statusListUrl = (config: Pick<Config, "publicUrl">, id: number) =>
  `${config.publicUrl}/api/status-lists/${id}`;

/** The public summary of a certificate, which is also its credential's id. */
export const certificateUrl = (config: Pick<Config, "publicUrl">, number: string) =>
  `${config.publicUrl}/api/certificates/${encodeURIComponent(number)}`;

/** The public verification page the certificate's QR code opens. */
export const verificationPageUrl = (config: Pick<Config, "publicUrl">, number: string, qrToken: string) =>
  `${config.publicUrl}/verification/${encodeURIComponent(number)}?jeton=${encodeURIComponent(qrToken)}`;
