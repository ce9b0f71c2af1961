import { Anchor, Group, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { versionPath } from "./api.ts";

/**
 * The version as files: a 1EdTech CASE package, the evaluation grid (CSV, Excel, headed in French; and
 * with the column codes, for programs) and a printable PDF, saved under the name the server gives them.
 */
export function VersionDownloads({ code, version }: { code: string; version: number }) {
  const t = useT();
  const base = versionPath(code, version);
  const files = [
    { href: `${base}/case`, label: t("downloads.case") },
    { href: `${base}/grid.csv`, label: t("downloads.csv") },
    { href: `${base}/grid.xlsx`, label: t("downloads.xlsx") },
    { href: `${base}/grid.csv?headers=codes`, label: t("downloads.csvCodes") },
    { href: `${base}/referential.pdf`, label: t("downloads.pdf") },
  ];
  return (
    <Group gap="md" align="baseline">
      <Text fw={600} size="sm" id={`downloads-${version}`}>
        {t("downloads.title")}
      </Text>
      <Group
        gap="md"
        component="ul"
        aria-labelledby={`downloads-${version}`}
        style={{ listStyle: "none", padding: 0, margin: 0 }}
      >
        {files.map((file) => (
          <li key={file.href}>
            <Anchor href={file.href} download size="sm">
              {file.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </Group>
  );
}
