import { Button, Group, Stack, Text } from "@mantine/core";
import type { Column } from "../../components/data-table.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatInstant } from "../../lib/format.ts";
import type { Language, Translate } from "../../lib/i18n/index.tsx";
import { roleLabelKeys } from "../auth/role-label.ts";
import type { User } from "./types.ts";

interface UserColumnsOptions {
  t: Translate;
  language: Language;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
  /** The company's name when known, for the employer's scope. */
  companyName: (companyId: number) => string | undefined;
  /** The user whose activation is being changed, to show its button busy. */
  pendingUserId: number | null;
}

export function userColumns({
  t,
  language,
  onEdit,
  onToggleActive,
  pendingUserId,
  companyName,
}: UserColumnsOptions): Column<User>[] {
  return [
    {
      key: "name",
      header: t("user.displayName"),
      render: (user) => (
        <Stack gap={0}>
          <Text fw={600}>{user.displayName}</Text>
          <Text size="sm">{user.email}</Text>
        </Stack>
      ),
    },
    { key: "role", header: t("user.role"), render: (user) => t(roleLabelKeys[user.role]) },
    {
      key: "scope",
      header: t("user.scope"),
      render: (user) =>
        user.role === "branch_officer"
          ? user.branchCodes.join(", ")
          : user.role === "employer" && user.companyId !== null
            ? (companyName(user.companyId) ?? t("user.companyNumber", { id: user.companyId }))
            : "—",
    },
    {
      key: "status",
      header: t("user.status"),
      render: (user) =>
        user.isActive ? (
          <StatusBadge tone="positive">{t("user.active")}</StatusBadge>
        ) : (
          <StatusBadge tone="negative">{t("user.inactive")}</StatusBadge>
        ),
    },
    {
      key: "lastLogin",
      header: t("user.lastLoginAt"),
      render: (user) => formatInstant(user.lastLoginAt, language),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (user) => (
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="outline"
            onClick={() => onEdit(user)}
            aria-label={t("user.editNamed", { name: user.displayName })}
          >
            {t("common.edit")}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color={user.isActive ? "danger" : undefined}
            loading={pendingUserId === user.id}
            onClick={() => onToggleActive(user)}
            aria-label={t(user.isActive ? "user.deactivateNamed" : "user.activateNamed", {
              name: user.displayName,
            })}
          >
            {user.isActive ? t("user.deactivate") : t("user.activate")}
          </Button>
        </Group>
      ),
    },
  ];
}
