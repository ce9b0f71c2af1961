import { VisuallyHidden } from "@mantine/core";
import { useCallback, useState } from "react";
import { BlocksEditor } from "./blocks-editor.tsx";
import type { CodePrefixes, EditableBlock } from "./editable-tree.ts";
import { TreeEditorProvider } from "./tree-editor-context.tsx";
import type { TreeErrors } from "./tree-errors.ts";

interface TreeEditorProps {
  blocks: EditableBlock[];
  onChange: (blocks: EditableBlock[]) => void;
  errors: TreeErrors;
  prefixes: CodePrefixes;
  idPrefix: string;
  addLabel: string;
  emptyText: string;
}

/**
 * Blocs → capacities → criteria, edited in place: used for a CQPI's referential and for a
 * branch's modules complémentaires. Moves, additions and removals are announced to screen readers.
 */
export function TreeEditor({ blocks, onChange, errors, prefixes, ...list }: TreeEditorProps) {
  const [announcement, setAnnouncement] = useState("");
  const announce = useCallback((message: string) => {
    // Emptied first, so that the same sentence twice in a row is read twice.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  return (
    <TreeEditorProvider value={{ blocks, errors, prefixes, announce }}>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <BlocksEditor onChange={onChange} {...list} />
    </TreeEditorProvider>
  );
}
