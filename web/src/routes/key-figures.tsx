import "@mantine/charts/styles.css";
import { Stack, Text } from "@mantine/core";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { PageLoader } from "../components/page-loader.tsx";
import { useKeyFigures } from "../features/observatory/api.ts";
import { KeyFiguresSlide } from "../features/observatory/key-figures-slide.tsx";
import { TimelineSection } from "../features/observatory/timeline-section.tsx";
import { useT } from "../lib/i18n/index.tsx";

/** The national key figures, for anyone without an account: computed from the certificates awarded. */
export function KeyFiguresPage() {
  const t = useT();
  const { data, isPending, error } = useKeyFigures();

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t("keyFigures.title")} description={t("keyFigures.intro")} />
      <ErrorAlert error={error} />
      {isPending && <PageLoader />}
      {data && data.certificates === 0 && <Text>{t("keyFigures.empty")}</Text>}
      {data && (
        <>
          <KeyFiguresSlide figures={data} />
          <TimelineSection timeline={data.timeline} />
        </>
      )}
    </Stack>
  );
}
