import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../components/page-header.tsx";
import { useT } from "../lib/i18n/index.tsx";

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t("notFound.title")} />
      <Text>{t("notFound.text")}</Text>
      <Anchor component={Link} to="/">
        {t("notFound.home")}
      </Anchor>
    </Stack>
  );
}
