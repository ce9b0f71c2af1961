import { Button } from "@mantine/core";
import { useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { DialogFormButton } from "../../components/dialog-form-button.tsx";
import { PageSection } from "../../components/page-section.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import { useBodyDocuments } from "./api.ts";
import { DocumentLibrary } from "./document-library.tsx";
import { DocumentUploadForm } from "./document-upload-form.tsx";
import type { BodyView, DocumentView } from "./types.ts";

const latestVersion = (document: DocumentView) => Math.max(...document.versions.map((v) => v.version));

/** A body's document library; its keeper uploads a document or a new version of one. */
export function LibrarySection({
  body,
  keepsRecords,
  onNotice,
}: {
  body: Pick<BodyView, "id" | "name">;
  keepsRecords: boolean;
  onNotice: (notice: string) => void;
}) {
  const t = useT();
  const documents = useBodyDocuments(body.id);
  // The document getting a new version: the section's, so that a table turning to cards keeps the dialog open.
  const [revising, setRevising] = useState<DocumentView | null>(null);
  const revisingTitle = revising ? t("documentForm.newVersionOf", { title: revising.title }) : "";

  return (
    <PageSection id="body-documents" title={t("body.documents")}>
      {keepsRecords && (
        <div>
          <DialogFormButton label={t("documentForm.upload")}>
            {(close) => (
              <DocumentUploadForm
                bodyId={body.id}
                onCancel={close}
                onUploaded={(document) => {
                  close();
                  onNotice(t("documentForm.uploaded", { title: document.title }));
                }}
              />
            )}
          </DialogFormButton>
        </div>
      )}
      <DocumentLibrary
        bodyName={body.name}
        documents={documents.data}
        isLoading={documents.isLoading}
        error={documents.error}
        actions={
          keepsRecords
            ? (document) => (
                <Button
                  size="compact-sm"
                  variant="outline"
                  aria-label={t("documentForm.newVersionOf", { title: document.title })}
                  onClick={() => setRevising(document)}
                >
                  {t("documentForm.newVersion")}
                </Button>
              )
            : undefined
        }
      />
      <Dialog opened={revising !== null} onClose={() => setRevising(null)} title={revisingTitle} size="lg">
        {revising && (
          <DocumentUploadForm
            bodyId={body.id}
            document={revising}
            onCancel={() => setRevising(null)}
            onUploaded={(updated) => {
              setRevising(null);
              onNotice(
                t("documentForm.versionUploaded", { title: updated.title, version: latestVersion(updated) }),
              );
            }}
          />
        )}
      </Dialog>
    </PageSection>
  );
}
