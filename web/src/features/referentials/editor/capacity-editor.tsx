import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useT } from "../../../lib/i18n/index.tsx";
import { methodLabelKeys } from "../labels.ts";
import { type AssessmentMethod, assessmentMethods } from "../types.ts";
import { CriterionRow } from "./criterion-row.tsx";
import { type EditableCapacity, moveAt, newCriterion, removeAt, replaceAt } from "./editable-tree.ts";
import { area, ItemFrame, ToolbarSlot } from "./item-frame.tsx";
import { ItemToolbar } from "./item-toolbar.tsx";
import { fieldId, useFieldError, useTreeEditor } from "./tree-editor-context.tsx";

interface CapacityEditorProps {
  capacity: EditableCapacity;
  index: number;
  count: number;
  onChange: (capacity: EditableCapacity) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  afterRemovalFocusId: string;
}

/** A "capacité professionnelle": savoir-faire attendu, conditions de réalisation, methods and criteria. */
export function CapacityEditor(props: CapacityEditorProps) {
  const { capacity, index, onChange } = props;
  const t = useT();
  const { announce } = useTreeEditor();
  const name = t("editor.item.capacity", { code: capacity.code.trim() || `n° ${index + 1}` });
  const addCriterionId = `${capacity.key}-add-criterion`;
  const errors = {
    code: useFieldError(capacity.key, "code"),
    title: useFieldError(capacity.key, "title"),
    conditions: useFieldError(capacity.key, "conditions"),
    methods: useFieldError(capacity.key, "methods"),
  };
  const setCriteria = (criteria: EditableCapacity["criteria"]) => onChange({ ...capacity, criteria });

  const addCriterion = () => {
    const criterion = newCriterion(capacity);
    setCriteria([...capacity.criteria, criterion]);
    announce(t("editor.added", { item: t("editor.item.criterion", { code: criterion.code }) }));
    requestAnimationFrame(() => document.getElementById(fieldId(criterion.key, "indicator"))?.focus());
  };

  return (
    <ItemFrame
      itemKey={capacity.key}
      legend={t("editor.legend.capacity", { code: capacity.code.trim() || `n° ${index + 1}` })}
      variant="default"
    >
      <Stack gap="sm">
        <div className="tree-row tree-row-capacity">
          <TextInput
            id={fieldId(capacity.key, "code")}
            label={t("referential.code")}
            required
            style={area("code")}
            value={capacity.code}
            onChange={(event) => onChange({ ...capacity, code: event.currentTarget.value })}
            error={errors.code}
          />
          <Textarea
            id={fieldId(capacity.key, "title")}
            label={t("referential.capacityTitle")}
            required
            autosize
            minRows={1}
            style={area("text")}
            value={capacity.title}
            onChange={(event) => onChange({ ...capacity, title: event.currentTarget.value })}
            error={errors.title}
          />
          <ToolbarSlot>
            <ItemToolbar
              itemKey={capacity.key}
              itemName={name}
              index={index}
              count={props.count}
              onMove={props.onMove}
              onRemove={props.onRemove}
              isRemovalConfirmed={capacity.criteria.length > 0 || capacity.title.trim() !== ""}
              afterRemovalFocusId={props.afterRemovalFocusId}
            />
          </ToolbarSlot>
        </div>
        <Textarea
          id={fieldId(capacity.key, "conditions")}
          label={t("referential.conditions")}
          autosize
          minRows={2}
          value={capacity.conditions}
          onChange={(event) => onChange({ ...capacity, conditions: event.currentTarget.value })}
          error={errors.conditions}
        />
        <Checkbox.Group
          id={fieldId(capacity.key, "methods")}
          label={t("referential.methods")}
          value={capacity.methods}
          onChange={(methods) => onChange({ ...capacity, methods: methods as AssessmentMethod[] })}
          error={errors.methods}
        >
          <Group gap="md" mt={6}>
            {assessmentMethods.map((method) => (
              <Checkbox key={method} value={method} label={t(methodLabelKeys[method])} />
            ))}
          </Group>
        </Checkbox.Group>
        <Text fw={600} size="sm" id={`${capacity.key}-criteria-title`}>
          {t("referential.criteria")}
        </Text>
        <Stack gap={0} role="group" aria-labelledby={`${capacity.key}-criteria-title`}>
          {capacity.criteria.map((criterion, criterionIndex) => (
            <CriterionRow
              key={criterion.key}
              criterion={criterion}
              index={criterionIndex}
              count={capacity.criteria.length}
              onChange={(next) => setCriteria(replaceAt(capacity.criteria, criterionIndex, next))}
              onMove={(delta) => setCriteria(moveAt(capacity.criteria, criterionIndex, delta))}
              onRemove={() => setCriteria(removeAt(capacity.criteria, criterionIndex))}
              afterRemovalFocusId={addCriterionId}
            />
          ))}
        </Stack>
        <div>
          <Button
            id={addCriterionId}
            variant="light"
            aria-label={t("editor.addCriterionTo", { item: name })}
            onClick={addCriterion}
          >
            {t("editor.addCriterion")}
          </Button>
        </div>
      </Stack>
    </ItemFrame>
  );
}
