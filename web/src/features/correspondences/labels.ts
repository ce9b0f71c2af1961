import type { MessageKey } from "../../lib/i18n/index.tsx";
import type { CorrespondenceEnd, CorrespondenceKind } from "./types.ts";

export const correspondenceKindKeys = {
  exact: "correspondenceKind.exact",
  partial: "correspondenceKind.partial",
  related: "correspondenceKind.related",
} as const satisfies Record<CorrespondenceKind, MessageKey>;

/** One end as people read it: "CEI v1 · B1", or an external certification's "CQP-X · B1". */
export const endLabel = (end: CorrespondenceEnd) =>
  end.version === null
    ? `${end.qualificationCode} · ${end.itemCode}`
    : `${end.qualificationCode} v${end.version} · ${end.itemCode}`;
