import { Code, Table, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { auditFieldKey } from "./labels.ts";
import type { AuditEvent } from "./types.ts";

type Snapshot = Record<string, unknown> | null;

/** A before/after state as a record; a bare value (not an object) is shown under the key "value". */
function asSnapshot(state: unknown): Snapshot {
  if (state === null || state === undefined) return null;
  return typeof state === "object" && !Array.isArray(state)
    ? (state as Record<string, unknown>)
    : { value: state };
}

/** Keys whose value differs between before and after (added and removed keys included). */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]))
    .sort((a, b) => a.localeCompare(b));
}

function ValueText({ snapshot, field }: { snapshot: Snapshot; field: string }) {
  const t = useT();
  if (snapshot === null || !(field in snapshot)) return <Text size="sm">—</Text>;
  const value = snapshot[field];
  if (typeof value === "boolean") return <Text size="sm">{t(value ? "common.yes" : "common.no")}</Text>;
  return (
    <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

/** A field by its label, its name beside it for whoever compares with the API or a database. */
function FieldName({ field }: { field: string }) {
  const t = useT();
  const key = auditFieldKey(field);
  if (!key) return <Code>{field}</Code>;
  return (
    <Text size="sm" fw={600} component="span">
      {t(key)} <Code>{field}</Code>
    </Text>
  );
}

/** What an audited change did: one row per changed key, the old value beside the new one. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const t = useT();
  const before = asSnapshot(event.before);
  const after = asSnapshot(event.after);
  const keys = changedKeys(before, after);
  if (keys.length === 0) return <Text size="sm">{t("audit.noChanges")}</Text>;
  return (
    <Table withTableBorder layout="fixed" aria-label={t("audit.diffCaption", { seq: event.seq })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="25%">
            {t("audit.field")}
          </Table.Th>
          <Table.Th scope="col">{t("audit.before")}</Table.Th>
          <Table.Th scope="col">{t("audit.after")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key}>
            <Table.Th scope="row">
              <FieldName field={key} />
            </Table.Th>
            <Table.Td>
              <ValueText snapshot={before} field={key} />
            </Table.Td>
            <Table.Td>
              <ValueText snapshot={after} field={key} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
