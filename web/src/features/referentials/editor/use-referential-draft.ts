import { useState } from "react";
import { ApiError } from "../../../lib/api.ts";
import { useSaveDraft, useVersion } from "../api.ts";
import type { ReferentialContent, VersionView } from "../types.ts";
import { type EditableBlock, toBlocks, toEditableBlocks } from "./editable-tree.ts";
import {
  followBlockCodes,
  type PassRuleDraft,
  toPassRule,
  toPassRuleDraft,
  toValidity,
  toValidityDraft,
  type ValidityDraft,
  validateRules,
} from "./rules-draft.ts";
import { mergeTreeErrors, type TreeErrors, treeErrorsFromServer, validateTree } from "./tree-errors.ts";

function loaded(view: VersionView) {
  return {
    revision: view.revision,
    blocks: toEditableBlocks(view.blocks),
    passRule: toPassRuleDraft(view.passRule),
    validity: toValidityDraft(view.validity),
  };
}
type Loaded = ReturnType<typeof loaded>;

function contentOf(state: Pick<Loaded, "blocks" | "passRule" | "validity">): ReferentialContent {
  return {
    passRule: toPassRule(state.passRule),
    validity: toValidity(state.validity),
    blocks: toBlocks(state.blocks),
  };
}

/**
 * A draft being edited: the local tree and rules, whether they differ from what was loaded or last
 * saved, the messages to show, and saving with the revision it started from (never overwriting
 * someone else's save: the server answers REVISION_CONFLICT and the reader chooses to reload).
 */
export function useReferentialDraft(view: VersionView) {
  const [state, setState] = useState(() => loaded(view));
  const [baseline, setBaseline] = useState(() => JSON.stringify(contentOf(state)));
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [serverErrors, setServerErrors] = useState<TreeErrors>({});
  const save = useSaveDraft(view.qualificationCode, view.version);
  const current = useVersion(view.qualificationCode, view.version);

  const content = contentOf(state);
  const isDirty = JSON.stringify(content) !== baseline;
  const validate = (isComplete: boolean) =>
    mergeTreeErrors(
      validateTree(state.blocks, { isComplete }),
      isComplete ? validateRules(state.passRule, state.validity) : {},
    );
  const errors = mergeTreeErrors(validate(hasTriedToSave), serverErrors);

  const change = (next: Partial<Pick<Loaded, "blocks" | "passRule" | "validity">>) => {
    setServerErrors({});
    setState((before) => {
      const blocks = next.blocks ?? before.blocks;
      const passRule = followBlockCodes(next.passRule ?? before.passRule, before.blocks, blocks);
      return { ...before, ...next, blocks, passRule };
    });
  };

  const reset = (fresh: VersionView) => {
    const next = loaded(fresh);
    setState(next);
    setBaseline(JSON.stringify(contentOf(next)));
    setHasTriedToSave(false);
    setServerErrors({});
    save.reset();
  };

  /** Sends the whole draft; returns false (showing why) when the browser's own checks fail. */
  const submit = (): boolean => {
    setHasTriedToSave(true);
    if (Object.keys(validate(true)).length > 0) return false;
    const sent = state.blocks;
    save.mutate(
      { revision: state.revision, ...content },
      {
        onSuccess: reset,
        onError: (error) => {
          if (error instanceof ApiError && error.code === "VALIDATION_FAILED")
            setServerErrors(treeErrorsFromServer(error.fields, sent, "blocks"));
        },
      },
    );
    return true;
  };

  /** After a conflict: the draft as saved by the other person, the local changes dropped. */
  const reload = async () => {
    const { data } = await current.refetch();
    if (data) reset(data);
  };

  return {
    blocks: state.blocks,
    setBlocks: (blocks: EditableBlock[]) => change({ blocks }),
    passRule: state.passRule,
    setPassRule: (passRule: PassRuleDraft) => change({ passRule }),
    validity: state.validity,
    setValidity: (validity: ValidityDraft) => change({ validity }),
    revision: state.revision,
    isDirty,
    /** Someone saved the draft since it was loaded here: saving now would be refused. */
    // While a save is answered, the cache already holds the saved revision and the editor not yet.
    isOutdated: !save.isPending && (current.data?.revision ?? state.revision) > state.revision,
    hasTriedToSave,
    errors,
    submit,
    save,
    discard: () => reset(current.data ?? view),
    reload,
    isReloading: current.isFetching,
  };
}
