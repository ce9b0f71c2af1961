import { createContext, type ReactNode, useContext } from "react";
import { useT } from "../../../lib/i18n/index.tsx";
import { describeProblem } from "../field-problems.ts";
import type { CodePrefixes, EditableBlock } from "./editable-tree.ts";
import type { TreeErrors } from "./tree-errors.ts";

interface TreeEditorContextValue {
  /** The whole tree being edited: a new capacity's code is suggested among all of them. */
  blocks: EditableBlock[];
  errors: TreeErrors;
  prefixes: CodePrefixes;
  /** Says something to screen-reader users (an item moved, added or removed). */
  announce: (message: string) => void;
}

const TreeEditorContext = createContext<TreeEditorContextValue | null>(null);

export function TreeEditorProvider({
  value,
  children,
}: {
  value: TreeEditorContextValue;
  children: ReactNode;
}) {
  return <TreeEditorContext value={value}>{children}</TreeEditorContext>;
}

export function useTreeEditor(): TreeEditorContextValue {
  const value = useContext(TreeEditorContext);
  if (!value) throw new Error("useTreeEditor must be used inside <TreeEditorProvider>");
  return value;
}

/** The messages about an item's field, in the reader's language, for the input's `error`. */
export function useFieldError(itemKey: string, field?: string): string | undefined {
  const t = useT();
  const { errors } = useTreeEditor();
  const problems = errors[field ? `${itemKey}.${field}` : itemKey];
  if (!problems || problems.length === 0) return undefined;
  return problems.map((problem) => describeProblem(problem, t)).join(" ");
}

/** The id of an item's input, which the list of problems links to. */
export const fieldId = (itemKey: string, field: string) => `${itemKey}-${field}`;
