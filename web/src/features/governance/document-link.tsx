import { Anchor } from "@mantine/core";
import { formatFileSize } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { documentFilePath } from "./paths.ts";

/** A download link to one version of a document, named by its title, version and size. */
export function DocumentLink(props: {
  documentId: number;
  title: string;
  version: number;
  fileName: string;
  sizeBytes: number;
}) {
  const { t, language } = useLanguage();
  return (
    <Anchor
      href={documentFilePath(props.documentId, props.version)}
      size="sm"
      download={props.fileName}
      aria-label={t("document.downloadNamed", { title: props.title, version: props.version })}
    >
      {t("document.versionLink", {
        title: props.title,
        version: props.version,
        size: formatFileSize(props.sizeBytes, language),
      })}
    </Anchor>
  );
}
