import { Group, Select } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import type { Me } from "../auth/types.ts";
import { BranchFilterSelect } from "../catalogue/branch-filter-select.tsx";
import type { Qualification } from "../catalogue/types.ts";
import { useManagedBranchOptions } from "../catalogue/use-managed-branch-options.ts";
import { yearOptions } from "./figures.ts";
import type { DashboardFilters as Filters } from "./types.ts";

interface DashboardFiltersProps {
  me: Me;
  filters: Filters;
  qualifications: Qualification[];
  onChange: (changes: Partial<Filters>) => void;
}

/** Branch (among the user's own), CQPI and period: every table and chart of the dashboard follows them. */
export function DashboardFilters({ me, filters, qualifications, onChange }: DashboardFiltersProps) {
  const t = useT();
  const branchOptions = useManagedBranchOptions(me);
  const years = yearOptions(new Date().getFullYear());
  const yearSelect = (name: "fromYear" | "toYear", label: string) => (
    <Select
      label={label}
      placeholder={t("observatory.anyYear")}
      clearable
      data={years}
      value={filters[name] || null}
      onChange={(year) => onChange({ [name]: year ?? "" })}
      maw={140}
    />
  );

  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t("observatory.filters")}>
      {branchOptions.length > 1 && (
        <BranchFilterSelect
          options={branchOptions}
          value={filters.branch}
          onChange={(branch) => onChange({ branch })}
        />
      )}
      <Select
        label={t("observatory.qualification")}
        placeholder={t("observatory.allQualifications")}
        clearable
        searchable
        data={qualifications.map((q) => ({ value: q.code, label: `${q.title} (${q.code})` }))}
        value={filters.qualification || null}
        onChange={(qualification) => onChange({ qualification: qualification ?? "" })}
        nothingFoundMessage={t("common.nothingFound")}
      />
      {yearSelect("fromYear", t("observatory.fromYear"))}
      {yearSelect("toYear", t("observatory.toYear"))}
    </Group>
  );
}
