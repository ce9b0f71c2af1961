import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { FactList } from "../../components/fact-list.tsx";
import { formatInstant } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { describePassRule, describeValidity } from "./labels.ts";
import { versionPagePath } from "./paths.ts";
import type { VersionView } from "./types.ts";
import { VersionStatusBadge } from "./version-status-badge.tsx";

/** A version's status, dates, origin and size, then its rules in words. */
export function VersionFacts({ view }: { view: VersionView }) {
  const { t, language } = useLanguage();
  return (
    <FactList
      facts={[
        { label: t("version.status"), value: <VersionStatusBadge status={view.status} /> },
        { label: t("version.createdAt"), value: formatInstant(view.createdAt, language) },
        ...(view.publishedAt
          ? [{ label: t("version.publishedAt"), value: formatInstant(view.publishedAt, language) }]
          : []),
        ...(view.supersededAt
          ? [{ label: t("version.supersededAt"), value: formatInstant(view.supersededAt, language) }]
          : []),
        {
          label: t("version.basedOn"),
          value:
            view.basedOnVersion === null ? (
              t("version.basedOnNothing")
            ) : (
              <Anchor component={Link} to={versionPagePath(view.qualificationCode, view.basedOnVersion)}>
                {t("version.name", { version: view.basedOnVersion })}
              </Anchor>
            ),
        },
        {
          label: t("version.content"),
          value: t("version.counts", {
            blocks: view.blockCount,
            capacities: view.capacityCount,
            criteria: view.criterionCount,
          }),
        },
        { label: t("referential.passRule"), value: describePassRule(view.passRule, t, language) },
        { label: t("referential.validity"), value: describeValidity(view.validity, t) },
      ]}
    />
  );
}
