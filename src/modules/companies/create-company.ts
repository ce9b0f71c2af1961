import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { fieldError, validationFailed } from "../../server/errors.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { notYourBranch } from "../catalogue/errors.ts";
import { findBranch } from "../catalogue/find-catalogue-entry.ts";
import { siretTaken } from "./errors.ts";
import { mayRegisterCompanyIn } from "./policy.ts";
import { findCompanyBySiret, insertCompany } from "./repository.ts";
import type { CompanyView, CreateCompanyInput } from "./schemas.ts";
import { toCompanyView } from "./views.ts";

/** The platform may register a company without a SIRET (demo data); the API always requires one. */
export type NewCompany = Omit<CreateCompanyInput, "siret"> & { siret: string | null };

/**
 * Registers a company (an employer of candidates), optionally attached to its branch: by a user of the
 * API, whose branches bound where they may register it, or by the platform itself (demo data, test
 * builders).
 */
export async function createCompany(
  ctx: AppContext,
  { caller, input }: { caller: ActingCaller; input: NewCompany },
): Promise<CompanyView> {
  if (!mayRegisterCompanyIn(caller, input.branchCode)) throw notYourBranch();
  const branch = input.branchCode ? await findBranch(ctx.db, input.branchCode) : undefined;
  if (input.branchCode && !branch)
    throw validationFailed({
      branchCode: fieldError("UNKNOWN_REFERENCE", "unknown branch", { value: input.branchCode }),
    });
  if (input.siret && (await findCompanyBySiret(ctx.db, input.siret))) throw siretTaken();
  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertCompany(trx, {
        name: input.name,
        siret: input.siret,
        branch_id: branch?.id ?? null,
        created_at: at,
      });
      const view = toCompanyView({ ...row, branch_code: branch?.code ?? null });
      await recordAuditEvent(trx, {
        actorUserId: authorId(caller),
        action: "company.create",
        entityType: "company",
        entityId: row.id,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw siretTaken();
    throw error;
  }
}
