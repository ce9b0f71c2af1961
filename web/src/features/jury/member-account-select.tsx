import { Select } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";

export interface JuryAccountOption {
  userId: number;
  displayName: string;
  /** Tells two members of the same name apart, when the account list gives it. */
  email?: string;
}

interface MemberAccountSelectProps {
  label: string;
  value: number | null;
  onChange: (userId: number | null) => void;
  /** The jury member accounts the secretariat may seat, and the members already seated. */
  accounts: JuryAccountOption[];
  error?: string;
}

/** Picks a jury member's account by name or address. */
export function MemberAccountSelect({ label, value, onChange, accounts, error }: MemberAccountSelectProps) {
  const t = useT();
  const options = accounts.map((account) => ({
    value: String(account.userId),
    label: account.email ? `${account.displayName} (${account.email})` : account.displayName,
  }));
  return (
    <Select
      label={label}
      description={t("members.accountHelp")}
      required
      searchable
      data={options}
      value={value === null ? null : String(value)}
      onChange={(selected) => onChange(selected === null ? null : Number(selected))}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
