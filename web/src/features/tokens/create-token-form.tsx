import { Button, Group, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";

interface CreateTokenFormProps {
  onCreate: (name: string) => void;
  isPending: boolean;
  error: unknown;
}

/** Names a new token after what will use it, so it can be recognised and revoked later. */
export function CreateTokenForm({ onCreate, isPending, error }: CreateTokenFormProps) {
  const t = useT();
  const [name, setName] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(name.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrorAlert error={error} fields={["name"]} />
      <Group align="flex-start" mt="xs">
        <TextInput
          label={t("tokens.name")}
          description={t("tokens.nameHelp")}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(error, "name", t)}
          miw={280}
        />
        <Button type="submit" loading={isPending} mt={{ base: 0, xs: 50 }}>
          {t("tokens.create")}
        </Button>
      </Group>
    </form>
  );
}
