import { Button, Group, PasswordInput, Select, Stack, Switch, Text, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import { roleLabelKeys } from "../auth/role-label.ts";
import { type Role, roles } from "../auth/types.ts";
import { BranchMultiSelect } from "./branch-multi-select.tsx";
import { CompanySelect } from "./company-select.tsx";
import type { CreateUserInput, UpdateUserInput, User } from "./types.ts";

const fields = ["email", "displayName", "role", "password", "branchCodes", "companyId", "isActive"] as const;

type UserFormProps = {
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
} & (
  | { user?: undefined; onSubmit: (input: CreateUserInput) => void }
  | { user: User; onSubmit: (input: UpdateUserInput) => void }
);

/**
 * Creates an account, or edits one (the email is the login and stays fixed). Scopes follow the
 * role: branches for a branch officer, a company for an employer; other roles carry neither.
 */
export function UserForm(props: UserFormProps) {
  const t = useT();
  const { user } = props;
  const { values, setValue } = useFormValues({
    email: user?.email ?? "",
    displayName: user?.displayName ?? "",
    role: user?.role ?? ("candidate" as Role),
    password: "",
    branchCodes: user?.branchCodes ?? [],
    companyId: user?.companyId ?? null,
    isActive: user?.isActive ?? true,
  });
  const roleOptions = roles.map((role) => ({ value: role, label: t(roleLabelKeys[role]) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scopes = {
      branchCodes: values.role === "branch_officer" ? values.branchCodes : [],
      companyId: values.role === "employer" ? values.companyId : null,
    };
    const common = { displayName: values.displayName.trim(), role: values.role, ...scopes };
    if (props.user) {
      props.onSubmit({
        ...common,
        isActive: values.isActive,
        ...(values.password ? { password: values.password } : {}),
      });
    } else {
      props.onSubmit({ ...common, email: values.email.trim() });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={props.error} fields={fields} />
        <TextInput
          label={t("user.email")}
          type="email"
          required
          disabled={Boolean(user)}
          value={values.email}
          onChange={(event) => setValue("email", event.currentTarget.value)}
          error={fieldError(props.error, "email", t)}
        />
        <TextInput
          label={t("user.displayName")}
          required
          value={values.displayName}
          onChange={(event) => setValue("displayName", event.currentTarget.value)}
          error={fieldError(props.error, "displayName", t)}
        />
        <Select
          label={t("user.role")}
          required
          allowDeselect={false}
          data={roleOptions}
          value={values.role}
          onChange={(role) => role && setValue("role", role as Role)}
          error={fieldError(props.error, "role", t)}
        />
        {values.role === "branch_officer" && (
          <BranchMultiSelect
            value={values.branchCodes}
            onChange={(codes) => setValue("branchCodes", codes)}
            error={fieldError(props.error, "branchCodes", t)}
          />
        )}
        {values.role === "employer" && (
          <CompanySelect
            value={values.companyId}
            onChange={(companyId) => setValue("companyId", companyId)}
            error={fieldError(props.error, "companyId", t)}
          />
        )}
        {user ? (
          <PasswordInput
            label={t("user.newPassword")}
            description={t("user.newPasswordHelp")}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => setValue("password", event.currentTarget.value)}
            error={fieldError(props.error, "password", t)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t("user.invitationHelp")}
          </Text>
        )}
        {user && (
          <Switch
            label={t("user.isActive")}
            checked={values.isActive}
            onChange={(event) => setValue("isActive", event.currentTarget.checked)}
            error={fieldError(props.error, "isActive", t)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={props.isPending}>
            {user ? t("common.save") : t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
