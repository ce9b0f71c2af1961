import { FileInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { documentKinds } from "../../../../src/modules/governance/rules.ts";
import { FormActions } from "../../components/form-actions.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { acceptedUploadTypes, uploadProblem } from "../../lib/upload-files.ts";
import { useUploadDocument, useUploadDocumentVersion } from "./api.ts";
import { documentKindKeys } from "./labels.ts";
import type { DocumentKind, DocumentView } from "./types.ts";

const newDocumentFields = ["title", "kind", "file", "bodyId"] as const;
const versionFields = ["file"] as const;

/**
 * Puts a file in a body's library: a new document (title, kind, its first version), or, given
 * `document`, a new version of it. The file is checked before sending (kind, 10 MiB), then by the server.
 */
export function DocumentUploadForm({
  bodyId,
  document,
  onCancel,
  onUploaded,
}: {
  bodyId: number;
  document?: DocumentView;
  onCancel: () => void;
  onUploaded: (document: DocumentView) => void;
}) {
  const t = useT();
  const uploadNew = useUploadDocument(bodyId);
  const uploadVersion = useUploadDocumentVersion();
  const upload = document ? uploadVersion : uploadNew;
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<DocumentKind | "">("");
  const [file, setFile] = useState<File | null>(null);
  const problems = {
    title: !document && !title.trim() ? "form.required" : null,
    kind: !document && !kind ? "form.required" : null,
    file: uploadProblem(file),
  } as const;
  const errorOf = (field: keyof typeof problems) => {
    const problem = hasTriedToSave ? problems[field] : null;
    return fieldError(upload.error, field, t) ?? (problem ? t(problem) : undefined);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.values(problems).some(Boolean) || !file) return;
    if (document) uploadVersion.mutate({ documentId: document.id, file }, { onSuccess: onUploaded });
    else
      uploadNew.mutate({ title: title.trim(), kind: kind as DocumentKind, file }, { onSuccess: onUploaded });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={upload.error} fields={document ? versionFields : newDocumentFields} />
        {!document && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("documentForm.title")}
              required
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={errorOf("title")}
            />
            <Select
              label={t("document.kind")}
              required
              data={documentKinds.map((value) => ({ value, label: t(documentKindKeys[value]) }))}
              value={kind || null}
              onChange={(value) => setKind((value ?? "") as DocumentKind | "")}
              error={errorOf("kind")}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
        )}
        <FileInput
          label={t("documentForm.file")}
          description={t("evidence.fileHelp")}
          placeholder={t("import.chooseFile")}
          required
          accept={acceptedUploadTypes}
          value={file}
          onChange={(chosen) => {
            upload.reset();
            setFile(chosen);
          }}
          error={errorOf("file")}
          clearable
          clearButtonProps={{ "aria-label": t("upload.clearFile") }}
        />
        <FormActions
          submitLabel={t(document ? "documentForm.submitVersion" : "documentForm.submit")}
          isPending={upload.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
