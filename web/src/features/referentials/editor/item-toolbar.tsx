import { Button, Group } from "@mantine/core";
import { ConfirmButton } from "../../../components/confirm-button.tsx";
import { useT } from "../../../lib/i18n/index.tsx";
import { useTreeEditor } from "./tree-editor-context.tsx";

interface ItemToolbarProps {
  itemKey: string;
  /** How the buttons name the item for screen readers, e.g. "la capacité C2". */
  itemName: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Ask before removing (an item with content); removing an empty one is immediate. */
  isRemovalConfirmed?: boolean;
  /** Where the focus goes once the item is gone (the list's "add" button). */
  afterRemovalFocusId: string;
}

/** Up, down and remove buttons of a tree item; the focus follows the item when it moves. */
export function ItemToolbar(props: ItemToolbarProps) {
  const { itemKey, itemName, index, count, onMove, onRemove, isRemovalConfirmed, afterRemovalFocusId } =
    props;
  const t = useT();
  const { announce } = useTreeEditor();

  const move = (delta: -1 | 1) => {
    onMove(delta);
    announce(t("editor.moved", { item: itemName, position: index + 1 + delta, count }));
    // The item's DOM node may be re-inserted by React, which drops the focus: put it back.
    const isAtEnd = delta === -1 ? index + delta === 0 : index + delta === count - 1;
    const focusId = `${itemKey}-${(delta === -1) !== isAtEnd ? "up" : "down"}`;
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  const remove = () => {
    onRemove();
    announce(t("editor.removed", { item: itemName }));
    requestAnimationFrame(() => document.getElementById(afterRemovalFocusId)?.focus());
  };

  return (
    <Group gap={6} wrap="nowrap">
      <Button
        id={`${itemKey}-up`}
        variant="default"
        size="compact-md"
        aria-label={t("editor.moveUp", { item: itemName })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ↑
      </Button>
      <Button
        id={`${itemKey}-down`}
        variant="default"
        size="compact-md"
        aria-label={t("editor.moveDown", { item: itemName })}
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        ↓
      </Button>
      {isRemovalConfirmed ? (
        <ConfirmButton
          size="compact-md"
          label={t("editor.remove")}
          aria-label={t("editor.removeNamed", { item: itemName })}
          question={t("editor.removeQuestion", { item: itemName })}
          confirmLabel={t("editor.remove")}
          onConfirm={remove}
        />
      ) : (
        <Button
          color="danger"
          variant="outline"
          size="compact-md"
          aria-label={t("editor.removeNamed", { item: itemName })}
          onClick={remove}
        >
          {t("editor.remove")}
        </Button>
      )}
    </Group>
  );
}
