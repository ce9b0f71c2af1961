import { Box, NumberInput, Textarea, TextInput } from "@mantine/core";
import { decimalSeparator } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n/index.tsx";
import type { EditableCriterion } from "./editable-tree.ts";
import { area, ToolbarSlot } from "./item-frame.tsx";
import { ItemToolbar } from "./item-toolbar.tsx";
import { fieldId, useFieldError } from "./tree-editor-context.tsx";

interface CriterionRowProps {
  criterion: EditableCriterion;
  index: number;
  count: number;
  onChange: (criterion: EditableCriterion) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  afterRemovalFocusId: string;
}

/** One "résultat attendu observable et/ou mesurable": its code, its wording and its weight. */
export function CriterionRow({
  criterion,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  afterRemovalFocusId,
}: CriterionRowProps) {
  const { t, language } = useLanguage();
  const label = criterion.code.trim() || `n° ${index + 1}`;
  const name = t("editor.item.criterion", { code: label });
  const codeError = useFieldError(criterion.key, "code");
  const indicatorError = useFieldError(criterion.key, "indicator");
  const weightError = useFieldError(criterion.key, "weight");
  const itemError = useFieldError(criterion.key);

  return (
    <Box
      id={criterion.key}
      tabIndex={-1}
      role="group"
      aria-label={t("editor.legend.criterion", { code: label })}
      className="tree-row tree-row-criterion"
      py={6}
      style={{ borderTop: index > 0 ? "1px solid var(--mantine-color-gray-3)" : undefined }}
    >
      <TextInput
        id={fieldId(criterion.key, "code")}
        label={t("referential.code")}
        required
        style={area("code")}
        value={criterion.code}
        onChange={(event) => onChange({ ...criterion, code: event.currentTarget.value })}
        error={codeError ?? itemError}
      />
      <Textarea
        id={fieldId(criterion.key, "indicator")}
        label={t("referential.indicator")}
        required
        autosize
        minRows={1}
        style={area("text")}
        value={criterion.indicator}
        onChange={(event) => onChange({ ...criterion, indicator: event.currentTarget.value })}
        error={indicatorError}
      />
      <NumberInput
        id={fieldId(criterion.key, "weight")}
        label={t("referential.weight")}
        required
        style={area("weight")}
        min={0}
        max={100}
        decimalScale={2}
        decimalSeparator={decimalSeparator(language)}
        allowNegative={false}
        hideControls
        value={criterion.weight}
        onChange={(weight) => onChange({ ...criterion, weight })}
        error={weightError}
      />
      <ToolbarSlot>
        <ItemToolbar
          itemKey={criterion.key}
          itemName={name}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          afterRemovalFocusId={afterRemovalFocusId}
        />
      </ToolbarSlot>
    </Box>
  );
}
