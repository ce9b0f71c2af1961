import { Alert, Stack } from "@mantine/core";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { ApiError } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { canDeleteEvidence } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { useCloseAssessment, useSubmitBooklet } from "./api.ts";
import { BookletJudgements } from "./booklet-judgements.tsx";
import { CapacitySection } from "./capacity-section.tsx";
import { ConflictPanel } from "./conflict-panel.tsx";
import { EvidenceSection } from "./evidence-section.tsx";
import { GridSaveBar } from "./grid-save-bar.tsx";
import { scoredCount } from "./grid-values.ts";
import { methodParts } from "./labels.ts";
import type { AssessmentView } from "./types.ts";
import { useAssessmentGrid } from "./use-assessment-grid.ts";

/**
 * Who fills what (the server's assessments policy): the assigned evaluator (or the committee) scores,
 * closes and writes the questions and interview notes; the booklet is the candidate's and their
 * employer's to write and submit, then the evaluator's to judge per capacity and close. A branch
 * officer reads.
 */
function permissionsOf(view: AssessmentView, me: Me) {
  const parts = methodParts[view.method];
  const isOpen = view.status === "open";
  const isAssessor = me.role === "evaluator" || me.role === "admin";
  const isCandidateSide = me.role === "candidate" || me.role === "employer";
  const isBooklet = view.method === "booklet";
  const isSubmitted = view.submittedAt !== null;
  const canScore = isOpen && parts.scores && isAssessor;
  const canWrite = isOpen && parts.entries && (isBooklet ? isCandidateSide && !isSubmitted : isAssessor);
  return {
    parts,
    canScore,
    canWrite,
    canSubmit: isOpen && isBooklet && isCandidateSide && !isSubmitted,
    canJudge: isOpen && isBooklet && isAssessor && isSubmitted,
    canClose: isOpen && isAssessor && (!isBooklet || isSubmitted),
  };
}

/** A refused closing names what is missing: criteria without a score (`C1/C1.2`), or capacities without a text. */
function unscoredCriteria(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== "ASSESSMENT_INCOMPLETE") return [];
  return Object.keys(error.fields).map((field) => field.split("/").at(-1) ?? field);
}

/** The assessment being filled: the grid per capacity, the texts, the files, and the save bar. */
export function AssessmentEditor({ view, me }: { view: AssessmentView; me: Me }) {
  const t = useT();
  const { parts, canScore, canWrite, canSubmit, canJudge, canClose } = permissionsOf(view, me);
  const grid = useAssessmentGrid(view, parts);
  const close = useCloseAssessment(view.id);
  const submit = useSubmitBooklet(view.id);
  const unscored = unscoredCriteria(close.error);
  const { status } = grid;

  const submitButton = canSubmit && (
    <ConfirmButton
      size="sm"
      variant="outline"
      color="blue"
      label={t("booklet.submit")}
      question={t("booklet.submitQuestion")}
      confirmLabel={t("booklet.submit")}
      confirmColor="blue"
      isPending={submit.isPending}
      disabled={grid.hasUnsavedChanges || status.kind !== "idle"}
      onConfirm={() => submit.mutate(view.revision)}
    />
  );
  const closeButton = canClose && (
    <ConfirmButton
      size="sm"
      variant="outline"
      color="blue"
      label={t("assessment.close")}
      question={t("assessment.closeQuestion")}
      confirmLabel={t("assessment.close")}
      confirmColor="blue"
      isPending={close.isPending}
      disabled={grid.hasUnsavedChanges || status.kind !== "idle"}
      onConfirm={() => close.mutate(undefined)}
    />
  );

  return (
    <Stack gap="md">
      <GridSaveBar
        status={status}
        hasUnsavedChanges={grid.hasUnsavedChanges}
        progress={parts.scores ? scoredCount(grid.values) : null}
        canSave={canScore || canWrite}
        onSave={grid.save}
        closeButton={closeButton || submitButton}
      />
      {grid.isRestored && (
        <Alert
          color="blue"
          variant="light"
          title={t("grid.restoredTitle")}
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={grid.dismissRestored}
        >
          {t("grid.restored")}
        </Alert>
      )}
      {grid.isStorageFull && (
        <Alert color="warning" variant="light" role="alert">
          {t("grid.storageFull")}
        </Alert>
      )}
      {status.kind === "conflict" && (
        <ConflictPanel
          report={status.report}
          revision={status.latest.revision}
          onReapply={grid.reapplyMine}
          onDrop={grid.dropMine}
        />
      )}
      {status.kind === "failed" && <ErrorAlert error={status.error} title={t("grid.failedTitle")} />}
      {unscored.length > 0 ? (
        <Alert color="danger" variant="light" role="alert" title={t("assessment.incompleteTitle")}>
          {t("assessment.incomplete", { criteria: unscored.join(", ") })}
        </Alert>
      ) : (
        <ErrorAlert error={close.error} />
      )}
      <ErrorAlert error={submit.error} />
      {view.method === "booklet" && view.submittedAt && view.status === "open" && (
        <Alert color="blue" variant="light">
          {t(canJudge ? "booklet.submittedForEvaluator" : "booklet.submittedNotice")}
        </Alert>
      )}
      {view.status === "closed" && (
        <Alert color="blue" variant="light">
          {t("assessment.closedNotice")}
        </Alert>
      )}
      {view.capacities.map((capacity) => (
        <CapacitySection
          key={capacity.code}
          capacity={capacity}
          method={view.method}
          scores={parts.scores ? grid.values.scores : null}
          entry={parts.entries ? (grid.values.entries[capacity.code] ?? "") : null}
          savedEntry={grid.saved.entries[capacity.code] ?? ""}
          canScore={canScore}
          canWrite={canWrite}
          onScore={grid.setScore}
          onComment={grid.setComment}
          onEntry={(text) => grid.setEntry(capacity.code, text)}
        />
      ))}
      {view.method === "booklet" && view.submittedAt && (
        <BookletJudgements key={view.revision} view={view} canJudge={canJudge} />
      )}
      <EvidenceSection
        assessmentId={view.id}
        files={view.evidence}
        capacities={view.capacities}
        canUpload={canScore || canWrite}
        canDelete={(file) => canDeleteEvidence(me, file, view)}
      />
    </Stack>
  );
}
