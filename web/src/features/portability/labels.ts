import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { RemainingReason } from "./types.ts";

/** Why a capacity still has to be assessed, in plain words. */
export const remainingReasonKeys = {
  revoked: "portabilityReason.revoked",
  expired: "portabilityReason.expired",
  branch_module: "portabilityReason.branchModule",
  partial_correspondence: "portabilityReason.partialCorrespondence",
  related_only: "portabilityReason.relatedOnly",
  not_acquired: "portabilityReason.notAcquired",
} as const satisfies Record<RemainingReason, MessageKey>;
