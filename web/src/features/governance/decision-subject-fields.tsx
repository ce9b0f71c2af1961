import { Select } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useBranches, useQualifications } from "../catalogue/api.ts";
import { useVersions } from "../referentials/api.ts";
import { statusLabelKeys } from "../referentials/labels.ts";
import { awaitingDecision } from "./adhesion-values.ts";
import { adhesionHistoryQuery } from "./api.ts";
import type { DecisionValues } from "./decision-values.ts";

const everything = { q: "", limit: 200, offset: 0 };

interface SubjectFieldsProps {
  values: DecisionValues;
  onChange: (changes: Partial<DecisionValues>) => void;
  errorOf: (field: "qualificationCode" | "version" | "adhesionRequestId") => string | undefined;
}

/** The CQPI a decision concerns (its creation, its retirement, one of its referential versions). */
export function QualificationSubjectField({ values, onChange, errorOf }: SubjectFieldsProps) {
  const { t } = useLanguage();
  const qualifications = useQualifications(everything).data?.items ?? [];
  return (
    <Select
      label={t("decisionForm.qualification")}
      required
      searchable
      data={qualifications.map((item) => ({ value: item.code, label: `${item.code} — ${item.title}` }))}
      value={values.qualificationCode || null}
      onChange={(code) => onChange({ qualificationCode: code ?? "", version: "" })}
      nothingFoundMessage={t("common.nothingFound")}
      error={errorOf("qualificationCode")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The version of the chosen CQPI's referential a decision validates or publishes, with its status. */
export function VersionSubjectField({ values, onChange, errorOf }: SubjectFieldsProps) {
  const { t } = useLanguage();
  const versions = useVersions(values.qualificationCode).data?.items ?? [];
  return (
    <Select
      label={t("decisionForm.version")}
      required
      data={versions.map((item) => ({
        value: String(item.version),
        label: t("compare.option", { version: item.version, status: t(statusLabelKeys[item.status]) }),
      }))}
      value={values.version || null}
      onChange={(version) => onChange({ version: version ?? "" })}
      nothingFoundMessage={t("decisionForm.noVersion")}
      error={errorOf("version")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * The adhesion request the national committee decides on: those awaiting its decision (the paritaire
 * opinion recorded), among the branches that have not adhered.
 */
export function AdhesionSubjectField({ values, onChange, errorOf }: SubjectFieldsProps) {
  const { t, language } = useLanguage();
  const candidates = (useBranches(everything).data?.items ?? []).filter(
    (b) => b.charterAdhesionDate === null,
  );
  const histories = useQueries({ queries: candidates.map((branch) => adhesionHistoryQuery(branch.code)) });
  const options = candidates.flatMap((branch, index) => {
    const request = awaitingDecision(histories[index]?.data);
    if (!request?.opinion) return [];
    return [
      {
        value: String(request.id),
        label: t("decisionForm.adhesionOption", {
          branch: `${branch.name} (${branch.code})`,
          requestedOn: formatDay(request.requestedOn, language),
          givenOn: formatDay(request.opinion.givenOn, language),
        }),
      },
    ];
  });
  return (
    <Select
      label={t("decisionForm.adhesionRequest")}
      description={t("decisionForm.adhesionRequestHelp")}
      required
      data={options}
      value={values.adhesionRequestId === null ? null : String(values.adhesionRequestId)}
      onChange={(id) => onChange({ adhesionRequestId: id === null ? null : Number(id) })}
      nothingFoundMessage={t("decisionForm.noAdhesionRequest")}
      error={errorOf("adhesionRequestId")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
