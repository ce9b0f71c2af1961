import { Group, NumberInput, Radio, SimpleGrid, Stack, Text } from "@mantine/core";
import { decimalSeparator } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n/index.tsx";
import { passRuleKindKeys } from "../labels.ts";
import type { PassRuleKind } from "../types.ts";
import type { PassRuleDraft } from "./rules-draft.ts";

const kinds: PassRuleKind[] = ["all_capacities", "criteria_percentage", "weighted_marks"];

interface PassRuleEditorProps {
  value: PassRuleDraft;
  onChange: (value: PassRuleDraft) => void;
  /** The blocs that may get their own threshold under the weighted-marks rule. */
  blockCodes: string[];
  errorOf: (target: string) => string | undefined;
}

/** Which rule decides the award, and its numbers. */
export function PassRuleEditor({ value, onChange, blockCodes, errorOf }: PassRuleEditorProps) {
  const { t, language } = useLanguage();
  const separator = decimalSeparator(language);
  const percent = (field: "minPercent" | "blockThreshold" | "overallThreshold", label: string) => (
    <NumberInput
      id={`passRule-${field}`}
      label={label}
      required
      min={0}
      max={100}
      decimalScale={2}
      decimalSeparator={separator}
      allowNegative={false}
      suffix=" %"
      value={value[field]}
      onChange={(number) => onChange({ ...value, [field]: number })}
      error={errorOf(`passRule.${field}`)}
    />
  );

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t("passRule.kind")}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as PassRuleKind })}
      >
        <Stack gap="xs" mt={6}>
          {kinds.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              label={t(passRuleKindKeys[kind])}
              description={t(`passRule.help.${kind}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.kind === "criteria_percentage" && (
        <Group>{percent("minPercent", t("passRule.minPercent"))}</Group>
      )}
      {value.kind === "weighted_marks" && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: "end" }}>
            <NumberInput
              id="passRule-partialCredit"
              label={t("passRule.partialCredit")}
              description={t("passRule.partialCreditHelp")}
              required
              min={0}
              max={1}
              step={0.1}
              decimalScale={2}
              decimalSeparator={separator}
              allowNegative={false}
              value={value.partialCredit}
              onChange={(number) => onChange({ ...value, partialCredit: number })}
              error={errorOf("passRule.partialCredit")}
            />
            {percent("blockThreshold", t("passRule.blockThreshold"))}
            {percent("overallThreshold", t("passRule.overallThreshold"))}
          </SimpleGrid>
          {blockCodes.length > 0 && (
            <Stack gap={4} role="group" aria-labelledby="block-thresholds-title">
              <Text fw={600} size="sm" id="block-thresholds-title">
                {t("passRule.blockThresholds")}
              </Text>
              <Text size="sm" c="dimmed">
                {t("passRule.blockThresholdsHelp")}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }} style={{ alignItems: "end" }}>
                {blockCodes.map((code) => (
                  <NumberInput
                    key={code}
                    id={`passRule-blockThresholds-${code}`}
                    label={t("passRule.blockThresholdOf", { code })}
                    min={0}
                    max={100}
                    decimalScale={2}
                    decimalSeparator={separator}
                    allowNegative={false}
                    suffix=" %"
                    value={value.blockThresholds[code] ?? ""}
                    onChange={(number) =>
                      onChange({ ...value, blockThresholds: { ...value.blockThresholds, [code]: number } })
                    }
                    error={errorOf(`passRule.blockThresholds.${code}`)}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
