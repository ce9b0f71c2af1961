import { Button, Group, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { DataTable } from "../components/data-table.tsx";
import { Dialog } from "../components/dialog.tsx";
import { ErrorAlert } from "../components/error-alert.tsx";
import { NoticeAlert } from "../components/notice-alert.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { RequireUser } from "../components/require-user.tsx";
import { SearchField } from "../components/search-field.tsx";
import { canManageUsers } from "../features/auth/policy.ts";
import { roleLabelKeys } from "../features/auth/role-label.ts";
import { roles } from "../features/auth/types.ts";
import { useCompanies, useCreateUser, useUpdateUser, useUsers } from "../features/users/api.ts";
import type { User } from "../features/users/types.ts";
import { userColumns } from "../features/users/user-columns.tsx";
import { UserForm } from "../features/users/user-form.tsx";
import { useLanguage } from "../lib/i18n/index.tsx";
import { useListParams } from "../lib/use-list-params.ts";

/** Admin: find, create and edit accounts, their role and scopes, and (de)activate them. */
export function AdminUsersPage() {
  return <RequireUser isAllowed={canManageUsers}>{() => <UserAdministration />}</RequireUser>;
}

function UserAdministration() {
  const { t, language } = useLanguage();
  const list = useListParams(["q", "role"]);
  const { data, isLoading, error } = useUsers({
    q: list.filters.q,
    role: list.filters.role,
    limit: list.pageSize,
    offset: list.offset,
  });
  const companies = useCompanies("").data?.items;
  const create = useCreateUser();
  const update = useUpdateUser();
  const toggle = useUpdateUser();
  const [isCreating, setIsCreating] = useState(false);
  const [editedUser, setEditedUser] = useState<User | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const roleOptions = roles.map((role) => ({ value: role, label: t(roleLabelKeys[role]) }));

  const columns = userColumns({
    t,
    language,
    companyName: (companyId) => companies?.find((company) => company.id === companyId)?.name,
    pendingUserId: toggle.isPending ? (toggle.variables?.id ?? null) : null,
    onEdit: (user) => {
      update.reset();
      setEditedUser(user);
    },
    onToggleActive: (user) =>
      toggle.mutate(
        { id: user.id, changes: { isActive: !user.isActive } },
        {
          onSuccess: (saved) =>
            setNotice(t(saved.isActive ? "user.activated" : "user.deactivated", { name: saved.displayName })),
        },
      ),
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t("users.title")}
        description={t("users.intro")}
        actions={
          <Button
            onClick={() => {
              create.reset();
              setIsCreating(true);
            }}
          >
            {t("users.create")}
          </Button>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <ErrorAlert error={toggle.error} />
      <Group align="flex-end" gap="md">
        <SearchField
          label={t("users.search")}
          value={list.filters.q}
          onSearch={(value) => list.setFilter("q", value)}
        />
        <Select
          label={t("users.roleFilter")}
          placeholder={t("users.allRoles")}
          clearable
          data={roleOptions}
          value={list.filters.role || null}
          onChange={(role) => list.setFilter("role", role ?? "")}
        />
      </Group>
      <DataTable
        caption={t("users.caption")}
        columns={columns}
        rows={data?.items}
        rowKey={(user) => user.id}
        isLoading={isLoading}
        error={error}
        emptyText={t("users.empty")}
        minWidth={760}
        pagination={{
          page: list.page,
          pageSize: list.pageSize,
          total: data?.total ?? 0,
          onPageChange: list.setPage,
        }}
      />
      <Dialog opened={isCreating} onClose={() => setIsCreating(false)} title={t("users.create")} size="lg">
        <UserForm
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (user) => {
                setIsCreating(false);
                setNotice(t("user.created", { name: user.displayName, email: user.email }));
              },
            })
          }
          onCancel={() => setIsCreating(false)}
          isPending={create.isPending}
          error={create.error}
        />
      </Dialog>
      <Dialog
        opened={editedUser !== null}
        onClose={() => setEditedUser(null)}
        title={t("user.editNamed", { name: editedUser?.displayName ?? "" })}
        size="lg"
      >
        {editedUser && (
          <UserForm
            user={editedUser}
            onSubmit={(changes) =>
              update.mutate(
                { id: editedUser.id, changes },
                {
                  onSuccess: (user) => {
                    setEditedUser(null);
                    setNotice(t("user.saved", { name: user.displayName }));
                  },
                },
              )
            }
            onCancel={() => setEditedUser(null)}
            isPending={update.isPending}
            error={update.error}
          />
        )}
      </Dialog>
    </Stack>
  );
}
