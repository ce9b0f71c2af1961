import { type AppContext, isoToday } from "../../server/context.ts";
import { validationFailed } from "../../server/errors.ts";
import type { ActingCaller } from "../accounts/caller.ts";
import { findUserById } from "../accounts/repository.ts";
import { findCompanyRow } from "../companies/repository.ts";
import { candidateAccountTaken } from "./errors.ts";
import { companyRefusal } from "./policy.ts";
import { findCandidateOfUser } from "./repository.ts";
import { candidateProblems } from "./rules.ts";
import type { CandidateFields } from "./schemas.ts";

/**
 * What a candidate record must satisfy before it is written, on creation and after each change: the
 * rules tying its fields together (a past birth date by the platform's clock), a company the caller may
 * attach the candidate to, and an account that is a candidate's and nobody else's. The platform itself
 * (test builders, demo data) has no scope to check. Only what changes is looked up.
 */
export async function checkCandidate(
  ctx: AppContext,
  check: {
    caller: ActingCaller;
    candidateId: number | null;
    fields: CandidateFields;
    changes: { companyId: boolean; userId: boolean };
  },
): Promise<void> {
  const { caller, fields } = check;
  const problems = candidateProblems(fields, isoToday(ctx));
  if (Object.keys(problems).length > 0) throw validationFailed(problems);

  if (check.changes.companyId) {
    const company =
      fields.companyId === null ? undefined : await findCompanyRow(ctx.db, { kind: "all" }, fields.companyId);
    // An unknown company is refused by the scope before it is reported, so ids reveal nothing to non-admins.
    const refusal =
      caller.kind === "user" &&
      companyRefusal(
        caller,
        fields.companyId === null ? null : { id: fields.companyId, branchCode: company?.branch_code ?? null },
      );
    if (refusal) throw refusal;
    if (fields.companyId !== null && !company) throw validationFailed({ companyId: "unknown company" });
  }

  if (check.changes.userId && fields.userId !== null) {
    const user = await findUserById(ctx.db, fields.userId);
    if (user?.role !== "candidate") throw validationFailed({ userId: "must be the account of a candidate" });
    const holder = await findCandidateOfUser(ctx.db, fields.userId);
    if (holder && holder.id !== check.candidateId) throw candidateAccountTaken();
  }
}
