import { useBranch } from "./api.ts";
import type { BranchDetail } from "./types.ts";

/** A CQPI as a picker offers it. */
export interface QualificationOption {
  value: string;
  label: string;
}

/**
 * The CQPIs a picker offers once a branch is chosen: those the branch operates, and no other (none
 * before a branch is chosen, or while it is read). `isOffered` narrows them further (adopted ones).
 */
export function operatedQualificationOptions(
  branch: Pick<BranchDetail, "code" | "qualifications"> | undefined,
  branchCode: string,
  isOffered: (code: string) => boolean = () => true,
): QualificationOption[] {
  if (branchCode === "" || branch?.code !== branchCode) return [];
  return branch.qualifications
    .filter((item) => isOffered(item.code))
    .map((item) => ({ value: item.code, label: `${item.code} — ${item.title}` }));
}

/** The chosen branch's operated CQPIs, read from its catalogue entry. */
export function useOperatedQualifications(branchCode: string) {
  const branch = useBranch(branchCode);
  const operated = branch.data?.code === branchCode ? branch.data.qualifications : [];
  return {
    branch: branch.data,
    operatedCodes: operated.map((item) => item.code),
    isPending: branch.isPending,
  };
}
