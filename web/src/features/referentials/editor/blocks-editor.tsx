import { Button, Stack, Text } from "@mantine/core";
import { useT } from "../../../lib/i18n/index.tsx";
import { BlockEditor } from "./block-editor.tsx";
import { type EditableBlock, moveAt, newBlock, removeAt, replaceAt } from "./editable-tree.ts";
import { fieldId, useTreeEditor } from "./tree-editor-context.tsx";

interface BlocksEditorProps {
  /** Prefix of the element ids, so that two editors never share one (a CQPI's blocs, a branch's modules). */
  idPrefix: string;
  addLabel: string;
  emptyText: string;
  onChange: (blocks: EditableBlock[]) => void;
}

/** The list of blocs (or of a branch's modules) with their capacities and criteria, edited in place. */
export function BlocksEditor({ idPrefix, addLabel, emptyText, onChange }: BlocksEditorProps) {
  const t = useT();
  const { blocks, prefixes, announce } = useTreeEditor();
  const addBlockId = `${idPrefix}-add-block`;

  const addBlock = () => {
    const block = newBlock(blocks, prefixes);
    onChange([...blocks, block]);
    announce(t("editor.added", { item: t("editor.item.block", { code: block.code }) }));
    requestAnimationFrame(() => document.getElementById(fieldId(block.key, "title"))?.focus());
  };

  return (
    <Stack gap="md">
      {blocks.length === 0 && <Text>{emptyText}</Text>}
      {blocks.map((block, index) => (
        <BlockEditor
          key={block.key}
          block={block}
          index={index}
          count={blocks.length}
          onChange={(next) => onChange(replaceAt(blocks, index, next))}
          onMove={(delta) => onChange(moveAt(blocks, index, delta))}
          onRemove={() => onChange(removeAt(blocks, index))}
          afterRemovalFocusId={addBlockId}
        />
      ))}
      <div>
        <Button id={addBlockId} onClick={addBlock}>
          {addLabel}
        </Button>
      </div>
    </Stack>
  );
}
