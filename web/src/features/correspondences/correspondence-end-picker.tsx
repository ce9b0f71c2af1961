import { Fieldset, Select, SimpleGrid, Text } from "@mantine/core";
import { useEffect } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { useVersion, useVersions } from "../referentials/api.ts";
import { statusLabelKeys } from "../referentials/labels.ts";
import type { EndValues, Side } from "./correspondence-values.ts";
import { withCertification } from "./correspondence-values.ts";
import {
  certificationOf,
  correspondableVersions,
  externalItemOptions,
  versionItemOptions,
} from "./end-options.ts";
import type { ExternalCertification } from "./types.ts";

interface EndPickerProps {
  side: Side;
  value: EndValues;
  onChange: (value: EndValues) => void;
  certificationData: { group: string; items: { value: string; label: string }[] }[];
  externals: readonly ExternalCertification[];
  /** The reader's sentence for a field of this end (`qualificationCode`, `version`, `itemCode`), if any. */
  errorOf: (field: "qualificationCode" | "version" | "itemCode") => string | undefined;
}

/**
 * One end of a correspondence: the certification first (a CQPI or an external certification), then for
 * a CQPI the version (the latest published one by default), then the bloc or capacity.
 */
export function CorrespondenceEndPicker({
  side,
  value,
  onChange,
  certificationData,
  externals,
  errorOf,
}: EndPickerProps) {
  const t = useT();
  const certification = certificationOf(value.certification);
  const qualificationCode = certification?.kind === "qualification" ? certification.code : "";
  const versionList = useVersions(qualificationCode);
  const versions = correspondableVersions(versionList.data?.items ?? []);
  const version = useVersion(qualificationCode, Number(value.version)).data;
  const external =
    certification?.kind === "external" ? externals.find((e) => e.code === certification.code) : undefined;
  const latest = versions[0] ? String(versions[0].version) : "";
  useEffect(() => {
    if (qualificationCode !== "" && value.version === "" && latest !== "")
      onChange({ ...value, version: latest });
  }, [qualificationCode, value, latest, onChange]);

  const itemOptions = external
    ? externalItemOptions(external, t)
    : version && qualificationCode !== "" && String(version.version) === value.version
      ? versionItemOptions(version, t)
      : [];
  const hasNoVersion = versionList.isSuccess && versions.length === 0;

  return (
    <Fieldset
      legend={t(side === "from" ? "correspondenceForm.from" : "correspondenceForm.to")}
      aria-describedby={`correspondence-${side}-help`}
    >
      <Text size="sm" mb="xs" id={`correspondence-${side}-help`}>
        {t(side === "from" ? "correspondenceForm.fromHelp" : "correspondenceForm.toHelp")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: qualificationCode ? 3 : 2 }}>
        <Select
          label={t("correspondenceForm.certification")}
          required
          searchable
          data={certificationData}
          value={value.certification || null}
          onChange={(chosen) => onChange(withCertification(chosen ?? ""))}
          nothingFoundMessage={t("common.nothingFound")}
          error={errorOf("qualificationCode")}
          comboboxProps={{ withinPortal: true }}
        />
        {qualificationCode && (
          <Select
            label={t("correspondenceForm.version")}
            required
            data={versions.map((v) => ({
              value: String(v.version),
              label: t("correspondenceForm.versionOption", {
                version: v.version,
                status: t(statusLabelKeys[v.status]),
              }),
            }))}
            value={value.version || null}
            onChange={(chosen) => onChange(withCertification(value.certification, chosen ?? ""))}
            error={hasNoVersion ? t("correspondenceForm.noPublishedVersion") : errorOf("version")}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Select
          label={t(external ? "correspondenceForm.externalItem" : "correspondenceForm.item")}
          required
          searchable
          disabled={itemOptions.length === 0}
          placeholder={certification ? undefined : t("correspondenceForm.chooseCertificationFirst")}
          data={itemOptions}
          value={value.itemCode || null}
          onChange={(chosen) => onChange({ ...value, itemCode: chosen ?? "" })}
          nothingFoundMessage={t("common.nothingFound")}
          error={errorOf("itemCode")}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
