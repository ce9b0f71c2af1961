import { Select } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";

export interface JuryAccountOption {
  userId: number;
  displayName: string;
}

interface MemberAccountSelectProps {
  label: string;
  value: number | null;
  onChange: (userId: number | null) => void;
  /** The jury member accounts the user may know of. */
  accounts: JuryAccountOption[];
  error?: string;
}

/**
 * Picks a jury member's account by name among the known ones, or by its number when typed (an
 * account the secretariat was told of but cannot list). The server checks it is a jury account.
 */
export function MemberAccountSelect({ label, value, onChange, accounts, error }: MemberAccountSelectProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const options = accounts.map((account) => ({ value: String(account.userId), label: account.displayName }));
  const typedNumber = /^\d{1,9}$/.test(search.trim()) ? Number(search.trim()) : null;
  for (const id of [value, typedNumber])
    if (id !== null && id > 0 && !options.some((option) => option.value === String(id)))
      options.push({ value: String(id), label: t("members.accountNumber", { id }) });

  return (
    <Select
      label={label}
      description={t("members.accountHelp")}
      required
      searchable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(selected) => onChange(selected === null ? null : Number(selected))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
