import { Fieldset, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useFieldError } from "./tree-editor-context.tsx";

interface ItemFrameProps {
  itemKey: string;
  /** The fieldset's legend, which also names the group for screen readers: "Capacité C2". */
  legend: string;
  children: ReactNode;
  variant: "filled" | "default";
}

/** A bloc or capacity being edited: a fieldset, and what is wrong with it as a whole. */
export function ItemFrame({ itemKey, legend, children, variant }: ItemFrameProps) {
  const itemError = useFieldError(itemKey);
  return (
    <Fieldset
      id={itemKey}
      tabIndex={-1}
      legend={
        <Text span fw={700}>
          {legend}
        </Text>
      }
      variant={variant}
      p={{ base: "xs", sm: "md" }}
      style={{ scrollMarginTop: "8rem" }}
    >
      <div className="tree-container">
        {itemError && (
          <Text c="error" size="sm" mb="xs">
            {itemError}
          </Text>
        )}
        {children}
      </div>
    </Fieldset>
  );
}

/** Where an item's buttons sit: at the end of its first row of inputs, level with them. */
export function ToolbarSlot({ children }: { children: ReactNode }) {
  return <div className="tree-row-tools">{children}</div>;
}

/** The grid cell of an input in an item's first row (see `.tree-row` in styles.css). */
export const area = (name: "code" | "text" | "rncp" | "weight") => ({ gridArea: name });
