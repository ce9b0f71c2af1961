import type { AppContext } from "../../server/context.ts";
import { declarableIdentity } from "./cdc/holder-identity.ts";
import { findQualificationCodes, listHoldersOfPeriod } from "./cdc-repository.ts";
import { cdcCertificationUnknown } from "./errors.ts";
import type { CdcPending, CdcQuery } from "./schemas.ts";

/** The full, unrevoked awards of a certification over a period, each with its identity to declare or its gaps. */
export async function readCdcHolders(ctx: AppContext, query: CdcQuery) {
  const codes = await findQualificationCodes(ctx.db, query.certification);
  if (codes.length === 0) throw cdcCertificationUnknown();
  const rows = await listHoldersOfPeriod(ctx.db, codes, query);
  return rows.map((row) => ({
    row,
    ...declarableIdentity({
      birthName: row.birth_name,
      usageName: row.usage_name,
      firstNames: JSON.parse(row.first_names_json) as string[],
      birthDate: row.birth_date,
      sex: row.sex,
      birthInseeCode: row.birth_insee_code,
      birthPostalCode: row.birth_postal_code,
      birthCity: row.birth_city,
      birthCountryCode: row.birth_country_code,
      birthCountry: row.birth_country,
    }),
  }));
}

/**
 * What remains to declare for a certification: the holders that cannot be declared (and which fields
 * are missing), and the awards never declared, those past the three-month limit marked.
 */
export async function listCdcPending(ctx: AppContext, query: CdcQuery): Promise<CdcPending> {
  const holders = await readCdcHolders(ctx, query);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const ref = ({ row }: (typeof holders)[number]) => ({
    certificateNumber: row.number,
    holder: `${row.holder_given_names} ${row.holder_family_name}`,
    awardedOn: row.awarded_on,
  });
  return {
    blocked: holders.filter((h) => h.missing.length > 0).map((h) => ({ ...ref(h), missing: h.missing })),
    undeclared: holders
      .filter((h) => h.row.declared_on === null)
      .map((h) => ({
        ...ref(h),
        dueOn: h.row.declaration_due_on,
        isOverdue: h.row.declaration_due_on < today,
      })),
  };
}
