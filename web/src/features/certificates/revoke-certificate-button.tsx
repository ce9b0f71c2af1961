import { Button } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import type { CertificateView } from "./types.ts";

/** Opens the revocation dialog of the page that shows `certificate`. */
export function RevokeCertificateButton({
  certificate,
  onRevoke,
}: {
  certificate: CertificateView;
  onRevoke: (certificate: CertificateView) => void;
}) {
  const t = useT();
  return (
    <Button
      size="compact-sm"
      color="danger"
      variant="outline"
      onClick={() => onRevoke(certificate)}
      aria-label={t("certificate.revokeOf", { number: certificate.number })}
    >
      {t("certificate.revoke")}
    </Button>
  );
}
