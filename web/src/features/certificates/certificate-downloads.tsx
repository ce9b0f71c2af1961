import { Anchor, Group } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { certificatePdfPath, credentialPath } from "./paths.ts";

/** The certificate's PDF and its signed credential (JSON); `token` is the QR code's, for a visitor. */
export function CertificateDownloads({ number, token }: { number: string; token?: string }) {
  const t = useT();
  return (
    <Group gap="md">
      <Anchor href={certificatePdfPath(number, token)} target="_blank" rel="noopener" fw={600}>
        {t("certificate.downloadPdf", { number })}
      </Anchor>
      <Anchor href={credentialPath(number, token)} download fw={600}>
        {t("certificate.downloadCredential", { number })}
      </Anchor>
    </Group>
  );
}
