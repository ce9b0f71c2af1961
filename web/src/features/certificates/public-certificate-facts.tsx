import { FactList } from "../../components/fact-list.tsx";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { certificateKindKeys } from "./labels.ts";
import type { PublicCertificateView } from "./types.ts";

/** What a certificate states, as the public page shows it; the holder only when named. */
export function PublicCertificateFacts({ certificate }: { certificate: PublicCertificateView }) {
  const { t, language } = useLanguage();
  const facts = [
    { label: t("certificate.number"), value: certificate.number },
    ...(certificate.holder
      ? [
          {
            label: t("certificate.holder"),
            value: `${certificate.holder.givenNames} ${certificate.holder.familyName}`,
          },
        ]
      : []),
    {
      label: t("certificate.qualification"),
      value: `${certificate.qualification.code} — ${certificate.qualification.title}`,
    },
    { label: t("certificate.branch"), value: certificate.branchName },
    {
      label: t("certificate.kind"),
      value:
        certificate.kind === "partial"
          ? t("certificate.partialBlocks", { blocks: certificate.blockCodes.join(", ") })
          : t(certificateKindKeys.full),
    },
    { label: t("certificate.awardedOn"), value: formatDay(certificate.awardedOn, language) },
  ];
  return <FactList facts={facts} />;
}
