import { isUniqueViolation } from "../../db/dialect.ts";
import type { AppContext } from "../../server/context.ts";
import { type ActingCaller, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { findQualification } from "../catalogue/find-catalogue-entry.ts";
import { findDecision } from "../governance/find-decision.ts";
import { findVersion } from "../referentials/find-version.ts";
import { correspondenceRefused, notARecognition, unknownEnd, versionNotPublished } from "./errors.ts";
import {
  blocksOf,
  findExternalCertification,
  insertCorrespondence,
  listCorrespondences,
} from "./repository.ts";
import { type CorrespondenceEnd, correspondenceRefusal, pairKey } from "./rules.ts";
import type { CorrespondenceView, RecordCorrespondenceInput } from "./schemas.ts";
import { toCorrespondenceView } from "./views.ts";

/**
 * Records a correspondence between two items, citing the adopted decision that recognised it. Each end
 * is a bloc or capacity of a published CQPI version, or a bloc of an external certification (version
 * null). Refused: an unpublished version, a self-link, a duplicate, a loop of exact links (rules.ts).
 */
export async function recordCorrespondence(
  ctx: AppContext,
  key: { caller: ActingCaller; input: RecordCorrespondenceInput },
): Promise<CorrespondenceView> {
  const { input } = key;
  await checkEnd(ctx, key.caller, "from", input.from);
  await checkEnd(ctx, key.caller, "to", input.to);
  const decision = await findDecision(ctx, input.decisionId);
  if (decision?.kind !== "recognise_correspondence" || decision.outcome !== "adopted")
    throw notARecognition();
  const existing = (await listCorrespondences(ctx.db)).map(toCorrespondenceView);
  const refusal = correspondenceRefusal(existing, input);
  if (refusal) throw correspondenceRefused(refusal);

  const at = ctx.clock.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertCorrespondence(trx, {
        from_code: input.from.qualificationCode,
        from_version: input.from.version ?? 0,
        from_item: input.from.itemCode,
        to_code: input.to.qualificationCode,
        to_version: input.to.version ?? 0,
        to_item: input.to.itemCode,
        pair_key: pairKey(input.from, input.to),
        kind: input.kind,
        decision_id: decision.id,
        recorded_by_user_id: authorId(key.caller),
        created_at: at,
      });
      const view = toCorrespondenceView(row);
      await recordAuditEvent(trx, {
        actorUserId: authorId(key.caller),
        action: "correspondence.record",
        entityType: "correspondence",
        entityId: row.id,
        after: view,
        occurredAt: at,
      });
      return view;
    });
  } catch (error) {
    // The same pair recorded at the same time: its unique key lets one through.
    if (isUniqueViolation(error)) throw correspondenceRefused("CORRESPONDENCE_DUPLICATE");
    throw error;
  }
}

/** The end names a published CQPI version's bloc or capacity, or an external certification's bloc. */
async function checkEnd(ctx: AppContext, caller: ActingCaller, side: "from" | "to", end: CorrespondenceEnd) {
  if (end.version === null) {
    const external = await findExternalCertification(ctx.db, end.qualificationCode);
    if (!external) throw unknownEnd(`${side}.qualificationCode`, end.qualificationCode);
    const blocks = await blocksOf(ctx.db, [external.id]);
    if (!blocks.some((b) => b.code === end.itemCode)) throw unknownEnd(`${side}.itemCode`, end.itemCode);
    return;
  }
  if (!(await findQualification(ctx.db, end.qualificationCode)))
    throw unknownEnd(`${side}.qualificationCode`, end.qualificationCode);
  const { row, view } = await findVersion(ctx, {
    code: end.qualificationCode,
    version: end.version,
    caller,
    mayReadDrafts: true,
  }).catch(() => {
    throw unknownEnd(`${side}.version`, String(end.version));
  });
  if (row.status === "draft") throw versionNotPublished(side, end.qualificationCode, end.version);
  const items = view.blocks.flatMap((b) => [b.code, ...b.capacities.map((c) => c.code)]);
  if (!items.includes(end.itemCode)) throw unknownEnd(`${side}.itemCode`, end.itemCode);
}
