import { StatusBadge } from "../../components/status-badge.tsx";
import { type MessageKey, useT } from "../../lib/i18n/index.tsx";
import { type AccreditationState, accreditationState } from "./accreditation-state.ts";
import type { Accreditation } from "./types.ts";

const labelKeys: Record<AccreditationState, MessageKey> = {
  valid: "accreditation.state.valid",
  upcoming: "accreditation.state.upcoming",
  expired: "accreditation.state.expired",
  revoked: "accreditation.state.revoked",
};
const tones = { valid: "positive", upcoming: "warning", expired: "neutral", revoked: "negative" } as const;

export function AccreditationBadge({
  accreditation,
  today,
}: {
  accreditation: Accreditation;
  today: string;
}) {
  const t = useT();
  const state = accreditationState(accreditation, today);
  return <StatusBadge tone={tones[state]}>{t(labelKeys[state])}</StatusBadge>;
}
