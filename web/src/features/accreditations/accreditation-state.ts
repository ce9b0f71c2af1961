import type { Accreditation } from "./types.ts";

/** Where an accreditation stands on a day: the badge it wears (the server's own rule). */
export {
  type AccreditationState,
  accreditationState,
} from "../../../../src/modules/pathways/accreditation-rules.ts";

export interface EvaluatorOption {
  userId: number;
  name: string;
  /** Holds an accreditation valid today for the CQPI and branch asked (any, when none is asked). */
  isAccredited: boolean;
}

/**
 * The evaluators to pick from, one per person, those accredited today for the CQPI and branch first,
 * then by name. Admins pass every evaluator account; branch officers cannot list accounts, so theirs
 * are the evaluators holding an accreditation in their branches.
 */
export function evaluatorOptions(
  accounts: { id: number; displayName: string }[] | null,
  accreditations: Accreditation[],
  target?: { qualificationCode: string; branchCode: string },
): EvaluatorOption[] {
  const byUser = new Map<number, EvaluatorOption>();
  for (const account of accounts ?? [])
    byUser.set(account.id, { userId: account.id, name: account.displayName, isAccredited: false });
  for (const item of accreditations) {
    const isAccredited =
      item.isValidToday &&
      (!target ||
        (item.qualificationCode === target.qualificationCode && item.branchCode === target.branchCode));
    const known = byUser.get(item.evaluatorUserId);
    if (accounts && !known) continue;
    byUser.set(item.evaluatorUserId, {
      userId: item.evaluatorUserId,
      name: known?.name ?? item.evaluatorName,
      isAccredited: isAccredited || (known?.isAccredited ?? false),
    });
  }
  return [...byUser.values()].sort(
    (a, b) => Number(b.isAccredited) - Number(a.isAccredited) || a.name.localeCompare(b.name, "fr"),
  );
}
