import type { UserRow } from "../../db/schema.ts";

/** What the API shows of a user: never the password hash. */
export function toUserView(row: UserRow, branchCodes: string[]) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    branchCodes,
    companyId: row.company_id,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}
export type UserView = ReturnType<typeof toUserView>;

export function toMe(view: UserView) {
  const { id, email, displayName, role, branchCodes, companyId } = view;
  return { id, email, displayName, role, branchCodes, companyId };
}
