import { Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";

/** A capacity's conditions de réalisation, as a labelled line (nothing when the capacity has none). */
export function ConditionsText({ conditions }: { conditions: string }) {
  const t = useT();
  if (!conditions) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        {t("referential.conditions")}
        {t("common.colon")}
      </Text>
      {conditions}
    </Text>
  );
}
