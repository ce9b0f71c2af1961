import { z } from "zod";
import { idParams, textInput } from "../../server/input.ts";
import { verdicts } from "./credential/verify-credential.ts";

const code = z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "must be 1–20 capital letters, digits or hyphens");
const name = z.string().trim().min(1, "must not be empty").max(200);
const id = z.number().int().positive();

/**
 * A jury's award, as the jury hands it over once its session is closed: everything the certificate states.
 * `blockCodes` are the blocs acquired; for a full award every bloc of the referential version is.
 */
export const award = z.strictObject({
  pathwayId: id,
  juryDecisionId: id,
  jurySessionId: id,
  candidate: z.strictObject({ givenNames: name, familyName: name }),
  qualification: z.strictObject({ code, title: name, referentialVersion: id }),
  branch: z.strictObject({ code, name }),
  kind: z.enum(["full", "partial"]),
  blockCodes: z.array(code).max(50),
  decidedOn: z.iso.date("must be a date YYYY-MM-DD"),
});
export type Award = z.infer<typeof award>;

export const certificateStatus = z.enum(["valid", "revoked"]);

/** A certificate as its holder and the staff in scope see it. */
export const certificateView = z.object({
  number: z.string(),
  pathwayId: z.number(),
  holder: z.object({ givenNames: z.string(), familyName: z.string() }),
  qualification: z.object({ code: z.string(), title: z.string(), referentialVersion: z.number() }),
  branch: z.object({ code: z.string(), name: z.string() }),
  kind: z.enum(["full", "partial"]),
  blockCodes: z.array(z.string()),
  awardedOn: z.string(),
  jurySessionId: z.number(),
  juryDecisionId: z.number(),
  issuedAt: z.string(),
  status: certificateStatus,
  revocation: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export type CertificateView = z.infer<typeof certificateView>;

/** What anyone may read of a certificate: no personal data unless the family name typed matches. */
export const publicCertificateView = z.object({
  number: z.string(),
  qualification: z.object({ code: z.string(), title: z.string() }),
  branchName: z.string(),
  kind: z.enum(["full", "partial"]),
  blockCodes: z.array(z.string()),
  awardedOn: z.string(),
  status: certificateStatus,
  revokedOn: z.string().nullable(),
  /** Why it was revoked: told, like the holder's name, only to whoever names the holder or holds the QR token. */
  revocationReason: z.string().nullable(),
  /** Set only when the family name given matches the holder's, or the QR code's token is given. */
  holder: z.object({ givenNames: z.string(), familyName: z.string() }).nullable(),
});
export type PublicCertificateView = z.infer<typeof publicCertificateView>;

export const certificateNumberParams = z.strictObject({ number: z.string().max(60) });
export const publicLookupQuery = z.strictObject({
  familyName: textInput().max(200).optional(),
  token: textInput().max(100).optional(),
});
export const credentialQuery = z.strictObject({ token: textInput().max(100).optional() });

export const revokeCertificateInput = z.strictObject({
  reason: textInput({ isMultiline: true }).trim().min(3, "must say why, in a few words").max(1000),
});

export const verifyCredentialInput = z.strictObject({
  credential: z.record(z.string(), z.unknown()).describe("The credential JSON, as signed"),
});
export const verificationResult = z.object({
  verdict: z.enum(verdicts),
  reason: z.string(),
  /** The certificate's number when the credential is one of the platform's. */
  certificateNumber: z.string().nullable(),
});

export const statusListParams = idParams;
