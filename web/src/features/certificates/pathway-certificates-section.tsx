import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { canRevokeCertificate, canSeeCertificates } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { useCertificates } from "./api.ts";
import { CertificateDownloads } from "./certificate-downloads.tsx";
import { certificateKindKeys, certificateStatusKeys, certificateStatusTones } from "./labels.ts";
import { certificateVerificationPagePath } from "./paths.ts";
import { RevokeCertificateButton } from "./revoke-certificate-button.tsx";
import { RevokeCertificateDialog } from "./revoke-certificate-dialog.tsx";
import type { CertificateView } from "./types.ts";

/**
 * The certificates issued on the pathway's award: the holder downloads the PDF and the signed credential,
 * the secretariat may revoke. Nothing is shown before an award.
 */
export function PathwayCertificatesSection({ pathwayId, me }: { pathwayId: number; me: Me }) {
  const { t, language } = useLanguage();
  const isAllowed = canSeeCertificates(me);
  const { data } = useCertificates({ pathwayId: String(pathwayId), limit: "10", offset: "0" }, isAllowed);
  const [revoking, setRevoking] = useState<CertificateView | null>(null);
  if (!data || data.items.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="pathway-certificates-title">
      <Title order={2} size="h3" id="pathway-certificates-title">
        {t("pathwayCertificates.title")}
      </Title>
      {data.items.map((certificate) => (
        <Paper key={certificate.number} withBorder p="md">
          <Stack gap="xs">
            <Group gap="sm">
              <Text fw={600}>{certificate.number}</Text>
              <StatusBadge tone={certificateStatusTones[certificate.status]}>
                {t(certificateStatusKeys[certificate.status])}
              </StatusBadge>
            </Group>
            <Text size="sm">
              {t(certificateKindKeys[certificate.kind])} — {formatDay(certificate.awardedOn, language)}
              {certificate.revocation &&
                ` — ${t("certificate.revokedOn", { date: formatDay(certificate.revocation.at, language) })}`}
            </Text>
            <CertificateDownloads number={certificate.number} />
            <Group gap="md">
              <Anchor
                component={Link}
                to={certificateVerificationPagePath(certificate.number, {
                  nom: certificate.holder.familyName,
                })}
              >
                {t("pathwayCertificates.publicPage")} →
              </Anchor>
              {certificate.status === "valid" && canRevokeCertificate(me, certificate.branch.code) && (
                <RevokeCertificateButton certificate={certificate} onRevoke={setRevoking} />
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
      <RevokeCertificateDialog certificate={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
