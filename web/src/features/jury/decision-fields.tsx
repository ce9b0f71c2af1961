import { Checkbox, Group, Radio, SimpleGrid, Stack, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { decisionHelpKeys, decisionKeys } from "./labels.ts";
import { type JuryDecisionKind, juryDecisionKinds } from "./types.ts";

interface DecisionChoiceProps {
  label: string;
  name: string;
  value: JuryDecisionKind | null;
  onChange: (decision: JuryDecisionKind) => void;
  error?: string;
}

/** The four decisions as large radio cards with what each means (a finger on a tablet). */
export function DecisionChoice({ label, name, value, onChange, error }: DecisionChoiceProps) {
  const t = useT();
  return (
    <Radio.Group
      label={label}
      required
      name={name}
      value={value ?? ""}
      onChange={(decision) => onChange(decision as JuryDecisionKind)}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 1 }} spacing="sm" mt={6}>
        {juryDecisionKinds.map((decision) => (
          <Radio.Card key={decision} value={decision} withBorder p="sm" mih={64}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <div>
                <Text fw={600}>{t(decisionKeys[decision])}</Text>
                <Text size="sm">{t(decisionHelpKeys[decision])}</Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

interface BlocksChoiceProps {
  blocks: { code: string; title: string }[];
  value: string[];
  onChange: (blockCodes: string[]) => void;
  error?: string;
}

/** The blocs a partial award names, one large checkbox each. */
export function BlocksChoice({ blocks, value, onChange, error }: BlocksChoiceProps) {
  const t = useT();
  return (
    <Checkbox.Group
      label={t("vote.blocks")}
      description={t("vote.blocksHelp")}
      required
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {blocks.map((block) => (
          <Checkbox key={block.code} value={block.code} size="md" label={`${block.code} — ${block.title}`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
