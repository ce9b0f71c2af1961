import { Alert, Button, Stack } from "@mantine/core";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useVerifyAudit } from "./api.ts";

/** Re-checks the audit log's hash chain and says whether any entry was altered. */
export function VerifyAuditButton() {
  const { t, language } = useLanguage();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t("audit.verify")}
      </Button>
      <div aria-live="polite">
        {result?.isIntact === true && (
          <Alert color="success" variant="light" title={t("audit.intactTitle")}>
            {t("audit.intact", { count: formatNumber(result.checked, language) })}
          </Alert>
        )}
        {result?.isIntact === false && (
          <Alert color="danger" variant="light" title={t("audit.brokenTitle")}>
            {t("audit.broken", {
              count: formatNumber(result.checked, language),
              seq: result.firstBrokenSeq ?? "?",
            })}
            {result.reason && ` ${t("audit.brokenReason", { reason: result.reason })}`}
          </Alert>
        )}
      </div>
      <ErrorAlert error={verify.error} />
    </Stack>
  );
}
