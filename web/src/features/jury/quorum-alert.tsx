import { Alert, List } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { quorumReason } from "./labels.ts";
import type { JurySessionDetail } from "./types.ts";

/** Whether the members present may vote, and otherwise each condition still missing. */
export function QuorumAlert({ quorum }: { quorum: JurySessionDetail["quorum"] }) {
  const t = useT();
  if (quorum.hasQuorum)
    return (
      <Alert color="success" variant="light" role="status">
        {t("quorum.reached")}
      </Alert>
    );
  return (
    <Alert color="warning" variant="light" title={t("quorum.notReachedTitle")} role="status">
      <List size="sm" spacing={2}>
        {quorum.missing.map((code) => {
          const reason = quorumReason(code);
          return <List.Item key={code}>{t(reason.key, reason.values)}</List.Item>;
        })}
      </List>
    </Alert>
  );
}
