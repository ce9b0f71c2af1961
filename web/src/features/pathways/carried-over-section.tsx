import { Stack, Text, Title } from "@mantine/core";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { viaText } from "../portability/labels.ts";
import type { BilanSourceBlock } from "./bilan.ts";
import { carriedCountsKey, carriedSourceText } from "./carried-over.ts";
import type { CarriedCapacity } from "./types.ts";

interface CarriedOverSectionProps {
  carriedOver: CarriedCapacity[];
  /** The referential's blocs, for each capacity's title. */
  blocks: BilanSourceBlock[];
  headingOrder: 3 | 4;
}

/**
 * "Acquis reportés": the capacities the pathway started with, carried over from a certificate, each
 * with its certificate, how it was reached (the same capacity, or a chain of exact correspondences)
 * and whether it still counts. Nothing when the pathway was not opened from a certificate.
 */
export function CarriedOverSection({ carriedOver, blocks, headingOrder }: CarriedOverSectionProps) {
  const { t, language } = useLanguage();
  if (carriedOver.length === 0) return null;
  const titles = new Map(blocks.flatMap((b) => b.capacities.map((c) => [c.code, c.title] as const)));
  const capacity = (code: string) =>
    titles.has(code) ? t("referential.capacityHeading", { code, title: titles.get(code)! }) : code;
  const columns: Column<CarriedCapacity>[] = [
    { key: "capacity", header: t("portability.capacity"), render: (c) => capacity(c.capacityCode) },
    {
      key: "source",
      header: t("carriedOver.sourceHeader"),
      render: (c) => carriedSourceText(c, t, language),
    },
    { key: "via", header: t("portability.via"), render: (c) => viaText(c.via, t) },
    {
      key: "counts",
      header: t("carriedOver.countsHeader"),
      render: (c) => (
        <StatusBadge tone={c.counts ? "positive" : "warning"}>{t(carriedCountsKey(c))}</StatusBadge>
      ),
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="carried-over-title">
      <Title order={headingOrder} size="h4" id="carried-over-title">
        {t("carriedOver.title")}
      </Title>
      <Text size="sm">{t("carriedOver.intro")}</Text>
      <DataTable
        caption={t("carriedOver.caption")}
        columns={columns}
        rows={carriedOver}
        rowKey={(c) => c.capacityCode}
        emptyText={t("carriedOver.none")}
      />
    </Stack>
  );
}
