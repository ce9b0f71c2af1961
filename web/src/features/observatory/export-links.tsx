import { Anchor, Group } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { type Dataset, datasetExportPath } from "./paths.ts";

interface ExportLinksProps {
  dataset: Dataset;
  /** The table's filters, so that the file has the rows the table shows. */
  query?: Record<string, string>;
  /** The table's name, for the links' accessible names ("Télécharger … en CSV"). */
  table: string;
}

/** The CSV and XLSX downloads of one table of the observatory. */
export function ExportLinks({ dataset, query = {}, table }: ExportLinksProps) {
  const t = useT();
  return (
    <Group gap="md">
      {(["csv", "xlsx"] as const).map((format) => (
        <Anchor
          key={format}
          href={datasetExportPath(dataset, format, query)}
          download
          size="sm"
          fw={600}
          aria-label={t("observatory.downloadTable", { table, format: format.toUpperCase() })}
        >
          {format.toUpperCase()} ↓
        </Anchor>
      ))}
    </Group>
  );
}
