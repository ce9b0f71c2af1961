import type { MessageKey, Translate } from "../../lib/i18n/index.tsx";
import { endLabel } from "../correspondences/labels.ts";
import type { AcquiredCapacity, RemainingReason } from "./types.ts";

/** Why a capacity still has to be assessed, in plain words. */
export const remainingReasonKeys = {
  revoked: "portabilityReason.revoked",
  expired: "portabilityReason.expired",
  branch_module: "portabilityReason.branchModule",
  partial_correspondence: "portabilityReason.partialCorrespondence",
  related_only: "portabilityReason.relatedOnly",
  not_acquired: "portabilityReason.notAcquired",
} as const satisfies Record<RemainingReason, MessageKey>;

/**
 * How a capacity was reached, in plain words: the same capacity of the same CQPI, or the chain of
 * exact correspondences ("CEI v1 · B1 → OMI v1 · B1").
 */
export function viaText(via: AcquiredCapacity["via"], t: Translate): string {
  return via.kind === "direct"
    ? t("portability.viaDirect", { item: endLabel({ ...via, itemCode: via.capacityCode }) })
    : t("portability.viaChain", { chain: via.chain.map(endLabel).join(" → ") });
}
