import { Select } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { useUsers } from "../users/api.ts";

const everyone = { q: "", role: "", limit: 200, offset: 0 };

/** The audit log filters authors by user id; people pick them by name. */
export function ActorSelect({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const t = useT();
  const { data } = useUsers(everyone);
  const options = (data?.items ?? []).map((user) => ({
    value: String(user.id),
    label: `${user.displayName} (${user.email})`,
  }));
  if (value && !options.some((option) => option.value === value))
    options.unshift({ value, label: `#${value}` });
  return (
    <Select
      label={t("audit.actor")}
      description={t("audit.actorHelp")}
      placeholder={t("audit.anyActor")}
      searchable
      clearable
      data={options}
      value={value || null}
      onChange={(selected) => onChange(selected ?? "")}
      nothingFoundMessage={t("common.nothingFound")}
    />
  );
}
