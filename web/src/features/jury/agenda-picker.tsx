import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { usePathways } from "../pathways/api.ts";
import { useAddToAgenda } from "./api.ts";
import type { JurySessionDetail } from "./types.ts";

interface AgendaPickerProps {
  session: JurySessionDetail;
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** Puts pathways of the session's branch that are ready for the jury on its agenda. */
export function AgendaPicker({ session, onDone, onCancel }: AgendaPickerProps) {
  const t = useT();
  const add = useAddToAgenda(session.id);
  const ready = usePathways({
    status: "ready_for_jury",
    branchCode: session.branchCode,
    qualificationCode: "",
    companyId: "",
    evaluatorUserId: "",
    q: "",
    limit: 200,
    offset: 0,
  });
  const candidates = (ready.data?.items ?? []).filter(
    (pathway) => !session.agenda.some((item) => item.pathwayId === pathway.id),
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (picked.length === 0) return;
    add.mutate({ pathwayIds: picked.map(Number) }, { onSuccess: () => onDone(t("agenda.saved")) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("agenda.addIntro")}</Text>
        <ErrorAlert error={add.error ?? ready.error} />
        {ready.isPending ? (
          <PageLoader />
        ) : candidates.length === 0 ? (
          <Text>{t("agenda.noneReady")}</Text>
        ) : (
          <Checkbox.Group
            label={t("agenda.pathways")}
            required
            value={picked}
            onChange={setPicked}
            error={hasTriedToSave && picked.length === 0 ? t("agenda.pickOne") : undefined}
          >
            <Stack gap="xs" mt={6}>
              {candidates.map((pathway) => (
                <Checkbox
                  key={pathway.id}
                  value={String(pathway.id)}
                  label={`${pathway.candidate.displayName} — ${pathway.qualificationCode} ${pathway.qualificationTitle}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending} disabled={candidates.length === 0}>
            {t("agenda.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
