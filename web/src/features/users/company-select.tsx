import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { useCompanies, useCompany } from "./api.ts";

interface CompanySelectProps {
  value: number | null;
  onChange: (companyId: number | null) => void;
  error?: string;
  /** The field's wording where the company is not an employer account's (a candidate's employer). */
  label?: string;
  description?: string;
  /** False where the company only narrows a list (a filter). */
  isRequired?: boolean;
  placeholder?: string;
}

/** Picks an employer's company, searching the server as the user types. */
export function CompanySelect({
  value,
  onChange,
  error,
  label,
  description,
  isRequired = true,
  placeholder,
}: CompanySelectProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const { data } = useCompanies(debouncedSearch);
  const labelOf = (company: { name: string; siret: string | null }) =>
    company.siret ? `${company.name} — ${company.siret}` : company.name;
  const options = (data?.items ?? []).map((company) => ({
    value: String(company.id),
    label: labelOf(company),
  }));
  const isOutsideResults = value !== null && !options.some((option) => option.value === String(value));
  // A company outside the current results (just created, or not matching the search) keeps its name.
  const chosen = useCompany(isOutsideResults ? value : null).data;
  if (isOutsideResults) {
    const label = chosen?.id === value ? labelOf(chosen) : t("user.companyNumber", { id: value });
    options.unshift({ value: String(value), label });
  }

  return (
    <Select
      label={label ?? t("user.company")}
      description={description ?? (label ? undefined : t("user.companyHelp"))}
      required={isRequired}
      placeholder={placeholder}
      searchable
      clearable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(selected) => onChange(selected === null ? null : Number(selected))}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
