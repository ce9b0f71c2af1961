import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { Role } from "./types.ts";

export const roleLabelKeys: Record<Role, MessageKey> = {
  admin: "role.admin",
  branch_officer: "role.branch_officer",
  evaluator: "role.evaluator",
  jury_member: "role.jury_member",
  employer: "role.employer",
  candidate: "role.candidate",
};
