import { useState } from "react";
import { ApiError } from "../../lib/api.ts";
import { useRecordAdoption, useVersion, useVersions } from "./api.ts";
import { type EditableBlock, toBlocks, toEditableBlocks } from "./editor/editable-tree.ts";
import {
  mergeTreeErrors,
  type TreeErrors,
  treeErrorsFromServer,
  validateCompleteness,
  validateTree,
} from "./editor/tree-errors.ts";
import type { Block } from "./types.ts";

interface AdoptionFormOptions {
  code: string;
  /** The branch, when the form is opened from its page; picked in the form otherwise. */
  branchCode?: string;
  /** The branch taken when none is picked: an officer's only branch. */
  onlyBranchCode?: string;
  /** The modules of the branch's current adoption, offered again for the new decision. */
  initialModules: Block[];
  onSaved: () => void;
}

/** The adoption form's values, its checks (mirroring the server's) and the request. */
export function useAdoptionForm({
  code,
  branchCode,
  onlyBranchCode,
  initialModules,
  onSaved,
}: AdoptionFormOptions) {
  const published = (useVersions(code).data?.items ?? []).filter((item) => item.status === "published");
  const [values, setValues] = useState({
    branchCode: branchCode ?? "",
    version: "",
    decisionDate: "",
    agreementReference: "",
  });
  const [modules, setModules] = useState<EditableBlock[]>(() => toEditableBlocks(initialModules));
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [serverErrors, setServerErrors] = useState<TreeErrors>({});
  const record = useRecordAdoption(code);
  const version = values.version || (published[0] ? String(published[0].version) : "");
  const chosenBranchCode = values.branchCode || onlyBranchCode || "";
  const adopted = useVersion(code, Number(version)).data;
  const reserved = adopted && {
    blocks: adopted.blocks.map((block) => block.code),
    capacities: adopted.blocks.flatMap((block) => block.capacities.map((capacity) => capacity.code)),
  };

  const fieldProblems: TreeErrors = {};
  if (hasTriedToSave) {
    for (const field of ["decisionDate", "agreementReference"] as const) {
      if (values[field].trim() === "") fieldProblems[field] = [{ key: "problem.required" }];
    }
    if (!chosenBranchCode) fieldProblems.branchCode = [{ key: "problem.required" }];
    if (!version) fieldProblems.version = [{ key: "problem.required" }];
  }
  const validateModules = (isComplete: boolean) =>
    mergeTreeErrors(
      validateTree(modules, { isComplete, reserved }),
      isComplete ? validateCompleteness(modules) : {},
    );
  const errors = mergeTreeErrors(fieldProblems, validateModules(hasTriedToSave), serverErrors);

  const setValue = (field: keyof typeof values, value: string) => {
    setServerErrors({});
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = (): boolean => {
    setHasTriedToSave(true);
    const isFilled = chosenBranchCode && version && values.decisionDate && values.agreementReference.trim();
    if (!isFilled || Object.keys(validateModules(true)).length > 0) return false;
    const sent = modules;
    record.mutate(
      {
        branchCode: chosenBranchCode,
        input: {
          version: Number(version),
          decisionDate: values.decisionDate,
          agreementReference: values.agreementReference.trim(),
          modules: toBlocks(modules),
        },
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.code === "VALIDATION_FAILED")
            setServerErrors(treeErrorsFromServer(error.fields, sent, "modules"));
        },
      },
    );
    return true;
  };

  return {
    values: { ...values, branchCode: chosenBranchCode, version },
    setValue,
    published,
    modules,
    setModules: (next: EditableBlock[]) => {
      setServerErrors({});
      setModules(next);
    },
    errors,
    hasTriedToSave,
    submit,
    record,
  };
}
