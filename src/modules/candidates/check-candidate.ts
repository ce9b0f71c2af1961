import { type AppContext, isoToday } from "../../server/context.ts";
import { fieldError, validationFailed } from "../../server/errors.ts";
import { type ActingCaller, platform } from "../accounts/caller.ts";
import { findAccount } from "../accounts/find-account.ts";
import { findVisibleCompany } from "../companies/get-company.ts";
import { accountLinkForbidden, candidateAccountTaken, candidateAccountUnavailable } from "./errors.ts";
import { companyRefusal, mayLinkAccount, seesEveryAccount } from "./policy.ts";
import { findCandidateOfUser } from "./repository.ts";
import { candidateProblems } from "./rules.ts";
import type { CandidateFields } from "./schemas.ts";

/**
 * What a candidate record must satisfy before it is written, on creation and after each change: the
 * rules tying its fields together (a past birth date by the platform's clock), a company the caller may
 * attach the candidate to, and an account that is a candidate's and nobody else's, linked (or unlinked)
 * only by a secretariat. The platform itself (test builders, demo data) has no scope to check. Only what
 * changes is looked up.
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
      fields.companyId === null ? undefined : await findVisibleCompany(ctx.db, platform, fields.companyId);
    // An unknown company is refused by the scope before it is reported, so ids reveal nothing to non-admins.
    const refusal =
      caller.kind === "user" &&
      companyRefusal(
        caller,
        fields.companyId === null ? null : { id: fields.companyId, branchCode: company?.branchCode ?? null },
      );
    if (refusal) throw refusal;
    if (fields.companyId !== null && !company)
      throw validationFailed({
        companyId: fieldError("UNKNOWN_REFERENCE", "unknown company", { value: fields.companyId }),
      });
  }

  if (check.changes.userId && fields.userId !== null) {
    if (!mayLinkAccount(caller)) throw accountLinkForbidden();
    // Only the admin, who sees every account and record, is told precisely why an account is refused.
    const isPrecise = seesEveryAccount(caller);
    const user = await findAccount(ctx.db, fields.userId);
    if (user?.role !== "candidate") {
      throw isPrecise
        ? validationFailed({
            userId: fieldError("NOT_A_CANDIDATE_ACCOUNT", "must be the account of a candidate"),
          })
        : candidateAccountUnavailable();
    }
    const holder = await findCandidateOfUser(ctx.db, fields.userId);
    if (holder && holder.id !== check.candidateId)
      throw isPrecise ? candidateAccountTaken() : candidateAccountUnavailable();
  } else if (check.changes.userId && !mayLinkAccount(caller)) {
    throw accountLinkForbidden();
  }
}
