import { SimpleGrid } from "@mantine/core";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { roughFraction } from "./figures.ts";
import { StatCard } from "./stat-card.tsx";
import type { KeyFigures } from "./types.ts";

/**
 * The national totals as the seed's "chiffres clés" slide says them: the awards since creation, then
 * each share as a simple fraction ("1 sur 3") with its exact percentage, then the branches and CQPIs.
 */
export function KeyFiguresSlide({ figures }: { figures: KeyFigures }) {
  const { t, language } = useLanguage();
  const format = (n: number) => formatNumber(n, language);
  const latest = figures.timeline.at(-1);
  const shareCard = (value: number | null, label: string) => {
    const fraction = roughFraction(value);
    const percent = value === null ? "—" : t("observatory.percent", { value: format(value) });
    return (
      <StatCard
        value={fraction ? t("keyFigures.fraction", { part: fraction.part, whole: fraction.whole }) : percent}
        label={label}
        detail={fraction ? t("keyFigures.exactShare", { percent }) : undefined}
      />
    );
  };

  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      p={0}
      m={0}
      aria-label={t("keyFigures.results")}
    >
      <StatCard value={format(figures.certificates)} label={t("keyFigures.certificates")} />
      {shareCard(figures.over45Share, t("keyFigures.over45"))}
      {shareCard(figures.firstCertificationShare, t("keyFigures.firstCertification"))}
      {shareCard(figures.directOnExperienceShare, t("keyFigures.direct"))}
      <StatCard value={format(latest?.branches ?? 0)} label={t("keyFigures.branches")} />
      <StatCard value={format(latest?.qualifications ?? 0)} label={t("keyFigures.qualifications")} />
    </SimpleGrid>
  );
}
