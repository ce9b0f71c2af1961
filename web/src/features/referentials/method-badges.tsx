import { Badge, Group, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { methodLabelKeys } from "./labels.ts";
import type { AssessmentMethod } from "./types.ts";

/** The evaluation methods of a capacity, as labelled badges (or a word saying there is none yet). */
export function MethodBadges({ methods }: { methods: AssessmentMethod[] }) {
  const t = useT();
  if (methods.length === 0)
    return (
      <Text span size="sm" c="dimmed">
        {t("referential.noMethod")}
      </Text>
    );
  return (
    <Group gap={6} component="span">
      {methods.map((method) => (
        <Badge key={method} variant="light" color="blue" tt="none" fw={600} c="blue.9">
          {t(methodLabelKeys[method])}
        </Badge>
      ))}
    </Group>
  );
}
