import { Group, NumberInput, Radio } from "@mantine/core";
import { useT } from "../../../lib/i18n/index.tsx";
import type { ValidityDraft } from "./rules-draft.ts";

interface ValidityEditorProps {
  value: ValidityDraft;
  onChange: (value: ValidityDraft) => void;
  errorOf: (target: string) => string | undefined;
}

/** How long a capacity acquired in a partial result stays acquired: for life, or N years. */
export function ValidityEditor({ value, onChange, errorOf }: ValidityEditorProps) {
  const t = useT();
  return (
    <Group align="flex-end" gap="lg">
      <Radio.Group
        label={t("validity.kind")}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as ValidityDraft["kind"] })}
      >
        <Group gap="md" mt={6}>
          <Radio value="lifetime" label={t("validity.lifetime")} />
          <Radio value="years" label={t("validity.years")} />
        </Group>
      </Radio.Group>
      {value.kind === "years" && (
        <NumberInput
          id="validity-years"
          label={t("validity.yearCount")}
          required
          w={160}
          min={1}
          max={50}
          decimalScale={0}
          allowNegative={false}
          value={value.years}
          onChange={(years) => onChange({ ...value, years })}
          error={errorOf("validity.years")}
        />
      )}
    </Group>
  );
}
