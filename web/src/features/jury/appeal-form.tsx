import { Alert, Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useLodgeAppeal } from "./api.ts";
import type { AppealAbility } from "./appeal-values.ts";

/**
 * The candidate's appeal against the decision in force, within the branch's delay; when they may
 * not appeal today, the reason the server's rule gives instead of the form.
 */
export function AppealForm({ pathwayId, ability }: { pathwayId: number; ability: AppealAbility }) {
  const { t, language } = useLanguage();
  const lodge = useLodgeAppeal(pathwayId);
  const [grounds, setGrounds] = useState("");
  const [hasTried, setHasTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (notice) return <Alert color="success">{notice}</Alert>;
  if (ability.kind === "hidden") return null;
  const until = ability.until ? formatDay(ability.until, language) : "";
  if (ability.kind === "refused")
    return (
      <Alert color="gray" title={t("appeal.refusedTitle")}>
        {t(ability.reason, { date: until })}
      </Alert>
    );
  const problem = hasTried && grounds.trim() === "" ? t("appeal.problem.grounds") : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTried(true);
    if (grounds.trim() === "") return;
    lodge.mutate({ grounds }, { onSuccess: () => setNotice(t("appeal.lodged")) });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="appeal-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="appeal-title">
          {t("appeal.title")}
        </Title>
        <Text size="sm">{t("appeal.intro", { date: until })}</Text>
        <ErrorAlert error={lodge.error} />
        <Textarea
          label={t("appeal.grounds")}
          description={t("appeal.groundsHelp")}
          required
          autosize
          minRows={4}
          value={grounds}
          onChange={(event) => setGrounds(event.currentTarget.value)}
          error={problem}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={lodge.isPending}>
            {t("appeal.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
