import type { Access } from "../../server/access.ts";
import type { Actor } from "../accounts/roles.ts";
import { canManageBranch } from "../pathways/policy.ts";

/**
 * Who may do what with certificates:
 * - anyone, without an account: verify a certificate by its number (the holder is named only to whoever
 *   types the holder's family name, or holds the QR code's token), verify a credential JSON, read the
 *   revocation lists and the issuer's DID document;
 * - the signed credential and the PDF: the holder, the staff in scope (the national committee, the
 *   branch's secretariat), the holder's employer, or anyone with the QR code's token;
 * - revoke: the national committee (admin) or the secretariat of the certificate's branch, with a reason.
 */
export const certificatesAccess = {
  verify: "public",
  /** Public at the door; the use case admits the holder, staff in scope, or the QR token. */
  download: "public",
  revoke: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

/** Staff who act on the certificates of a branch: admin, or that branch's officer. */
export const mayManageCertificate = (actor: Actor, branchCode: string) => canManageBranch(actor, branchCode);

/** Roles that reach a certificate through its pathway's scope (their own, their employee's). */
export const reachesThroughPathway = (actor: Actor) =>
  actor.role === "candidate" || actor.role === "employer";
