import type { Access } from "../../server/access.ts";
import { type Caller, managesBranch } from "../accounts/caller.ts";
import type { BodyKind } from "./rules.ts";

/**
 * Who may do what in governance:
 * - anyone reads the list of bodies and a branch's adhesion history (no personal data in either);
 * - signed-in users read a body's members, decisions and documents;
 * - the national committee's secretariat (admin) creates CPNEs and keeps the national bodies' records;
 * - a branch officer keeps the records of their own branch's CPNE: members, decisions, documents,
 *   the branch's adhesion request and its paritaire opinion;
 * - only the national committee decides on an adhesion (see rules.ts `mayDecide`).
 */
export const governanceAccess = {
  public: "public",
  read: "authenticated",
  createBody: ["admin"],
  keepRecords: ["admin", "branch_officer"],
} as const satisfies Record<string, Access>;

/** Keeps this body's records: the national bodies are the secretariat's, a CPNE its branch's too. */
export function keepsRecordsOf(
  caller: Caller,
  body: { kind: BodyKind; branch_code: string | null },
): boolean {
  if (caller.kind === "platform") return true;
  if (caller.kind !== "user") return false;
  if (body.kind !== "cpne" || body.branch_code === null) return caller.role === "admin";
  return managesBranch(caller, body.branch_code);
}

/** Files a branch's adhesion request and records its paritaire opinion: admin or that branch's officer. */
export const actsForBranch = managesBranch;
