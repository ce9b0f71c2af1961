import { toQueryString } from "../../lib/api.ts";

/** Addresses of the certificate pages and files. */

export const certificatesPagePath = "/certificates";
/** The public verification: by number and family name. */
export const verificationPagePath = "/verification";
/** The public "vérifier une attestation" page: a credential JSON pasted or uploaded. */
export const verifyCredentialPagePath = "/verification/attestation";
/** A certificate's public page; the QR code of the PDF adds `?jeton=` (see the server's issuer.ts). */
export const certificateVerificationPagePath = (
  number: string,
  query: { nom?: string; jeton?: string } = {},
) => `${verificationPagePath}/${encodeURIComponent(number)}${toQueryString(query)}`;

const certificateApiPath = (number: string) => `/api/certificates/${encodeURIComponent(number)}`;
export const certificatePdfPath = (number: string, token?: string) =>
  `${certificateApiPath(number)}/certificate.pdf${toQueryString({ token })}`;
export const credentialPath = (number: string, token?: string) =>
  `${certificateApiPath(number)}/credential${toQueryString({ token })}`;
export const certificatesExportPath = (format: "csv" | "xlsx", filters: Record<string, string>) =>
  `/api/certificates.${format}${toQueryString(filters)}`;
export { certificateApiPath };
