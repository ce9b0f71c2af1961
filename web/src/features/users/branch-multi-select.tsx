import { MultiSelect } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { useBranches } from "../catalogue/api.ts";

interface BranchMultiSelectProps {
  value: string[];
  onChange: (branchCodes: string[]) => void;
  error?: string;
}

/** The branches a branch officer acts for. */
export function BranchMultiSelect({ value, onChange, error }: BranchMultiSelectProps) {
  const t = useT();
  const { data } = useBranches({ q: "", limit: 200, offset: 0 });
  const options = (data?.items ?? []).map((branch) => ({
    value: branch.code,
    label: `${branch.name} (${branch.code})`,
  }));
  return (
    <MultiSelect
      label={t("user.branchCodes")}
      description={t("user.branchCodesHelp")}
      required
      searchable
      data={options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
