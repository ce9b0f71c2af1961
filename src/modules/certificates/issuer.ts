import type { Config } from "../../config.ts";
import { didWebOf } from "./credential/issuer-did.ts";

/** The issuer profile every credential names: its id is the platform's did:web, the keys' controller. */
export function issuerOf(config: Pick<Config, "publicUrl" | "issuerName">) {
  return { id: didWebOf(config.publicUrl), name: config.issuerName, url: config.publicUrl };
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
