import { Alert, Text } from "@mantine/core";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { decisionKeys, decisionTones } from "./labels.ts";
import type { JuryDecisionView } from "./types.ts";

const alertColors = { positive: "success", warning: "warning", negative: "danger", neutral: "gray" } as const;

/** A jury decision: what was decided, the blocs acquired, the motivation, and whether the rule decided. */
export function DecisionSummary({
  decision,
  blockTitle,
}: {
  decision: JuryDecisionView;
  blockTitle?: (code: string) => string;
}) {
  const { t, language } = useLanguage();
  const blocks = decision.blockCodes.map((code) => blockTitle?.(code) ?? code).join(", ");
  return (
    <Alert
      color={alertColors[decisionTones[decision.decision]]}
      variant="light"
      title={t("deliberation.decisionTitle", { decision: t(decisionKeys[decision.decision]) })}
    >
      {decision.blockCodes.length > 0 && <Text size="sm">{t("deliberation.blocks", { blocks })}</Text>}
      {decision.isByDefaultRule && <Text size="sm">{t("deliberation.byDefaultRule")}</Text>}
      {decision.motivation && (
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t("deliberation.motivation")}
            {t("common.colon")}
          </Text>
          {decision.motivation}
        </Text>
      )}
      <Text size="sm">
        {t("pathwayJury.decidedOn", {
          date: formatDay(decision.decidedOn, language),
          sitting: formatDay(decision.sittingOn, language),
        })}
      </Text>
      {decision.correctsDecisionId !== null && <Text size="sm">{t("pathwayJury.correction")}</Text>}
    </Alert>
  );
}
