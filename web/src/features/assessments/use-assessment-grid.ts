import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import type { CriterionScore } from "../pathways/types.ts";
import { assessmentKey, assessmentQuery, sendGridRequest } from "./api.ts";
import { clearDrafts, type DraftStorage, decideRestore, readDraft, writeDraft } from "./draft-store.ts";
import {
  type ConflictReport,
  conflictReport,
  type GridParts,
  type GridValues,
  gridValuesOf,
  nextGridRequest,
  reapplyChanges,
} from "./grid-values.ts";
import { isRetryable, retryDelayMs } from "./save-policy.ts";
import type { AssessmentView } from "./types.ts";

interface GridState {
  revision: number;
  base: GridValues;
  values: GridValues;
  isSavePending: boolean;
}

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "retrying"; attempt: number; error: unknown }
  | { kind: "conflict"; latest: AssessmentView; report: ConflictReport }
  | { kind: "failed"; error: unknown };

/** A save sends the scores, then the texts; a few more rounds catch what was typed meanwhile. */
const maxRequestsPerSave = 4;

function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function initialState(view: AssessmentView, parts: GridParts, storage: DraftStorage | null) {
  const values = gridValuesOf(view);
  const fresh: GridState = { revision: view.revision, base: values, values, isSavePending: false };
  // A closed assessment no longer takes anything: it shows what was saved.
  if (view.status !== "open") return { state: fresh, decision: { kind: "none" } as const };
  const draft = storage ? readDraft(storage, view.id) : null;
  const decision = decideRestore(draft, { revision: view.revision, values }, parts);
  if (decision.kind === "restore")
    return {
      state: { ...fresh, values: decision.draft.values, isSavePending: decision.draft.isSavePending },
      decision,
    };
  if (decision.kind === "conflict") {
    // Until the evaluator chooses, the page keeps the draft as typed, on the revision it was typed on.
    const { base, values: mine } = decision.draft;
    return {
      state: { revision: draft!.revision, base, values: mine, isSavePending: false },
      decision,
      conflict: { latest: view, report: conflictReport(base, values, mine) },
    };
  }
  if (storage) clearDrafts(storage, view.id);
  return { state: fresh, decision };
}

/**
 * The grid of an assessment being filled: its values, kept on this device as they are typed (keyed by
 * assessment and revision), saved at the revision they were typed on, retried by themselves when the
 * connection fails, and never written over someone else's save: on a revision conflict the evaluator
 * sees what the other save changed and chooses to reapply their values on top of it, or to drop them.
 */
