import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "../components/page-header.tsx";
import { PageSection } from "../components/page-section.tsx";
import { useMe } from "../features/auth/api.ts";
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
import { useBodies, useDecisions } from "../features/governance/api.ts";
import type { DecisionView } from "../features/governance/types.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/** The decisions of the national bodies, which recognise correspondences: for signed-in users only. */
function useNationalDecisions(isSignedIn: boolean): ReadonlyMap<number, DecisionView> {
  const bodies = useBodies().data ?? [];
  const idOf = (kind: string) => bodies.find((body) => body.kind === kind)?.id ?? 0;
  const committee = useDecisions(idOf("national_committee"), isSignedIn).data ?? [];
  const coc = useDecisions(idOf("coc"), isSignedIn).data ?? [];
  return new Map([...committee, ...coc].map((d) => [d.id, d]));
}

/**
 * The correspondence map between CQPIs (public): a heat-map of the exact and partial correspondences
 * each pair shares, and the list of every correspondence; a cell of the map narrows the list to its pair.
 */
export function CorrespondencesPage() {
  const { t } = useLanguage();
  const { data: me } = useMe();
  const qualifications = useQualifications({ q: "", limit: 200, offset: 0 });
  const correspondences = useCorrespondences();
  const decisions = useNationalDecisions(!!me);
  const [selected, setSelected] = useState<MatrixPair | null>(null);

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
      <PageHeader title={t("correspondences.title")} description={t("correspondences.description")} />
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
