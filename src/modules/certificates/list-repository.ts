import { type Kysely, type SqlBool, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { containsPattern } from "../../server/pagination.ts";
import { pathwayVisibility } from "../pathways/visibility.ts";
import type { CertificateFilter } from "./list-schemas.ts";
import type { CertificateReadScope } from "./policy.ts";

/** SQL of the certificates list: the caller's scope and the filters, in one place for the page and exports. */
function filtered(db: Kysely<Database>, scope: CertificateReadScope, filter: CertificateFilter) {
  let query = db.selectFrom("certificates").selectAll("certificates");
  switch (scope.kind) {
    case "all":
      break;
    case "none":
      query = query.where(sql<SqlBool>`1 = 0`);
      break;
    case "branches":
      query =
        scope.branchCodes.length === 0
          ? query.where(sql<SqlBool>`1 = 0`)
          : query.where("certificates.branch_code", "in", scope.branchCodes);
      break;
    case "pathways":
      query = query.where(
        "certificates.pathway_id",
        "in",
        db.selectFrom("pathways").select("pathways.id").where(pathwayVisibility(scope.caller)),
      );
      break;
  }
  if (filter.branchCode) query = query.where("certificates.branch_code", "=", filter.branchCode);
  if (filter.qualificationCode)
    query = query.where("certificates.qualification_code", "=", filter.qualificationCode);
  if (filter.status === "valid") query = query.where("certificates.revoked_at", "is", null);
  if (filter.status === "revoked") query = query.where("certificates.revoked_at", "is not", null);
  if (filter.awardedFrom) query = query.where("certificates.awarded_on", ">=", filter.awardedFrom);
  if (filter.awardedTo) query = query.where("certificates.awarded_on", "<=", filter.awardedTo);
  if (filter.pathwayId) query = query.where("certificates.pathway_id", "=", filter.pathwayId);
  if (filter.q) {
    const pattern = sql`${containsPattern(filter.q)} escape '\\'`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(certificates.holder_family_name)`, "like", pattern),
        eb(sql`lower(certificates.holder_given_names)`, "like", pattern),
        eb(sql`lower(certificates.number)`, "like", pattern),
      ]),
    );
  }
  return query;
}

/** One page of the certificates in scope, latest awards first, after the cursor's certificate if given. */
export function pageCertificateRows(
  db: Kysely<Database>,
  scope: CertificateReadScope,
  filter: CertificateFilter & { limit: number; offset: number; after?: string | undefined },
) {
  let query = filtered(db, scope, filter);
  if (filter.after !== undefined) {
    const cursor = db
      .selectFrom("certificates as cursor")
      .select(["cursor.awarded_on", "cursor.id"])
      .where("cursor.number", "=", filter.after);
    query = query.where(sql<SqlBool>`(certificates.awarded_on, certificates.id) < (${cursor})`);
  }
  return query
    .orderBy("certificates.awarded_on", "desc")
    .orderBy("certificates.id", "desc")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** Certificates matching, counted up to `cap`: a count that stops there costs what `cap` rows do. */
export async function countCertificateRows(
  db: Kysely<Database>,
  scope: CertificateReadScope,
  filter: CertificateFilter,
  cap: number,
): Promise<number> {
  const matching = filtered(db, scope, filter).clearSelect().select("certificates.id").limit(cap);
  const row = await db
    .selectFrom(matching.as("matching"))
    .select(sql<string | number>`count(*)`.as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every certificate in scope matching the filters, for an export. */
export function listCertificateRows(
  db: Kysely<Database>,
  scope: CertificateReadScope,
  filter: CertificateFilter,
) {
  return filtered(db, scope, filter)
    .orderBy("certificates.awarded_on", "desc")
    .orderBy("certificates.id", "desc")
    .execute();
}
