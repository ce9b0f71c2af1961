import { Code, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { ConfirmButton } from "../components/confirm-button.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { StatusBadge } from "../components/status-badge.tsx";
import { canManageOwnTokens } from "../features/auth/policy.ts";
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from "../features/tokens/api.ts";
import { CreateTokenForm } from "../features/tokens/create-token-form.tsx";
import { TokenReveal } from "../features/tokens/token-reveal.tsx";
import type { ApiToken, CreatedApiToken } from "../features/tokens/types.ts";
import { formatInstant } from "../lib/format.ts";
import { useLanguage } from "../lib/i18n/index.tsx";

/** The user's own API tokens: create one (its secret shown once), list them, revoke them. */
export function AccountTokensPage() {
  return <RequireUser isAllowed={canManageOwnTokens}>{() => <ApiTokens />}</RequireUser>;
}

function ApiTokens() {
  const { t, language } = useLanguage();
  const { data, isLoading, error } = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  const columns: Column<ApiToken>[] = [
    { key: "name", header: t("tokens.name"), render: (token) => token.name },
    { key: "prefix", header: t("tokens.prefix"), render: (token) => <Code>{token.prefix}…</Code> },
    {
      key: "created",
      header: t("tokens.createdAt"),
      render: (token) => formatInstant(token.createdAt, language),
    },
    {
      key: "used",
      header: t("tokens.lastUsedAt"),
      render: (token) => formatInstant(token.lastUsedAt, language),
    },
    {
      key: "status",
      header: t("tokens.status"),
      render: (token) =>
        token.revokedAt ? (
          <StatusBadge tone="negative">
            {t("tokens.revokedOn", { date: formatInstant(token.revokedAt, language) })}
          </StatusBadge>
        ) : (
          <StatusBadge tone="positive">{t("tokens.active")}</StatusBadge>
        ),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (token) =>
        !token.revokedAt && (
          <ConfirmButton
            label={t("tokens.revoke")}
            aria-label={t("tokens.revokeNamed", { name: token.name })}
            question={t("tokens.revokeQuestion", { name: token.name })}
            confirmLabel={t("tokens.revoke")}
            isPending={revoke.isPending}
            onConfirm={() => revoke.mutate(token.id)}
          />
        ),
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t("tokens.title")} description={t("tokens.intro")} />
      <Stack gap="xs" component="section" aria-labelledby="new-token">
        <Title order={2} size="h3" id="new-token">
          {t("tokens.newTitle")}
        </Title>
        {created ? (
          <TokenReveal name={created.item.name} token={created.token} onDone={() => setCreated(null)} />
        ) : (
          <CreateTokenForm
            onCreate={(name) => create.mutate(name, { onSuccess: setCreated })}
            isPending={create.isPending}
            error={create.error}
          />
        )}
      </Stack>
      <ErrorAlert error={revoke.error} />
      <DataTable
        caption={t("tokens.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(token) => token.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("tokens.empty")}
      />
    </Stack>
  );
}
