export const roles = [
  "admin",
  "branch_officer",
  "evaluator",
  "jury_member",
  "employer",
  "candidate",
] as const;
export type Role = (typeof roles)[number];

/** The logged-in user, as `GET /api/me` returns it. */
export interface Me {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  branchCodes: string[];
  companyId: number | null;
}
