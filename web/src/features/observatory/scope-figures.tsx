import { SimpleGrid } from "@mantine/core";
import { share } from "../../../../src/modules/observatory/rules.ts";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useKeyFigures } from "./api.ts";
import { totalOf } from "./figures.ts";
import { StatCard } from "./stat-card.tsx";
import type { AwardGroup } from "./types.ts";

/**
 * The dashboard's figures: those of its scope and filters, summed from the awards table; the median time
 * to award and the share declared in time, which the platform computes nationally, marked as national.
 */
export function ScopeFigures({ rows }: { rows: AwardGroup[] | undefined }) {
  const { t, language } = useLanguage();
  const national = useKeyFigures().data;
  const total = totalOf(rows ?? []);
  const format = (n: number) => formatNumber(n, language);
  const percent = (value: number | null | undefined) =>
    rows === undefined || value === null || value === undefined
      ? "—"
      : t("observatory.percent", { value: format(value) });
  const ofAwards = (part: number) => percent(share(part, total.awards));

  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2, lg: 4 }}
      spacing="md"
      p={0}
      m={0}
      aria-label={t("observatory.figures")}
    >
      <StatCard value={rows ? format(total.awards) : "—"} label={t("observatory.awards")} />
      <StatCard value={ofAwards(total.full)} label={t("observatory.fullShare")} />
      <StatCard value={ofAwards(total.over45)} label={t("observatory.over45Share")} />
      <StatCard value={ofAwards(total.firstCertification)} label={t("observatory.firstCertificationShare")} />
      <StatCard value={ofAwards(total.direct)} label={t("observatory.directShare")} />
      <StatCard
        value={
          national?.medianRegistrationToAwardDays == null
            ? "—"
            : t("observatory.daysValue", { days: format(national.medianRegistrationToAwardDays) })
        }
        label={t("observatory.medianDays")}
        detail={t("observatory.national")}
      />
      <StatCard
        value={national ? percent(national.declaredWithinThreeMonthsShare) : "—"}
        label={t("observatory.declaredInTime")}
        detail={t("observatory.national")}
      />
    </SimpleGrid>
  );
}
