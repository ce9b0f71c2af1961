import { Anchor, Group, Select, Stack, Text } from "@mantine/core";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { SearchField } from "../components/search-field.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { canReadOutbox } from "../features/auth/policy.ts";
import { useOutbox } from "../features/notifications/api.ts";
import { outboxStatusKeys } from "../features/notifications/labels.ts";
import { type OutboxMessage, outboxStatuses } from "../features/notifications/types.ts";
import { formatInstant } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

const tones = { pending: "warning", sending: "neutral", sent: "positive", failed: "negative" } as const;

/** Admin: every message the platform wrote (invitations, resets, convocations, decisions) and its sending state. */
export function AdminOutboxPage() {
  return <RequireUser isAllowed={canReadOutbox}>{() => <Outbox />}</RequireUser>;
}

/** A message's text with its links clickable (the e-mail as the recipient would read it). */
function MessageText({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {text.split(/(https?:\/\/\S+)/).map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text never move.
          <Anchor key={index} href={part}>
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

function Outbox() {
  const { t, language } = useLanguage();
  const list = useListParams(["status", "q"]);
  const { data, isLoading, error } = useOutbox({
    status: list.filters.status,
    q: list.filters.q,
    limit: list.pageSize,
    offset: list.offset,
  });
  const columns: Column<OutboxMessage>[] = [
    { key: "at", header: t("outbox.createdAt"), render: (m) => formatInstant(m.createdAt, language) },
    { key: "to", header: t("outbox.recipient"), render: (m) => m.recipient },
    { key: "subject", header: t("outbox.subject"), render: (m) => m.subject },
    {
      key: "status",
      header: t("outbox.statusHeader"),
      render: (m) => (
        <StatusBadge tone={tones[m.status]}>
          {t(outboxStatusKeys[m.status])}
          {m.sentAt ? ` — ${formatInstant(m.sentAt, language)}` : ""}
        </StatusBadge>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t("outbox.title")} description={t("outbox.intro")} />
      <Group align="flex-end" gap="md">
        <SearchField
          label={t("outbox.search")}
          value={list.filters.q}
          onSearch={(value) => list.setFilter("q", value)}
        />
        <Select
          label={t("outbox.statusFilter")}
          placeholder={t("outbox.allStatuses")}
          clearable
          data={outboxStatuses.map((status) => ({ value: status, label: t(outboxStatusKeys[status]) }))}
          value={list.filters.status || null}
          onChange={(status) => list.setFilter("status", status ?? "")}
        />
      </Group>
      <DataTable
        caption={t("outbox.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(m) => m.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("outbox.empty")}
        renderDetails={(m) => (
          <Stack gap="xs">
            <MessageText text={m.text} />
            {m.attachments.length > 0 && (
              <Text size="sm" c="dimmed">
                {t("outbox.attachments", { names: m.attachments.map((a) => a.fileName).join(", ") })}
              </Text>
            )}
            {m.lastError && (
              <Text size="sm" c="danger.8">
                {t("outbox.lastError", { attempts: m.attempts, error: m.lastError })}
              </Text>
            )}
          </Stack>
        )}
        pagination={{
          page: list.page,
          pageSize: list.pageSize,
          total: data?.total ?? 0,
          onPageChange: list.setPage,
        }}
      />
    </Stack>
  );
}
