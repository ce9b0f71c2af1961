import "@mantine/charts/styles.css";
import { Stack } from "@mantine/core";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { canSeeDeclarations, canSeeObservatory } from "../features/auth/policy.ts";
import type { Me } from "../features/auth/types.ts";
import { useQualifications } from "../features/catalogue/api.ts";
import { useAwards } from "../features/observatory/api.ts";
import { AwardsSections } from "../features/observatory/awards-sections.tsx";
import { CapacitySection } from "../features/observatory/capacity-section.tsx";
import { DashboardFilters } from "../features/observatory/dashboard-filters.tsx";
import { DeclarationsSection } from "../features/observatory/declarations-section.tsx";
import { ScopeFigures } from "../features/observatory/scope-figures.tsx";
import { dashboardFilterNames } from "../features/observatory/types.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

const everyQualification = { q: "", limit: 200, offset: 0 };

/**
 * The observatory's dashboard: awards by CQPI, branch and year, full and partial, each capacity's pass
 * rate, and (for the national committee) what remains to declare — within the user's branches.
 */
export function ObservatoryPage() {
  return <RequireUser isAllowed={canSeeObservatory}>{(me) => <Dashboard me={me} />}</RequireUser>;
}

function Dashboard({ me }: { me: Me }) {
  const { t } = useLanguage();
  const { filters, setFilters } = useListParams(dashboardFilterNames);
  const qualifications = useQualifications(everyQualification).data?.items ?? [];
  const awards = useAwards(filters, "qualification,branch,year");
  const chosen = qualifications.find((q) => q.code === filters.qualification);
  const scope =
    me.role === "admin"
      ? t("observatory.scopeAll")
      : t("observatory.scopeBranches", { branches: me.branchCodes.join(", ") });

  return (
    <Stack gap="lg">
      <PageHeader title={t("observatory.title")} description={`${t("observatory.intro")} ${scope}`} />
      <DashboardFilters me={me} filters={filters} qualifications={qualifications} onChange={setFilters} />
      <ScopeFigures filters={filters} />
      <AwardsSections
        key={JSON.stringify(filters)}
        rows={awards.data?.rows}
        filters={filters}
        isLoading={awards.isLoading}
        error={awards.error}
      />
      <CapacitySection filters={filters} />
      {canSeeDeclarations(me) && (
        <DeclarationsSection filters={filters} certification={chosen?.rncpCode ?? ""} />
      )}
    </Stack>
  );
}
