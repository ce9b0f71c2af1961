import type { Access } from "../../server/access.ts";
import { type Caller, hasRole, type UserCaller } from "../accounts/caller.ts";

/**
 * Who may do what with certificates:
 * - anyone, without an account: verify a certificate by its number (the holder is named only to whoever
 *   types the holder's family name, or holds the QR code's token), verify a credential JSON, read the
 *   revocation lists and the issuer's DID document;
 * - the signed credential and the PDF: the holder, the staff in scope (the national committee, the
 *   branch's secretariat), the holder's employer, or anyone with the QR code's token;
 * - revoke: the national committee (admin) or the secretariat of the certificate's branch, with a reason;
 * - the list and its exports: the national committee (all), a branch's secretariat (its branches'), an
 *   employer (its employees'), a candidate (their own).
 */
export const certificatesAccess = {
  verify: "public",
  /** Public at the door; the use case admits the holder, staff in scope, or the QR token. */
  download: "public",
  revoke: ["admin", "branch_officer"],
  list: ["admin", "branch_officer", "employer", "candidate"],
} as const satisfies Record<string, Access>;

/** Roles that reach a certificate through its pathway's scope (their own, their employee's). */
export const reachesThroughPathway = (caller: Caller): caller is UserCaller =>
  hasRole(caller, "candidate", "employer");

/**
 * Which certificates a caller lists, stated once (the list repository turns it into SQL): everything for
 * the platform and the national committee, a secretariat's branches, an employer's employees and a
 * candidate's own through the pathways they see; nothing for anyone else.
 */
export type CertificateReadScope =
  | { kind: "all" }
  | { kind: "branches"; branchCodes: readonly string[] }
  | { kind: "pathways"; caller: UserCaller }
  | { kind: "none" };

export function certificateReadScopeOf(caller: Caller): CertificateReadScope {
  if (caller.kind === "platform") return { kind: "all" };
  if (caller.kind === "anonymous") return { kind: "none" };
  if (caller.role === "admin") return { kind: "all" };
  if (caller.role === "branch_officer") return { kind: "branches", branchCodes: caller.branchCodes };
  if (reachesThroughPathway(caller)) return { kind: "pathways", caller };
  return { kind: "none" };
}
