import { StatusBadge } from "../../components/status-badge.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { decisionKeys, decisionTones, sessionStatusKeys, sessionStatusTones } from "./labels.ts";
import type { JuryDecisionKind, JurySessionStatus } from "./types.ts";

export function SessionStatusBadge({ status }: { status: JurySessionStatus }) {
  const t = useT();
  return <StatusBadge tone={sessionStatusTones[status]}>{t(sessionStatusKeys[status])}</StatusBadge>;
}

export function DecisionBadge({ decision }: { decision: JuryDecisionKind }) {
  const t = useT();
  return <StatusBadge tone={decisionTones[decision]}>{t(decisionKeys[decision])}</StatusBadge>;
}
