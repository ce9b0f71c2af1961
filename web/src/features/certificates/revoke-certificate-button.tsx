import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useRevokeCertificate } from "./api.ts";
import type { CertificateView } from "./types.ts";

const fields = ["reason"] as const;

/** Revokes a certificate after asking why, in a dialog: a revocation is final and public at once. */
export function RevokeCertificateButton({ certificate }: { certificate: CertificateView }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState("");
  const revoke = useRevokeCertificate();
  const holder = `${certificate.holder.givenNames} ${certificate.holder.familyName}`;

  const close = () => {
    setIsOpen(false);
    setReason("");
    revoke.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke.mutate({ number: certificate.number, reason: reason.trim() }, { onSuccess: close });
  };

  return (
    <>
      <Button
        size="compact-sm"
        color="danger"
        variant="outline"
        onClick={() => setIsOpen(true)}
        aria-label={t("certificate.revokeOf", { number: certificate.number })}
      >
        {t("certificate.revoke")}
      </Button>
      <Dialog
        opened={isOpen}
        onClose={close}
        title={t("certificate.revokeTitle", { number: certificate.number })}
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
    </>
  );
}
