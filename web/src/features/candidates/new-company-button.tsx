import { Button, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import type { Me } from "../auth/types.ts";
import { useManagedBranchOptions } from "../catalogue/use-managed-branch-options.ts";
import { useCreateCompany } from "../users/api.ts";
import type { Company } from "../users/types.ts";

const fields = ["name", "siret", "branchCode"] as const;

/** Registers the candidate's employer when it is not known yet (admins; branch officers in their branches). */
export function NewCompanyButton({ me, onCreated }: { me: Me; onCreated: (company: Company) => void }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const create = useCreateCompany();
  const branchOptions = useManagedBranchOptions(me, isOpen);
  const { values, setValue, reset } = useFormValues({
    name: "",
    siret: "",
    branchCode: me.branchCodes.length === 1 ? me.branchCodes[0]! : "",
  });
  if (me.role !== "admin" && me.role !== "branch_officer") return null;

  const serverError = (field: (typeof fields)[number]) => {
    return fieldError(create.error, field, t);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog sits in a portal, but React still bubbles its submit to the candidate form around it.
    event.stopPropagation();
    create.mutate(
      {
        name: values.name.trim(),
        siret: values.siret.replace(/\s/g, ""),
        branchCode: values.branchCode || null,
      },
      {
        onSuccess: (company) => {
          onCreated(company);
          setIsOpen(false);
          reset({ name: "", siret: "", branchCode: values.branchCode });
        },
      },
    );
  };

  return (
    <>
      <Button variant="outline" onClick={() => setIsOpen(true)}>
        {t("company.create")}
      </Button>
      <Dialog opened={isOpen} onClose={() => setIsOpen(false)} title={t("company.create")}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert error={create.error} fields={fields} />
            <TextInput
              label={t("company.name")}
              required
              value={values.name}
              onChange={(event) => setValue("name", event.currentTarget.value)}
              error={serverError("name")}
            />
            <TextInput
              label={t("company.siret")}
              description={t("company.siretHelp")}
              required
              inputMode="numeric"
              value={values.siret}
              onChange={(event) => setValue("siret", event.currentTarget.value)}
              error={serverError("siret")}
            />
            <Select
              label={t("company.branch")}
              required
              searchable
              data={branchOptions}
              value={values.branchCode || null}
              onChange={(code) => setValue("branchCode", code ?? "")}
              nothingFoundMessage={t("common.nothingFound")}
              error={serverError("branchCode")}
              comboboxProps={{ withinPortal: true }}
            />
            <Button type="submit" loading={create.isPending}>
              {t("company.submit")}
            </Button>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
