import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { describeProblems } from "../../lib/error-messages.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { useFormValues } from "../../lib/use-form-values.ts";
import { useBranches } from "../catalogue/api.ts";
import { removeAt, replaceAt } from "../referentials/editor/editable-tree.ts";
import { useCreateExternalCertification } from "./api.ts";
import {
  blockFields,
  emptyBlock,
  emptyExternalCertification,
  externalCertificationFields,
  externalCertificationProblems,
  toExternalCertificationInput,
} from "./external-certification-values.ts";

const everything = { q: "", limit: 200, offset: 0 };
const addBlockId = "external-certification-add-block";

/**
 * Enters a certification the platform does not award (a branch's own CQP, an RNCP or RS title) with
 * its blocs. `onCreated` receives the sentence announcing it.
 */
export function ExternalCertificationForm(props: {
  onCreated: (notice: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const create = useCreateExternalCertification();
  const { values, setValue } = useFormValues(emptyExternalCertification);
  const [hasTriedToSave, setHasTriedToSave] = useState(false);
  const branches = useBranches(everything).data?.items ?? [];
  const problems = hasTriedToSave ? externalCertificationProblems(values) : {};
  const errorOf = (field: string) => {
    const problem = problems[field];
    return problem ? describeProblems([problem], t) : fieldError(create.error, field, t);
  };
  const setBlock = (index: number, field: "code" | "title", text: string) =>
    setValue("blocks", replaceAt(values.blocks, index, { ...values.blocks[index]!, [field]: text }));
  const text = (
    field: "code" | "title" | "rncpCode" | "rsCode",
    extra: { required?: boolean; description?: string } = {},
  ) => (
    <TextInput
      label={t(`externalCertificationForm.${field}`)}
      value={values[field]}
      onChange={(event) => setValue(field, event.currentTarget.value)}
      error={errorOf(field)}
      {...extra}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setHasTriedToSave(true);
    if (Object.keys(externalCertificationProblems(values)).length > 0) return;
    create.mutate(toExternalCertificationInput(values), {
      onSuccess: (created) => props.onCreated(t("externalCertificationForm.created", { code: created.code })),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("externalCertificationForm.intro")}</Text>
        <FormErrorAlert
          error={create.error}
          fields={[...externalCertificationFields, ...blockFields(values.blocks.length)]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text("code", { required: true, description: t("externalCertificationForm.codeHelp") })}
          {text("title", { required: true })}
          <Select
            label={t("externalCertificationForm.branch")}
            description={t("externalCertificationForm.branchHelp")}
            clearable
            searchable
            data={branches.map((branch) => ({
              value: branch.code,
              label: `${branch.name} (${branch.code})`,
            }))}
            value={values.branchCode || null}
            onChange={(code) => setValue("branchCode", code ?? "")}
            nothingFoundMessage={t("common.nothingFound")}
            error={errorOf("branchCode")}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={2}>
            {text("rncpCode", { description: t("externalCertificationForm.registryCodeHelp") })}
            {text("rsCode", { description: t("externalCertificationForm.registryCodeHelp") })}
          </SimpleGrid>
        </SimpleGrid>
        <Fieldset legend={t("externalCertificationForm.blocks")} aria-describedby="external-blocks-help">
          <Stack gap="sm">
            <Text size="sm" id="external-blocks-help">
              {t("externalCertificationForm.blocksHelp")}
            </Text>
            {errorOf("blocks") && (
              <Text size="sm" c="red" role="alert">
                {errorOf("blocks")}
              </Text>
            )}
            {values.blocks.map((block, index) => {
              const name = { index: index + 1 };
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a bloc row is its position; its code is being typed
                <Group key={index} align="flex-start" wrap="nowrap" gap="sm">
                  <TextInput
                    w="9rem"
                    label={t("externalCertificationForm.blockCode", name)}
                    required
                    value={block.code}
                    onChange={(event) => setBlock(index, "code", event.currentTarget.value)}
                    error={errorOf(`blocks.${index}.code`)}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={t("externalCertificationForm.blockTitle", name)}
                    required
                    value={block.title}
                    onChange={(event) => setBlock(index, "title", event.currentTarget.value)}
                    error={errorOf(`blocks.${index}.title`)}
                  />
                  <Button
                    mt={26}
                    variant="subtle"
                    color="red"
                    disabled={values.blocks.length === 1}
                    onClick={() => {
                      setValue("blocks", removeAt(values.blocks, index));
                      requestAnimationFrame(() => document.getElementById(addBlockId)?.focus());
                    }}
                  >
                    {t("externalCertificationForm.removeBlock", name)}
                  </Button>
                </Group>
              );
            })}
            <Group>
              <Button
                id={addBlockId}
                variant="outline"
                onClick={() => setValue("blocks", [...values.blocks, emptyBlock])}
              >
                {t("externalCertificationForm.addBlock")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("externalCertificationForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
