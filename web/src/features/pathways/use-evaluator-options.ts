import { evaluatorOptions } from "../accreditations/accreditation-state.ts";
import { useAccreditations } from "../accreditations/api.ts";
import type { Me } from "../auth/types.ts";
import { useUsers } from "../users/api.ts";

/**
 * The evaluators the user may pick or filter by: every evaluator account for an admin, the evaluators
 * accredited in their branches for a branch officer, none for the other roles.
 */
export function useEvaluatorOptions(me: Me, target?: { qualificationCode: string; branchCode: string }) {
  const isAdmin = me.role === "admin";
  const canReadAccreditations = isAdmin || me.role === "branch_officer";
  const accounts = useUsers({ q: "", role: "evaluator", limit: 200, offset: 0 }, isAdmin);
  const accreditations = useAccreditations({}, canReadAccreditations);
  const options = evaluatorOptions(
    isAdmin ? (accounts.data?.items ?? []) : null,
    accreditations.data?.items ?? [],
    target,
  );
  return { options, isPending: accounts.isFetching || accreditations.isFetching };
}
