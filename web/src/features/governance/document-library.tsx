import { List } from "@mantine/core";
import type { ReactNode } from "react";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { formatInstant } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { DocumentLink } from "./document-link.tsx";
import { documentKindKeys } from "./labels.ts";
import type { DocumentView } from "./types.ts";

/**
 * A body's library: each document with its kind and every version, latest first, to download; with
 * `actions`, what its keeper may do with each (add a version).
 */
export function DocumentLibrary(props: {
  bodyName: string;
  documents: DocumentView[] | undefined;
  isLoading: boolean;
  error: unknown;
  actions?: (document: DocumentView) => ReactNode;
}) {
  const { t, language } = useLanguage();
  const latestFirst = (document: DocumentView) =>
    [...document.versions].sort((a, b) => b.version - a.version);
  const columns: Column<DocumentView>[] = [
    { key: "title", header: t("document.title"), render: (d) => d.title },
    { key: "kind", header: t("document.kind"), render: (d) => t(documentKindKeys[d.kind]) },
    {
      key: "versions",
      header: t("document.versions"),
      render: (d) => (
        <List size="sm" listStyleType="none" spacing={2}>
          {latestFirst(d).map((v) => (
            <List.Item key={v.id}>
              <DocumentLink documentId={d.id} title={d.title} {...v} />{" "}
              {t("document.uploadedAt", { at: formatInstant(v.uploadedAt, language) })}
            </List.Item>
          ))}
        </List>
      ),
    },
  ];
  const { actions } = props;
  if (actions) columns.push({ key: "actions", header: t("common.actions"), render: actions });
  return (
    <DataTable
      caption={t("body.documentsCaption", { name: props.bodyName })}
      columns={columns}
      rows={props.documents}
      rowKey={(d) => d.id}
      isLoading={props.isLoading}
      error={props.error}
      emptyText={t("body.noDocuments")}
    />
  );
}
