import { z } from "zod";

/** The roles of BRIEF §2. Scopes: a branch officer has branches, an employer has a company. */
export const roles = [
  "admin",
  "branch_officer",
  "evaluator",
  "jury_member",
  "employer",
  "candidate",
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;
