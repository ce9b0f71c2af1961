import { Anchor, Button, FileInput, Group, Select, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatFileSize, formatInstant } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { acceptedUploadTypes, uploadProblem } from "../../lib/upload-files.ts";
import { evidencePath, useDeleteEvidence, useUploadEvidence } from "./api.ts";
import { DeleteEvidenceDialog } from "./delete-evidence-dialog.tsx";
import type { AssessedCapacity, EvidenceFile } from "./types.ts";

interface EvidenceSectionProps {
  assessmentId: number;
  files: EvidenceFile[];
  capacities: AssessedCapacity[];
  canUpload: boolean;
  /** Whether the user may delete this file (the candidate who uploaded it, while the assessment is open). */
  canDelete: (file: EvidenceFile) => boolean;
}

/** Pièces justificatives: files attached to the assessment (photos, documents), optionally for one capacity. */
export function EvidenceSection({
  assessmentId,
  files,
  capacities,
  canUpload,
  canDelete,
}: EvidenceSectionProps) {
  const { t, language } = useLanguage();
  const upload = useUploadEvidence(assessmentId);
  const remove = useDeleteEvidence(assessmentId);
  // The file being deleted: the page's, so that a list turning to cards keeps the dialog open.
  const [deleting, setDeleting] = useState<EvidenceFile | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [capacityCode, setCapacityCode] = useState<string | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);

  const columns: Column<EvidenceFile>[] = [
    {
      key: "file",
      header: t("evidence.file"),
      render: (item) => (
        <Anchor href={evidencePath(item.id)} download={item.fileName}>
          {item.fileName}
        </Anchor>
      ),
    },
    { key: "capacity", header: t("evidence.capacity"), render: (item) => item.capacityCode ?? "—" },
    { key: "size", header: t("evidence.size"), render: (item) => formatFileSize(item.sizeBytes, language) },
    {
      key: "uploadedAt",
      header: t("evidence.uploadedAt"),
      render: (item) => formatInstant(item.uploadedAt, language),
    },
    ...(files.some(canDelete)
      ? [
          {
            key: "actions",
            header: t("evidence.actions"),
            render: (item: EvidenceFile) =>
              canDelete(item) && (
                <Button
                  size="compact-sm"
                  color="danger"
                  variant="outline"
                  aria-label={t("evidence.deleteOf", { fileName: item.fileName })}
                  onClick={() => {
                    remove.reset();
                    setDeleting(item);
                  }}
                >
                  {t("evidence.delete")}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = uploadProblem(file);
    if (problem || !file) return setLocalProblem(t(problem ?? "evidence.chooseFile"));
    setLocalProblem(null);
    upload.mutate({ file, capacityCode }, { onSuccess: () => setFile(null) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="evidence-title">
      <Title order={2} size="h3" id="evidence-title">
        {t("evidence.title")}
      </Title>
      <DataTable
        caption={t("evidence.caption")}
        columns={columns}
        rows={files}
        rowKey={(item) => item.id}
        emptyText={t("evidence.empty")}
        minWidth={520}
      />
      <ErrorAlert error={remove.error} />
      {remove.isSuccess && (
        <Text role="status" size="sm">
          {t("evidence.deleted")}
        </Text>
      )}
      <DeleteEvidenceDialog
        file={deleting}
        isPending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={(file) => remove.mutate(file.id, { onSettled: () => setDeleting(null) })}
      />
      {canUpload && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={upload.error} />
            <Group align="flex-start" gap="sm">
              <FileInput
                label={t("evidence.file")}
                description={t("evidence.fileHelp")}
                placeholder={t("import.chooseFile")}
                accept={acceptedUploadTypes}
                value={file}
                onChange={(chosen) => {
                  setLocalProblem(null);
                  upload.reset();
                  setFile(chosen);
                }}
                error={localProblem}
                clearable
                clearButtonProps={{ "aria-label": t("upload.clearFile") }}
                style={{ flex: "1 1 16rem" }}
              />
              <Select
                label={t("evidence.capacity")}
                description={t("evidence.capacityHelp")}
                placeholder={t("evidence.wholeAssessment")}
                clearable
                data={capacities.map((capacity) => ({
                  value: capacity.code,
                  label: `${capacity.code} — ${capacity.title}`,
                }))}
                value={capacityCode}
                onChange={setCapacityCode}
                style={{ flex: "1 1 14rem" }}
              />
            </Group>
            <div>
              <Button type="submit" variant="outline" loading={upload.isPending}>
                {t("evidence.upload")}
              </Button>
            </div>
            {upload.isSuccess && (
              <Text role="status" size="sm">
                {t("evidence.uploaded")}
              </Text>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
