import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useRevokeCertificate } from "./api.ts";
import type { CertificateView } from "./types.ts";

const fields = ["reason"] as const;

/**
 * Asks why before revoking `certificate` (none: closed): a revocation is final and public at once.
 * The page that lists certificates owns it, so that the reason being typed survives the list switching
 * between table and cards when a tablet turns.
 */
export function RevokeCertificateDialog({
  certificate,
  onClose,
}: {
  certificate: CertificateView | null;
  onClose: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState("");
  const revoke = useRevokeCertificate();

  const close = () => {
    setReason("");
    revoke.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!certificate) return;
    revoke.mutate({ number: certificate.number, reason: reason.trim() }, { onSuccess: close });
  };
  const holder = certificate ? `${certificate.holder.givenNames} ${certificate.holder.familyName}` : "";

  return (
    <Dialog
      opened={certificate !== null}
      onClose={close}
      title={certificate ? t("certificate.revokeTitle", { number: certificate.number }) : ""}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("certificate.revokeWarning", { holder })}</Text>
          <FormErrorAlert error={revoke.error} fields={fields} />
          <Textarea
            label={t("certificate.revocationReason")}
            description={t("certificate.revocationReasonHelp")}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError(revoke.error, "reason", t)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="danger" loading={revoke.isPending}>
              {t("certificate.confirmRevoke")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