export function useAssessmentGrid(view: AssessmentView, gridParts: GridParts) {
  const queryClient = useQueryClient();
  const assessmentId = view.id;
  // Fixed for the page's life (the method does not change): the callbacks below may rely on them.
  const [parts] = useState(gridParts);
  const [storage] = useState(browserStorage);
  const [initial] = useState(() => initialState(view, parts, storage));
  const [state, setStateValue] = useState<GridState>(initial.state);
  const stateRef = useRef(state);
  const [status, setStatus] = useState<SaveStatus>(
    initial.conflict ? { kind: "conflict", ...initial.conflict } : { kind: "idle" },
  );
  const [isRestored, setIsRestored] = useState(initial.decision.kind === "restore");
  const [isStorageFull, setIsStorageFull] = useState(false);
  const isSaving = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);

  /** Every change goes to the device's storage at once, before any request. */
  const setState = useCallback(
    (update: (current: GridState) => GridState) => {
      const next = update(stateRef.current);
      stateRef.current = next;
      setStateValue(next);
      if (!storage) return;
      const hasUnsaved = nextGridRequest(next.base, next.values, next.revision, parts) !== null;
      if (hasUnsaved || next.isSavePending) setIsStorageFull(!writeDraft(storage, { assessmentId, ...next }));
      else clearDrafts(storage, assessmentId);
    },
    [storage, parts, assessmentId],
  );

  /** Takes a newer revision as the base, with the evaluator's unsaved values on top (or none: `mine` null). */
  const rebase = useCallback(
    (latest: AssessmentView, mine: GridValues | null) => {
      const fresh = gridValuesOf(latest);
      setState((current) => ({
        revision: latest.revision,
        base: fresh,
        values: mine ? reapplyChanges(fresh, current.base, mine) : fresh,
        isSavePending: false,
      }));
    },
    [setState],
  );

  /** Sends what the server does not have yet, as many requests as needed (scores, then texts). */
  const sendRounds = useCallback(async () => {
    for (let round = 0; round < maxRequestsPerSave; round++) {
      const sent = stateRef.current;
      const request = nextGridRequest(sent.base, sent.values, sent.revision, parts);
      if (!request) return;
      const saved = await sendGridRequest(assessmentId, request);
      queryClient.setQueryData(assessmentKey(assessmentId), saved);
      const fresh = gridValuesOf(saved);
      // What was typed while the request travelled stays, on top of the saved revision.
      setState((current) => ({
        ...current,
        revision: saved.revision,
        base: fresh,
        values: reapplyChanges(fresh, sent.base, current.values),
      }));
    }
  }, [assessmentId, parts, queryClient, setState]);

  /**
   * What a failed save leads to: "again" at once (the revision moved without touching the grid),
   * a retry later, a conflict shown to the evaluator, or a refusal shown as is.
   */
  const handleFailure = useCallback(
    async (error: unknown): Promise<"again" | "retry" | "stop"> => {
      if (error instanceof ApiError && error.code === "REVISION_CONFLICT") {
        let latest: AssessmentView;
        try {
          latest = await queryClient.fetchQuery({ ...assessmentQuery(assessmentId), staleTime: 0 });
        } catch (reloadError) {
          setStatus({ kind: "retrying", attempt: attempt.current + 1, error: reloadError });
          return "retry";
        }
        const current = stateRef.current;
        const report = conflictReport(current.base, gridValuesOf(latest), current.values);
        if (report.theirs.length === 0) {
          // Another request raised the revision (a file attached) without changing the grid.
          rebase(latest, current.values);
          setState((next) => ({ ...next, isSavePending: true }));
          return "again";
        }
        setState((next) => ({ ...next, isSavePending: false }));
        setStatus({ kind: "conflict", latest, report });
        return "stop";
      }
      if (isRetryable(error)) {
        setStatus({ kind: "retrying", attempt: attempt.current + 1, error });
        return "retry";
      }
      setState((current) => ({ ...current, isSavePending: false }));
      setStatus({ kind: "failed", error });
      return "stop";
    },
    [assessmentId, queryClient, rebase, setState],
  );

  const save = useCallback(async (): Promise<void> => {
    if (isSaving.current) return;
    clearTimeout(retryTimer.current);
    retryTimer.current = undefined;
    isSaving.current = true;
    setState((current) => ({ ...current, isSavePending: true }));
    setStatus({ kind: "saving" });
    let outcome: "done" | "again" | "retry" | "stop" = "done";
    try {
      await sendRounds();
      attempt.current = 0;
      setState((current) => ({ ...current, isSavePending: false }));
      setStatus({ kind: "idle" });
    } catch (error) {
      outcome = await handleFailure(error);
    } finally {
      isSaving.current = false;
    }
    if (outcome === "again") return save();
    if (outcome === "retry") {
      attempt.current += 1;
      retryTimer.current = setTimeout(() => void save(), retryDelayMs(attempt.current));
    }
  }, [handleFailure, sendRounds, setState]);

  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    // A retry waiting for its delay goes at once when the browser says the connection is back.
    const retryNow = () => {
      if (retryTimer.current !== undefined) void saveRef.current();
    };
    window.addEventListener("online", retryNow);
    return () => {
      window.removeEventListener("online", retryNow);
      clearTimeout(retryTimer.current);
    };
  }, []);

  // A save asked before the page was reloaded (or the tab closed) resumes.
  const hasResumed = useRef(false);
  useEffect(() => {
    if (hasResumed.current) return;
    hasResumed.current = true;
    if (initial.decision.kind === "restore" && initial.decision.draft.isSavePending) void saveRef.current();
  }, [initial]);

  const edit = (change: (values: GridValues) => GridValues) => {
    setStatus((current) => (current.kind === "failed" ? { kind: "idle" } : current));
    setState((current) => ({ ...current, values: change(current.values) }));
  };

  const resolveConflict = (keepMine: boolean) => {
    if (status.kind !== "conflict") return;
    rebase(status.latest, keepMine ? stateRef.current.values : null);
    setStatus({ kind: "idle" });
  };

  return {
    values: state.values,
    /** The values of the revision the page works on, as the server has them. */
    saved: state.base,
    revision: state.revision,
    status,
    hasUnsavedChanges: nextGridRequest(state.base, state.values, state.revision, parts) !== null,
    /** The page opened with values typed earlier on this device and not saved then. */
    isRestored,
    dismissRestored: () => setIsRestored(false),
    /** The browser refused to keep the draft: a reload would lose what is not saved. */
    isStorageFull,
    setScore: (key: string, score: CriterionScore) =>
      edit((values) => ({
        ...values,
        scores: { ...values.scores, [key]: { comment: values.scores[key]?.comment ?? "", score } },
      })),
    setComment: (key: string, comment: string) =>
      edit((values) => ({
        ...values,
        scores: { ...values.scores, [key]: { score: values.scores[key]?.score ?? null, comment } },
      })),
    setEntry: (capacityCode: string, text: string) =>
      edit((values) => ({ ...values, entries: { ...values.entries, [capacityCode]: text } })),
    save: () => void save(),
    /** After a conflict: the other save's revision, with this page's unsaved values put back on top. */
    reapplyMine: () => resolveConflict(true),
    /** After a conflict: the other save's revision as is; this page's unsaved values are dropped. */
    dropMine: () => resolveConflict(false),
  };
}
