import { Anchor, List, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { colleges } from "../../../../src/modules/governance/rules.ts";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { DocumentLink } from "./document-link.tsx";
import { collegeKeys, decisionKindKeys, outcomeKeys, outcomeTones } from "./labels.ts";
import type { DecisionView } from "./types.ts";

/** What a decision is about, linked: the CQPI (and its version) or the branch that adhered. */
function DecisionSubject({ decision }: { decision: DecisionView }) {
  const { t } = useLanguage();
  const code = decision.qualificationCode;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {decision.title}
      </Text>
      <Text size="sm">{t(decisionKindKeys[decision.kind])}</Text>
      {code && (
        <Anchor
          component={Link}
          size="sm"
          to={
            decision.version
              ? `/qualifications/${encodeURIComponent(code)}/versions/${decision.version}`
              : `/qualifications/${encodeURIComponent(code)}`
          }
        >
          {decision.version ? t("decision.qualificationVersion", { code, version: decision.version }) : code}
        </Anchor>
      )}
      {decision.branchCode && (
        <Anchor component={Link} size="sm" to={`/branches/${encodeURIComponent(decision.branchCode)}`}>
          {t("decision.branch", { code: decision.branchCode })}
        </Anchor>
      )}
    </Stack>
  );
}

/** A body's decisions register: date, subject, votes of each college, outcome and attached documents. */
export function DecisionsTable({
  bodyName,
  decisions,
  isLoading,
  error,
}: {
  bodyName: string;
  decisions: DecisionView[] | undefined;
  isLoading: boolean;
  error: unknown;
}) {
  const { t, language } = useLanguage();
  const columns: Column<DecisionView>[] = [
    { key: "date", header: t("decision.date"), render: (d) => formatDay(d.decidedOn, language) },
    { key: "subject", header: t("decision.subject"), render: (d) => <DecisionSubject decision={d} /> },
    {
      key: "votes",
      header: t("decision.votes"),
      render: (d) => (
        <List size="sm" listStyleType="none" spacing={2}>
          {colleges.map((college) => (
            <List.Item key={college}>
              {t("decision.collegeVotes", {
                college: t(collegeKeys[college]),
                for: d.votes[college].for,
                against: d.votes[college].against,
                abstain: d.votes[college].abstain,
              })}
            </List.Item>
          ))}
        </List>
      ),
    },
    {
      key: "outcome",
      header: t("decision.outcome"),
      render: (d) => <StatusBadge tone={outcomeTones[d.outcome]}>{t(outcomeKeys[d.outcome])}</StatusBadge>,
    },
    {
      key: "documents",
      header: t("decision.documents"),
      render: (d) =>
        d.documents.length === 0 ? (
          "—"
        ) : (
          <List size="sm" listStyleType="none" spacing={2}>
            {d.documents.map((document) => (
              <List.Item key={document.id}>
                <DocumentLink {...document} />
              </List.Item>
            ))}
          </List>
        ),
    },
  ];
  return (
    <DataTable
      caption={t("body.decisionsCaption", { name: bodyName })}
      columns={columns}
      rows={decisions}
      rowKey={(d) => d.id}
      isLoading={isLoading}
      error={error}
      emptyText={t("body.noDecisions")}
      minWidth={900}
    />
  );
}
