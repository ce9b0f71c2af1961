import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type FieldErrors, fieldError, validationFailed } from "../../server/errors.ts";
import { findBranches } from "../catalogue/find-catalogue-entry.ts";
import { findVisibleCompany } from "../companies/get-company.ts";
import { platform } from "./caller.ts";
import type { Role } from "./roles.ts";

export interface Scopes {
  branchCodes: string[];
  companyId: number | null;
}

/** Which scopes each role carries (BRIEF §2): a branch officer its branches, an employer its company. */
export function scopeErrors(role: Role, scopes: Scopes): FieldErrors {
  const fields: FieldErrors = {};
  if (role === "branch_officer" && scopes.branchCodes.length === 0)
    fields.branchCodes = fieldError("SCOPE_REQUIRED_FOR_ROLE", "required for branch_officer", { role });
  if (role !== "branch_officer" && scopes.branchCodes.length > 0)
    fields.branchCodes = fieldError("SCOPE_NOT_FOR_ROLE", "only for branch_officer", { role });
  if (role === "employer" && scopes.companyId === null)
    fields.companyId = fieldError("SCOPE_REQUIRED_FOR_ROLE", "required for employer", { role });
  if (role !== "employer" && scopes.companyId !== null)
    fields.companyId = fieldError("SCOPE_NOT_FOR_ROLE", "only for employer", { role });
  return fields;
}

/** Checks the scopes against the role and the database; returns the branch ids to store. */
export async function resolveScopes(db: Kysely<Database>, role: Role, scopes: Scopes): Promise<number[]> {
  const fields = scopeErrors(role, scopes);
  const branches = await findBranches(db, scopes.branchCodes);
  const unknown = scopes.branchCodes.filter((code) => !branches.some((b) => b.code === code));
  if (unknown.length > 0 && !fields.branchCodes)
    fields.branchCodes = fieldError("UNKNOWN_REFERENCE", `unknown branch: ${unknown.join(", ")}`, {
      value: unknown,
    });
  if (
    scopes.companyId !== null &&
    !fields.companyId &&
    !(await findVisibleCompany(db, platform, scopes.companyId))
  ) {
    fields.companyId = fieldError("UNKNOWN_REFERENCE", "unknown company", { value: scopes.companyId });
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  return branches.map((b) => b.id);
}
