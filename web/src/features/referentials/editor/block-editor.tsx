import { Button, Stack, TextInput } from "@mantine/core";
import { useT } from "../../../lib/i18n/index.tsx";
import { CapacityEditor } from "./capacity-editor.tsx";
import { type EditableBlock, moveAt, newCapacity, removeAt, replaceAt } from "./editable-tree.ts";
import { area, ItemFrame, ToolbarSlot } from "./item-frame.tsx";
import { ItemToolbar } from "./item-toolbar.tsx";
import { fieldId, useFieldError, useTreeEditor } from "./tree-editor-context.tsx";

interface BlockEditorProps {
  block: EditableBlock;
  index: number;
  count: number;
  onChange: (block: EditableBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  afterRemovalFocusId: string;
}

/** A "bloc de compétences" (or a branch's module): code, title, RNCP code and its capacities. */
export function BlockEditor(props: BlockEditorProps) {
  const { block, index, onChange } = props;
  const t = useT();
  const { blocks, prefixes, announce } = useTreeEditor();
  const label = block.code.trim() || `n° ${index + 1}`;
  const name = t("editor.item.block", { code: label });
  const addCapacityId = `${block.key}-add-capacity`;
  const errors = {
    code: useFieldError(block.key, "code"),
    title: useFieldError(block.key, "title"),
    rncpCode: useFieldError(block.key, "rncpCode"),
  };
  const setCapacities = (capacities: EditableBlock["capacities"]) => onChange({ ...block, capacities });

  const addCapacity = () => {
    const capacity = newCapacity(blocks, prefixes);
    setCapacities([...block.capacities, capacity]);
    announce(t("editor.added", { item: t("editor.item.capacity", { code: capacity.code }) }));
    requestAnimationFrame(() => document.getElementById(fieldId(capacity.key, "title"))?.focus());
  };

  return (
    <ItemFrame itemKey={block.key} legend={t("editor.legend.block", { code: label })} variant="filled">
      <Stack gap="sm">
        <div className="tree-row tree-row-block">
          <TextInput
            id={fieldId(block.key, "code")}
            label={t("referential.code")}
            required
            style={area("code")}
            value={block.code}
            onChange={(event) => onChange({ ...block, code: event.currentTarget.value })}
            error={errors.code}
          />
          <TextInput
            id={fieldId(block.key, "title")}
            label={t("referential.blockTitle")}
            required
            style={area("text")}
            value={block.title}
            onChange={(event) => onChange({ ...block, title: event.currentTarget.value })}
            error={errors.title}
          />
          <TextInput
            id={fieldId(block.key, "rncpCode")}
            label={t("referential.rncpCode")}
            style={area("rncp")}
            value={block.rncpCode ?? ""}
            onChange={(event) => onChange({ ...block, rncpCode: event.currentTarget.value })}
            error={errors.rncpCode}
          />
          <ToolbarSlot>
            <ItemToolbar
              itemKey={block.key}
              itemName={name}
              index={index}
              count={props.count}
              onMove={props.onMove}
              onRemove={props.onRemove}
              isRemovalConfirmed={block.capacities.length > 0 || block.title.trim() !== ""}
              afterRemovalFocusId={props.afterRemovalFocusId}
            />
          </ToolbarSlot>
        </div>
        <Stack gap="sm" role="group" aria-label={t("editor.capacitiesOf", { code: label })}>
          {block.capacities.map((capacity, capacityIndex) => (
            <CapacityEditor
              key={capacity.key}
              capacity={capacity}
              index={capacityIndex}
              count={block.capacities.length}
              onChange={(next) => setCapacities(replaceAt(block.capacities, capacityIndex, next))}
              onMove={(delta) => setCapacities(moveAt(block.capacities, capacityIndex, delta))}
              onRemove={() => setCapacities(removeAt(block.capacities, capacityIndex))}
              afterRemovalFocusId={addCapacityId}
            />
          ))}
        </Stack>
        <div>
          <Button
            id={addCapacityId}
            variant="outline"
            aria-label={t("editor.addCapacityTo", { item: name })}
            onClick={addCapacity}
          >
            {t("editor.addCapacity")}
          </Button>
        </div>
      </Stack>
    </ItemFrame>
  );
}
