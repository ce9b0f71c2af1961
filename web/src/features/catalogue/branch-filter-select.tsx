import { Select } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";

interface BranchFilterSelectProps {
  options: { value: string; label: string }[];
  /** The branch code kept in the list's address; "" for every branch. */
  value: string;
  onChange: (branchCode: string) => void;
}

/** Narrows a list to one of the user's branches, or shows them all. */
export function BranchFilterSelect({ options, value, onChange }: BranchFilterSelectProps) {
  const t = useT();
  return (
    <Select
      label={t("pathway.branch")}
      placeholder={t("accreditations.allBranches")}
      clearable
      searchable
      data={options}
      value={value || null}
      onChange={(code) => onChange(code ?? "")}
      nothingFoundMessage={t("common.nothingFound")}
    />
  );
}
