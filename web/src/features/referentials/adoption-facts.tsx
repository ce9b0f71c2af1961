import { Anchor, Group } from "@mantine/core";
import { Link } from "react-router";
import { FactList } from "../../components/fact-list.tsx";
import { formatDay, formatInstant } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { versionPagePath } from "./paths.ts";
import type { Adoption, VersionView } from "./types.ts";
import { VersionStatusBadge } from "./version-status-badge.tsx";

/** The CPNE decision behind a branch's referential: which version, when, under which agreement. */
export function AdoptionFacts({ adoption, version }: { adoption: Adoption; version: VersionView }) {
  const { t, language } = useLanguage();
  return (
    <FactList
      facts={[
        {
          label: t("adoption.version"),
          value: (
            <Group gap="xs">
              <Anchor component={Link} to={versionPagePath(version.qualificationCode, version.version)}>
                {t("version.name", { version: version.version })}
              </Anchor>
              <VersionStatusBadge status={version.status} />
            </Group>
          ),
        },
        { label: t("adoption.decisionDate"), value: formatDay(adoption.decisionDate, language) },
        { label: t("adoption.agreementReference"), value: adoption.agreementReference },
        { label: t("adoption.recordedAt"), value: formatInstant(adoption.recordedAt, language) },
      ]}
    />
  );
}
