import { StatusBadge } from "../../components/status-badge.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { statusLabelKeys, statusTones } from "./labels.ts";
import type { PathwayStatus } from "./types.ts";

export function PathwayStatusBadge({ status }: { status: PathwayStatus }) {
  const t = useT();
  return <StatusBadge tone={statusTones[status]}>{t(statusLabelKeys[status])}</StatusBadge>;
}
