import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { NoticeAlert } from "../components/notice-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageSection } from "../components/page-section.tsx";
import { useMe } from "../features/auth/api.ts";
import { canRecordCorrespondences } from "../features/auth/policy.ts";
import { useQualifications } from "../features/catalogue/api.ts";
import { useCorrespondences } from "../features/correspondences/api.ts";
import {
  CorrespondenceHeatMap,
  type MatrixPair,
} from "../features/correspondences/correspondence-heat-map.tsx";
import {
  buildCorrespondenceMatrix,
  correspondencesBetween,
} from "../features/correspondences/correspondence-matrix.ts";
import { CorrespondenceTable } from "../features/correspondences/correspondence-table.tsx";
import { CorrespondenceRecordButtons } from "../features/correspondences/record-buttons.tsx";
import { useDecisionsOfBodies } from "../features/correspondences/use-decisions-of-bodies.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * The correspondence map between CQPIs (public): a heat-map of the exact and partial correspondences
 * each pair shares, and the list of every correspondence; a cell of the map narrows the list to its pair.
 * The national committee's secretariat enters external certifications and correspondences here.
 */
export function CorrespondencesPage() {
  const { t } = useLanguage();
  const { data: me } = useMe();
  const qualifications = useQualifications({ q: "", limit: 200, offset: 0 });
  const correspondences = useCorrespondences();
  const decisions = new Map(useDecisionsOfBodies(!!me).decisions.map((d) => [d.id, d]));
  const [selected, setSelected] = useState<MatrixPair | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const items = qualifications.data?.items ?? [];
  const matrix = buildCorrespondenceMatrix(
    items.map((q) => q.code),
    correspondences.data ?? [],
  );
  const titles = Object.fromEntries(items.map((q) => [q.code, q.title]));
  const shown =
    selected && correspondences.data
      ? correspondencesBetween(correspondences.data, selected)
      : correspondences.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("correspondences.title")}
        description={t("correspondences.description")}
        actions={canRecordCorrespondences(me) && <CorrespondenceRecordButtons onDone={setNotice} />}
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PageSection id="correspondence-map" title={t("correspondenceMap.title")}>
        {qualifications.data && correspondences.data && (
          <CorrespondenceHeatMap matrix={matrix} titles={titles} selected={selected} onSelect={setSelected} />
        )}
      </PageSection>
      <PageSection id="correspondence-list" title={t("correspondences.listTitle")}>
        {selected && (
          <Group gap="sm" role="status">
            <Text size="sm">
              {t("correspondences.filteredTo", { from: selected.rowCode, to: selected.columnCode })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setSelected(null)}>
              {t("correspondences.showAll")}
            </Button>
          </Group>
        )}
        <CorrespondenceTable
          caption={t("correspondences.caption")}
          correspondences={shown}
          decisions={decisions}
          isLoading={correspondences.isLoading}
          error={correspondences.error ?? qualifications.error}
        />
      </PageSection>
    </Stack>
  );
}
