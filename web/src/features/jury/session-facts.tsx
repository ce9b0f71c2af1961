import { Anchor, List } from "@mantine/core";
import { FactList } from "../../components/fact-list.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { collegeKeys } from "./labels.ts";
import { SessionStatusBadge } from "./session-status-badge.tsx";
import type { JurySessionDetail } from "./types.ts";

/** When and where the session sits, where it stands, who presides and the branch's jury rules. */
export function SessionFacts({ session }: { session: JurySessionDetail }) {
  const { t, language } = useLanguage();
  const { rules } = session;
  const facts = [
    { label: t("jurySession.sittingOn"), value: formatDay(session.sittingOn, language) },
    { label: t("jurySession.branch"), value: `${session.branchName} (${session.branchCode})` },
    { label: t("jurySession.status"), value: <SessionStatusBadge status={session.status} /> },
  ];
  if (session.place) facts.push({ label: t("jurySession.place"), value: session.place });
  if (session.videoLink)
    facts.push({
      label: t("jurySession.videoLink"),
      value: (
        <Anchor href={session.videoLink} target="_blank" rel="noopener noreferrer">
          {t("jurySession.openVideoLink")}
        </Anchor>
      ),
    });
  facts.push(
    { label: t("jurySession.presidingCollege"), value: t(collegeKeys[session.presidingCollege]) },
    {
      label: t("jurySession.rules"),
      value: (
        <List size="sm" spacing={2}>
          <List.Item>
            {t(rules.requiresParity ? "jurySession.rule.parity" : "jurySession.rule.noParity")}
          </List.Item>
          <List.Item>{t(`jurySession.rule.majority.${rules.majorityBase}`)}</List.Item>
          <List.Item>{t(`jurySession.rule.noMajority.${rules.noMajorityOutcome}`)}</List.Item>
          <List.Item>{t("jurySession.rule.appealDelay", { months: rules.appealDelayMonths })}</List.Item>
        </List>
      ),
    },
  );
  return <FactList facts={facts} />;
}
