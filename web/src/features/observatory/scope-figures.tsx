import { SimpleGrid } from "@mantine/core";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useObservatoryFigures } from "./api.ts";
import { type FigureCard, figureCards } from "./figures.ts";
import { StatCard } from "./stat-card.tsx";
import type { DashboardFilters } from "./types.ts";

/**
 * The dashboard's figures, all of its scope and filters: the awards, their shares, the median time from
 * registration to award and the share declared to the Caisse des Dépôts in time.
 */
export function ScopeFigures({ filters }: { filters: DashboardFilters }) {
  const { t, language } = useLanguage();
  const { data } = useObservatoryFigures(filters);
  const format = (n: number) => formatNumber(n, language);
  const shown = ({ value, unit }: FigureCard) => {
    if (value === null) return "—";
    if (unit === "percent") return t("observatory.percent", { value: format(value) });
    if (unit === "days") return t("observatory.daysValue", { days: format(value) });
    return format(value);
  };

  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2, lg: 4 }}
      spacing="md"
      p={0}
      m={0}
      aria-label={t("observatory.figures")}
    >
      {figureCards(data).map((card) => (
        <StatCard key={card.label} value={shown(card)} label={t(card.label)} />
      ))}
    </SimpleGrid>
  );
}
