import { Center, Loader } from "@mantine/core";
import { useT } from "../lib/i18n/index.tsx";

/** The whole-page wait indicator, announced to screen readers. */
export function PageLoader() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-label={t("common.loading")}>
      <Loader />
    </Center>
  );
}
