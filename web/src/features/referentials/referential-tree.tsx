import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { ConditionsText } from "./conditions-text.tsx";
import { formatDecimal } from "./labels.ts";
import { MethodBadges } from "./method-badges.tsx";
import { readTreeItemId } from "./problem-locations.ts";
import type { Block, Capacity } from "./types.ts";

interface ReferentialTreeProps {
  blocks: Block[];
  /** Prefix of the items' ids, which lists of problems link to. */
  idPrefix: string;
  /** Weights only matter to the weighted-marks rule. */
  showWeights: boolean;
  emptyText: string;
}

/** Blocs → capacities (conditions, methods) → criteria, to read (headings h3 and h4 under a section h2). */
export function ReferentialTree({ blocks, idPrefix, showWeights, emptyText }: ReferentialTreeProps) {
  const { t } = useLanguage();
  if (blocks.length === 0) return <Text>{emptyText}</Text>;
  return (
    <Stack gap="lg">
      {blocks.map((block, b) => (
        <Stack
          key={block.code}
          gap="sm"
          id={readTreeItemId(idPrefix, [b])}
          tabIndex={-1}
          component="section"
          aria-labelledby={`${readTreeItemId(idPrefix, [b])}-title`}
        >
          <Group gap="sm" align="baseline">
            <Title order={3} size="h4" id={`${readTreeItemId(idPrefix, [b])}-title`}>
              {t("referential.blockHeading", { code: block.code, title: block.title })}
            </Title>
            {block.rncpCode && (
              <Badge variant="outline" color="dark" tt="none">
                {t("referential.rncpBadge", { code: block.rncpCode })}
              </Badge>
            )}
          </Group>
          {block.capacities.length === 0 && <Text c="dimmed">{t("referential.noCapacity")}</Text>}
          {block.capacities.map((capacity, c) => (
            <CapacityCard
              key={capacity.code}
              capacity={capacity}
              id={readTreeItemId(idPrefix, [b, c])}
              showWeights={showWeights}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function CapacityCard({
  capacity,
  id,
  showWeights,
}: {
  capacity: Capacity;
  id: string;
  showWeights: boolean;
}) {
  const { t, language } = useLanguage();
  return (
    <Paper withBorder p="md" id={id} tabIndex={-1} style={{ scrollMarginTop: "5rem" }}>
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
        </Title>
        <ConditionsText conditions={capacity.conditions} />
        <Group gap="xs">
          <Text span size="sm" fw={600}>
            {t("referential.methods")}
            {t("common.colon")}
          </Text>
          <MethodBadges methods={capacity.methods} />
        </Group>
        <Text size="sm" fw={600}>
          {t("referential.criteria")}
        </Text>
        {capacity.criteria.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("referential.noCriterion")}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {capacity.criteria.map((criterion) => (
              <List.Item key={criterion.code}>
                <Text span fw={600} size="sm">
                  {criterion.code}
                </Text>{" "}
                {criterion.indicator}
                {showWeights && (
                  <Text span c="dimmed" size="sm">
                    {" "}
                    {t("referential.weightValue", { weight: formatDecimal(criterion.weight, language) })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
