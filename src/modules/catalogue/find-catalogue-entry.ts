import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  findBranchByCode,
  findBranchesByCodes,
  findOperation,
  findQualificationByCode,
} from "./repository.ts";

/**
 * The catalogue's rows by code, for other modules that refer to a branch or a CQPI (registering a
 * pathway, recording an adoption, scoping an account). The catalogue is public: no caller to check.
 * Undefined (or left out) when there is no such code; each caller reports it with its own error.
 */
export function findBranch(db: Kysely<Database>, code: string) {
  return findBranchByCode(db, code);
}

export function findBranches(db: Kysely<Database>, codes: string[]) {
  return findBranchesByCodes(db, codes);
}

export function findQualification(db: Kysely<Database>, code: string) {
  return findQualificationByCode(db, code);
}

/** True when the branch operates the CQPI (the catalogue says so, whether or not since a known date). */
export async function operatesQualification(
  db: Kysely<Database>,
  ids: { branchId: number; qualificationId: number },
) {
  return (await findOperation(db, ids.branchId, ids.qualificationId)) !== undefined;
}
