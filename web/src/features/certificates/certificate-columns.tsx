import { Anchor, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Column } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDay } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import { canRevokeCertificate } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { certificateKindKeys, certificateStatusKeys, certificateStatusTones } from "./labels.ts";
import { certificatePdfPath, certificateVerificationPagePath, credentialPath } from "./paths.ts";
import { RevokeCertificateButton } from "./revoke-certificate-button.tsx";
import type { CertificateView } from "./types.ts";

/** The columns of the certificates list; revocation (`onRevoke`) for whoever may revoke that certificate. */
export function certificateColumns(
  t: Translate,
  language: Language,
  me: Me,
  onRevoke: (certificate: CertificateView) => void,
): Column<CertificateView>[] {
  return [
    {
      key: "number",
      header: t("certificate.number"),
      render: (c) => (
        <Anchor
          component={Link}
          to={certificateVerificationPagePath(c.number, { nom: c.holder.familyName })}
          style={{ whiteSpace: "nowrap" }}
        >
          {c.number}
        </Anchor>
      ),
    },
    {
      key: "holder",
      header: t("certificate.holder"),
      render: (c) => `${c.holder.familyName} ${c.holder.givenNames}`,
    },
    {
      key: "qualification",
      header: t("certificate.qualification"),
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm">{c.qualification.code}</Text>
          <Text size="xs" c="dimmed">
            {t(certificateKindKeys[c.kind])}
            {c.kind === "partial" && ` (${c.blockCodes.join(", ")})`}
          </Text>
        </Stack>
      ),
    },
    { key: "branch", header: t("certificate.branch"), render: (c) => c.branch.name },
    { key: "awardedOn", header: t("certificate.awardedOn"), render: (c) => formatDay(c.awardedOn, language) },
    {
      key: "status",
      header: t("certificate.status"),
      render: (c) => (
        <Stack gap={2}>
          <StatusBadge tone={certificateStatusTones[c.status]}>
            {t(certificateStatusKeys[c.status])}
          </StatusBadge>
          {c.revocation && (
            <Text size="xs">
              {t("certificate.revokedOn", { date: formatDay(c.revocation.at, language) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (c) => (
        <Group gap="xs" wrap="nowrap">
          <Anchor href={certificatePdfPath(c.number)} target="_blank" rel="noopener" size="sm">
            <span aria-hidden>PDF</span>
            <span className="visually-hidden">{t("certificate.downloadPdf", { number: c.number })}</span>
          </Anchor>
          <Anchor href={credentialPath(c.number)} download size="sm">
            <span aria-hidden>JSON</span>
            <span className="visually-hidden">
              {t("certificate.downloadCredential", { number: c.number })}
            </span>
          </Anchor>
          {c.status === "valid" && canRevokeCertificate(me, c.branch.code) && (
            <RevokeCertificateButton certificate={c} onRevoke={onRevoke} />
          )}
        </Group>
      ),
    },
  ];
}
