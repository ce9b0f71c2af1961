import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { useCompanies } from "./api.ts";

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
  const options = (data?.items ?? []).map((company) => ({
    value: String(company.id),
    label: company.siret ? `${company.name} — ${company.siret}` : company.name,
  }));
  // A company outside the current results still needs an option, or the field would look empty.
  if (value !== null && !options.some((option) => option.value === String(value))) {
    options.unshift({ value: String(value), label: t("user.companyNumber", { id: value }) });
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
