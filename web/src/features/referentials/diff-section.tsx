import { Badge, Code, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { describeDiffField, describeDiffLabel, describeDiffValue } from "./diff-values.ts";
import { diffKindKeys } from "./labels.ts";
import type { DiffEntry } from "./types.ts";

interface DiffSectionProps {
  id: string;
  title: string;
  entries: DiffEntry[];
  emptyText: string;
  tone: "success" | "danger" | "blue";
}

/** One kind of difference (additions, removals or changes), each item with its path and, for changes, its fields. */
export function DiffSection({ id, title, entries, emptyText, tone }: DiffSectionProps) {
  const { t } = useLanguage();
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {t("diff.sectionTitle", { title, count: entries.length })}
      </Title>
      {entries.length === 0 && <Text>{emptyText}</Text>}
      {entries.map((entry) => (
        <Paper
          key={`${entry.kind}:${entry.path}`}
          withBorder
          p="sm"
          style={{ borderInlineStart: `4px solid var(--mantine-color-${tone}-8)` }}
        >
          <Stack gap="xs">
            <Group gap="xs" align="baseline">
              <Badge variant="outline" color="dark" tt="none">
                {t(diffKindKeys[entry.kind])}
              </Badge>
              {entry.kind !== "rule" && <Code fz="sm">{entry.path}</Code>}
              <Text span fw={600}>
                {describeDiffLabel(entry, t)}
              </Text>
            </Group>
            {entry.changes && entry.changes.length > 0 && <ChangesTable entry={entry} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function ChangesTable({ entry }: { entry: DiffEntry }) {
  const { t, language } = useLanguage();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder layout="fixed" verticalSpacing="xs">
        <Table.Caption className="visually-hidden">
          {t("diff.changesCaption", { item: `${entry.path} ${describeDiffLabel(entry, t)}` })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              {t("diff.field")}
            </Table.Th>
            <Table.Th scope="col">{t("diff.before")}</Table.Th>
            <Table.Th scope="col">{t("diff.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.changes?.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row">{describeDiffField(change.field, t)}</Table.Th>
              <Table.Td bg="red.0" style={{ wordBreak: "break-word" }}>
                <del style={{ textDecoration: "none" }}>
                  {describeDiffValue(entry, change.field, change.before, t, language)}
                </del>
              </Table.Td>
              <Table.Td bg="green.0" style={{ wordBreak: "break-word" }}>
                <ins style={{ textDecoration: "none" }}>
                  {describeDiffValue(entry, change.field, change.after, t, language)}
                </ins>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
