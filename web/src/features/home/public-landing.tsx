import { SimpleGrid, Stack, Text } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useBranches, useQualifications } from "../catalogue/api.ts";
import { verificationPagePath, verifyCredentialPagePath } from "../certificates/paths.ts";
import { keyFiguresPagePath } from "../observatory/paths.ts";
import { LinkCard } from "./link-card.tsx";

const countOnly = { q: "", limit: 1, offset: 0 };

/** What a visitor sees: what a CQPI is, and the way into the public catalogue. */
export function PublicLanding() {
  const { t, language } = useLanguage();
  const qualificationTotal = useQualifications(countOnly).data?.total;
  const branchTotal = useBranches(countOnly).data?.total;
  const count = (total: number | undefined) => (total === undefined ? "…" : formatNumber(total, language));

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t("landing.title")} />
      <Text size="lg">{t("landing.what")}</Text>
      <Text>{t("landing.platform")}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <LinkCard
          title={t("nav.qualifications")}
          text={t("landing.qualificationCount", { count: count(qualificationTotal) })}
          links={[{ to: "/qualifications", label: t("landing.browseQualifications") }]}
        />
        <LinkCard
          title={t("nav.branches")}
          text={t("landing.branchCount", { count: count(branchTotal) })}
          links={[{ to: "/branches", label: t("landing.browseBranches") }]}
        />
        <LinkCard
          title={t("landing.keyFiguresTitle")}
          text={t("landing.keyFiguresText")}
          links={[{ to: keyFiguresPagePath, label: t("landing.keyFiguresLink") }]}
        />
        <LinkCard
          title={t("landing.verifyTitle")}
          text={t("landing.verifyText")}
          links={[
            { to: verificationPagePath, label: t("landing.verifyLink") },
            { to: verifyCredentialPagePath, label: t("verifyCredential.title") },
          ]}
        />
        <LinkCard
          title={t("landing.loginTitle")}
          text={t("landing.loginText")}
          links={[{ to: "/login", label: t("nav.login") }]}
        />
      </SimpleGrid>
    </Stack>
  );
}
