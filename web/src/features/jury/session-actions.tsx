import { Anchor, Group, Stack } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useCancelJurySession, useCloseJurySession } from "./api.ts";
import { minutesPath } from "./paths.ts";
import { canCancel, canCloseSession } from "./session-abilities.ts";
import type { JurySessionDetail } from "./types.ts";

/** Closing the session (which locks it and produces the minutes), cancelling it, the minutes once closed. */
export function SessionActions({
  session,
  onNotice,
}: {
  session: JurySessionDetail;
  onNotice: (notice: string) => void;
}) {
  const t = useT();
  const close = useCloseJurySession(session.id);
  const cancel = useCancelJurySession(session.id);
  const isClosed = session.status === "closed";
  if (!isClosed && !canCloseSession(session) && !canCancel(session)) return null;

  return (
    <Stack gap="xs" component="section" aria-label={t("jurySession.actions")}>
      <ErrorAlert error={close.error ?? cancel.error} title={t("jurySession.actionRefused")} />
      <Group gap="sm">
        {isClosed && (
          <Anchor href={minutesPath(session.id)} download fw={600}>
            {t("jurySession.minutes")} ↓
          </Anchor>
        )}
        {canCloseSession(session) && (
          <ConfirmButton
            size="sm"
            variant="filled"
            color="blue"
            confirmColor="blue"
            label={t("jurySession.close")}
            question={t("jurySession.closeQuestion")}
            confirmLabel={t("jurySession.close")}
            isPending={close.isPending}
            onConfirm={() => close.mutate(undefined, { onSuccess: () => onNotice(t("jurySession.closed")) })}
          />
        )}
        {canCancel(session) && (
          <ConfirmButton
            size="sm"
            label={t("jurySession.cancel")}
            question={t("jurySession.cancelQuestion")}
            confirmLabel={t("jurySession.cancel")}
            isPending={cancel.isPending}
            onConfirm={() =>
              cancel.mutate(undefined, { onSuccess: () => onNotice(t("jurySession.cancelled")) })
            }
          />
        )}
      </Group>
    </Stack>
  );
}
