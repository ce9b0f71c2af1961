import { Button, Group, NativeSelect } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useT } from "../../lib/i18n/index.tsx";
import { useVersions } from "./api.ts";
import { statusLabelKeys } from "./labels.ts";
import { diffPagePath } from "./paths.ts";

/** "Comparer avec la version…": picks another version and opens the differences, earlier → later. */
export function CompareForm({ code, version }: { code: string; version: number }) {
  const t = useT();
  const navigate = useNavigate();
  const others = (useVersions(code).data?.items ?? []).filter((item) => item.version !== version);
  const preferred = others.find((item) => item.version < version) ?? others[0];
  const [chosen, setChosen] = useState<string>("");
  const other = chosen || (preferred ? String(preferred.version) : "");
  if (others.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (other) navigate(diffPagePath(code, Number(other), version));
  };

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="xs">
        <NativeSelect
          label={t("compare.label")}
          value={other}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={others.map((item) => ({
            value: String(item.version),
            label: t("compare.option", { version: item.version, status: t(statusLabelKeys[item.status]) }),
          }))}
        />
        <Button type="submit" variant="outline">
          {t("compare.submit")}
        </Button>
      </Group>
    </form>
  );
}
