import { createHash, randomBytes } from "node:crypto";
import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { buildAccrochage } from "./cdc/build-accrochage.ts";
import { cdcNotConfigured, cdcNothingToDeclare } from "./errors.ts";
import { readCdcHolders } from "./read-cdc-holders.ts";
import { recordDeclarationFile } from "./record-declaration-file.ts";
import type { CdcQuery } from "./schemas.ts";

/**
 * The accrochage file declaring a certification's holders of a period to the Caisse des Dépôts. Holders
 * whose identity is incomplete are left out (they are listed by `listCdcPending`); the file, the
 * certificates it declares and its audit event are recorded in one transaction before it is handed out.
 */
export async function exportCdcDeclaration(
  ctx: AppContext,
  input: { caller: ActingCaller; query: CdcQuery },
): Promise<{ xml: string; fluxId: string; declared: number; blocked: number }> {
  const clientId = ctx.config.cdc.clientId ?? "";
  const contractId = ctx.config.cdc.contractId ?? "";
  if (clientId.length !== 8 || contractId.length === 0 || contractId.length > 20) throw cdcNotConfigured();
  const holders = await readCdcHolders(ctx, input.query);
  const declarable = holders.flatMap((h) => (h.identity ? [{ ...h, identity: h.identity }] : []));
  const blocked = holders.length - declarable.length;
  if (declarable.length === 0) throw cdcNothingToDeclare(blocked);

  const createdAt = isoNow(ctx);
  const fluxId = `CQPI-${createdAt.slice(0, 10).replaceAll("-", "")}-${randomBytes(6).toString("hex")}`;
  const { certification } = input.query;
  const xml = buildAccrochage({
    fluxId,
    createdAt,
    clientId,
    contractId,
    certification: { type: certification.startsWith("RS") ? "RS" : "RNCP", code: certification },
    holders: declarable.map(({ row, identity }) => ({
      certificateNumber: row.number,
      awardedOn: row.awarded_on,
      route: row.route,
      registeredOn: row.registered_on,
      identity,
    })),
  });
  const sha256 = createHash("sha256").update(xml).digest("hex");
  const certificateIds = declarable.map((h) => h.row.id);
  await ctx.db.transaction().execute(async (trx) => {
    await recordDeclarationFile(
      trx,
      {
        fluxId,
        certificationCode: certification,
        period: input.query,
        sha256,
        createdAt,
        createdByUserId: authorId(input.caller),
      },
      certificateIds,
    );
    await recordAuditEvent(trx, {
      actorUserId: authorId(input.caller),
      action: "cdc_declaration.create",
      entityType: "cdc_declaration_file",
      entityId: fluxId,
      after: {
        certification,
        from: input.query.from ?? null,
        to: input.query.to ?? null,
        sha256,
        certificates: declarable.map((h) => h.row.number),
      },
      occurredAt: createdAt,
    });
  });
  return { xml, fluxId, declared: declarable.length, blocked };
}
