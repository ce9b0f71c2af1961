import type { AppContext } from "../../server/context.ts";
import { type CertificateSource, findCertificateSource } from "../certificates/find-certificate-source.ts";
import type { Via } from "../portability/rules.ts";
import { listCarriedCapacityRows } from "./repository.ts";
import type { CarriedCapacityView } from "./schemas.ts";

/**
 * The capacities a pathway carried over, with their certificate as it stands today: one revoked since
 * no longer counts (its capacities are then to be assessed like any other).
 */
export async function readCarriedCapacities(
  ctx: AppContext,
  pathwayId: number,
): Promise<CarriedCapacityView[]> {
  const rows = await listCarriedCapacityRows(ctx.db, pathwayId);
  const sources = new Map<string, CertificateSource | undefined>();
  for (const number of new Set(rows.map((r) => r.certificate_number)))
    sources.set(number, await findCertificateSource(ctx, number));
  return rows.map((row) => {
    const source = sources.get(row.certificate_number);
    return {
      capacityCode: row.capacity_code,
      certificate: {
        number: row.certificate_number,
        qualificationCode: source?.qualificationCode ?? "",
        branchCode: source?.branchCode ?? "",
        awardedOn: source?.awardedOn ?? "",
        isRevoked: source?.isRevoked ?? true,
      },
      via: JSON.parse(row.via_json) as Via,
      counts: source !== undefined && !source.isRevoked,
    };
  });
}
