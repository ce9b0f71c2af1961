import { Button, Group, NumberInput, Select, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { useT } from "../../lib/i18n/index.tsx";
import type { Me } from "../auth/types.ts";
import { useAssignEvaluator } from "./api.ts";
import type { PathwayDetail } from "./types.ts";
import { useEvaluatorOptions } from "./use-evaluator-options.ts";

/**
 * The evaluator of the pathway, picked among the evaluators (accredited ones first). Branch officers
 * cannot list accounts: they pick among the evaluators accredited in their branch, or type an account
 * number.
 */
export function EvaluatorAssignment({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const t = useT();
  const assign = useAssignEvaluator(pathway.id);
  const { options } = useEvaluatorOptions(me, {
    qualificationCode: pathway.qualificationCode,
    branchCode: pathway.branchCode,
  });
  const [picked, setPicked] = useState<string | null>(null);
  const [typedId, setTypedId] = useState<string | number>("");
  const evaluatorUserId = typedId !== "" ? Number(typedId) : picked ? Number(picked) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (evaluatorUserId !== null) assign.mutate(evaluatorUserId);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="evaluator-title">
      <Title order={2} size="h3" id="evaluator-title">
        {t("pathway.evaluatorSection")}
      </Title>
      <Text>
        {pathway.evaluator
          ? t("pathway.evaluatorIs", { name: pathway.evaluator.displayName })
          : t("pathway.evaluatorNone")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={assign.error} title={t("pathway.assignRefused")} />
          {assign.isSuccess && (
            <Text role="status" size="sm">
              {t("pathway.assigned")}
            </Text>
          )}
          <Group align="flex-end" gap="sm">
            <Select
              label={t("pathway.evaluatorPick")}
              description={t("pathway.evaluatorPickHelp")}
              searchable
              clearable
              data={options.map((option) => ({
                value: String(option.userId),
                label: option.isAccredited
                  ? option.name
                  : t("pathway.evaluatorNotAccredited", { name: option.name }),
              }))}
              value={picked}
              onChange={(value) => {
                assign.reset();
                setPicked(value);
                setTypedId("");
              }}
              nothingFoundMessage={t("common.nothingFound")}
              style={{ flex: "1 1 18rem" }}
            />
            {me.role === "branch_officer" && (
              <NumberInput
                label={t("pathway.evaluatorId")}
                description={t("pathway.evaluatorIdHelp")}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                value={typedId}
                onChange={(value) => {
                  assign.reset();
                  setTypedId(value);
                }}
                w={200}
              />
            )}
            <Button type="submit" loading={assign.isPending} disabled={evaluatorUserId === null}>
              {t("pathway.assign")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
