import { Anchor, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { colleges } from "../../../../src/modules/governance/rules.ts";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { DialogFormButton } from "../../components/dialog-form-button.tsx";
import { NoticeAlert } from "../../components/notice-alert.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useMe } from "../auth/api.ts";
import { canActForBranchAdhesion } from "../auth/policy.ts";
import { AdhesionRequestForm } from "./adhesion-request-form.tsx";
import { awaitingOpinion, mayRequestAdhesion } from "./adhesion-values.ts";
import { useAdhesionHistory, useBodies } from "./api.ts";
import { adhesionStatusKeys, collegeKeys, opinionKeys } from "./labels.ts";
import { ParitaireOpinionForm } from "./paritaire-opinion-form.tsx";
import { bodyPagePath } from "./paths.ts";
import type { AdhesionView } from "./types.ts";

const statusTones = {
  requested: "neutral",
  opinion_recorded: "warning",
  accepted: "positive",
  refused: "negative",
} as const satisfies Record<AdhesionView["status"], "neutral" | "warning" | "positive" | "negative">;

/**
 * A branch's charter adhesion history (public): each request, the paritaire opinion of each college,
 * the national committee's decision and, once accepted, the adhesion date. Signed-in users follow the
 * decision to the committee's register; the branch's officer or the committee's secretariat files the
 * request and records the paritaire opinion, each when the request's status allows it.
 */
export function AdhesionHistorySection({
  branchCode,
  branchName,
}: {
  branchCode: string;
  branchName: string;
}) {
  const { t, language } = useLanguage();
  const { data: me } = useMe();
  const { data: history, isLoading, error } = useAdhesionHistory(branchCode);
  const committee = useBodies().data?.find((body) => body.kind === "national_committee");
  const [notice, setNotice] = useState<string | null>(null);
  const day = (value: string | null) => formatDay(value, language);
  const actsForBranch = canActForBranchAdhesion(me, branchCode);
  const mayRequest = actsForBranch && !!history && mayRequestAdhesion(history);
  const toOpine = actsForBranch ? awaitingOpinion(history) : undefined;

  const columns: Column<AdhesionView>[] = [
    {
      key: "request",
      header: t("adhesion.request"),
      render: (a) => (
        <Stack gap={2}>
          <Text size="sm">{t("adhesion.requestedOn", { date: day(a.requestedOn) })}</Text>
          {a.motivation && <Text size="sm">{a.motivation}</Text>}
        </Stack>
      ),
    },
    {
      key: "opinion",
      header: t("adhesion.opinion"),
      render: (a) =>
        a.opinion ? (
          <List size="sm" listStyleType="none" spacing={2}>
            <List.Item>{t("adhesion.opinionGivenOn", { date: day(a.opinion.givenOn) })}</List.Item>
            {colleges.map((college) => (
              <List.Item key={college}>
                {t("adhesion.collegeOpinion", {
                  college: t(collegeKeys[college]),
                  opinion: t(opinionKeys[a.opinion![college]]),
                })}
              </List.Item>
            ))}
          </List>
        ) : (
          t("adhesion.noOpinion")
        ),
    },
    {
      key: "decision",
      header: t("adhesion.decision"),
      render: (a) => {
        if (!a.decidedOn) return t("adhesion.noDecision");
        const text = t("adhesion.decidedOn", { date: day(a.decidedOn) });
        return me && committee ? (
          <Anchor component={Link} to={bodyPagePath(committee.id)} size="sm">
            {text}
          </Anchor>
        ) : (
          text
        );
      },
    },
    {
      key: "status",
      header: t("adhesion.status"),
      render: (a) => (
        <StatusBadge tone={statusTones[a.status]}>{t(adhesionStatusKeys[a.status])}</StatusBadge>
      ),
    },
    {
      key: "adheredOn",
      header: t("adhesion.adheredOn"),
      render: (a) => (a.status === "accepted" ? day(a.decidedOn) : "—"),
    },
  ];

  return (
    <PageSection id="adhesion-history" title={t("adhesion.history")}>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {(mayRequest || toOpine) && (
        <Group gap="sm">
          {mayRequest && (
            <DialogFormButton label={t("adhesionForm.request")}>
              {(close) => (
                <AdhesionRequestForm
                  branchCode={branchCode}
                  onCancel={close}
                  onRequested={() => {
                    close();
                    setNotice(t("adhesionForm.requested", { name: branchName }));
                  }}
                />
              )}
            </DialogFormButton>
          )}
          {toOpine && (
            <DialogFormButton
              label={t("opinionForm.record")}
              title={t("opinionForm.title", { date: day(toOpine.requestedOn) })}
            >
              {(close) => (
                <ParitaireOpinionForm
                  request={toOpine}
                  onCancel={close}
                  onRecorded={() => {
                    close();
                    setNotice(t("opinionForm.recorded"));
                  }}
                />
              )}
            </DialogFormButton>
          )}
        </Group>
      )}
      <DataTable
        caption={t("adhesion.historyCaption", { name: branchName })}
        columns={columns}
        rows={history?.items}
        rowKey={(a) => a.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("adhesion.noRequests")}
        minWidth={760}
      />
    </PageSection>
  );
}
