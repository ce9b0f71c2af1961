import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { BackLink } from "../components/back-link.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { usePublicCertificate } from "../features/certificates/api.ts";
import { CertificateDownloads } from "../features/certificates/certificate-downloads.tsx";
import { CredentialInvite } from "../features/certificates/credential-invite.tsx";
import { verificationPagePath } from "../features/certificates/paths.ts";
import { PublicCertificateFacts } from "../features/certificates/public-certificate-facts.tsx";
import { VerdictAlert } from "../features/certificates/verdict-alert.tsx";
import { PortabilityQuestion } from "../features/portability/portability-question.tsx";
import { formatDay } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/**
 * A certificate's public page, without an account: valid or revoked (with the date, and the reason to
 * whoever names the holder). The QR code of the PDF opens it with `?jeton=`, which names the holder and
 * offers the downloads; otherwise `?nom=` (the family name typed) names the holder when it matches.
 */
export function CertificateVerificationPage() {
  const { t, language } = useLanguage();
  const { number = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const token = params.get("jeton") ?? undefined;
  const familyName = params.get("nom") ?? undefined;
  const { data: certificate, isPending, error } = usePublicCertificate(number, { token, familyName });
  const back = <BackLink to={verificationPagePath} label={t("verification.title")} />;

  if (isPending) return <PageLoader />;
  if (!certificate)
    return (
      <Stack maw={760}>
        <PageHeader title={t("verification.pageTitle", { number })} above={back} />
        <ErrorAlert error={error} title={t("verification.notFoundTitle")} />
      </Stack>
    );

  const isRevoked = certificate.status === "revoked";
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={t("verification.pageTitle", { number: certificate.number })} above={back} />
      <VerdictAlert verdict={certificate.status}>
        {isRevoked && certificate.revokedOn && (
          <Text size="sm" fw={600}>
            {t("verification.revokedOn", { date: formatDay(certificate.revokedOn, language) })}
          </Text>
        )}
        {isRevoked && certificate.revocationReason && (
          <Text size="sm">
            {t("verification.revocationReason", { reason: certificate.revocationReason })}
          </Text>
        )}
      </VerdictAlert>
      <PublicCertificateFacts certificate={certificate} />
      {!certificate.holder && (
        <HolderNameForm
          isMismatch={familyName !== undefined}
          onSubmit={(nom) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              next.set("nom", nom);
              return next;
            })
          }
        />
      )}
      {token && certificate.holder && <CertificateDownloads number={certificate.number} token={token} />}
      <PortabilityQuestion
        holder={{ kind: "certificate", number: certificate.number }}
        intro={t("portability.certificateIntro")}
      />
      <CredentialInvite />
    </Stack>
  );
}

/** The holder's family name, typed to see whether the certificate is theirs. */
function HolderNameForm({ isMismatch, onSubmit }: { isMismatch: boolean; onSubmit: (name: string) => void }) {
  const { t } = useLanguage();
  const [name, setName] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onSubmit(name.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {isMismatch && (
          <Text size="sm" role="status">
            {t("verification.nameMismatch")}
          </Text>
        )}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("verification.familyName")}
            description={t("verification.familyNameHelp")}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button type="submit" variant="light">
            {t("verification.checkHolder")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
