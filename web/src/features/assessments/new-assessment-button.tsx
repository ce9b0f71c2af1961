import { Button, Checkbox, Group, Radio, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { Dialog } from "../../components/dialog.tsx";
import { FormErrorAlert } from "../../components/form-error-alert.tsx";
import { fieldError } from "../../lib/describe-error.ts";
import { useT } from "../../lib/i18n/index.tsx";
import { canOpenAnyMethod } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { assessmentPagePath } from "../pathways/paths.ts";
import type { PathwayDetail } from "../pathways/types.ts";
import { methodLabelKeys } from "../referentials/labels.ts";
import { type AssessmentMethod, assessmentMethods } from "../referentials/types.ts";
import { useOpenAssessment } from "./api.ts";
import { capacitiesToAssess } from "./capacities-to-assess.ts";

const fields = ["method", "heldOn", "capacityCodes"] as const;

/**
 * "Nouvelle évaluation": a method, a day and the capacities to assess (those of the sitting the method
 * covers, not yet acquired). The candidate and their employer open a booklet only.
 */
export function NewAssessmentButton({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const t = useT();
  const methods: readonly AssessmentMethod[] = canOpenAnyMethod(me) ? assessmentMethods : ["booklet"];
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const open = useOpenAssessment(pathway.id);
  const [method, setMethod] = useState<AssessmentMethod>(
    methods.includes("observation") ? "observation" : "booklet",
  );
  const [heldOn, setHeldOn] = useState(() => new Date().toISOString().slice(0, 10));
  const options = capacitiesToAssess(pathway, method);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const capacityCodes = chosen ?? options.filter((option) => option.isSuggested).map((option) => option.code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(
      { method, heldOn, capacityCodes },
      { onSuccess: (view) => navigate(assessmentPagePath(view.id)) },
    );
  };

  return (
    <>
      <Button
        onClick={() => {
          open.reset();
          setIsOpen(true);
        }}
      >
        {t("assessments.new")}
      </Button>
      <Dialog opened={isOpen} onClose={() => setIsOpen(false)} title={t("assessments.new")} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorAlert error={open.error} fields={fields} />
            <Radio.Group
              label={t("assessment.method")}
              required
              value={method}
              onChange={(value) => {
                setMethod(value as AssessmentMethod);
                setChosen(null);
              }}
              error={fieldError(open.error, "method", t)}
            >
              <Stack gap={6} mt={4}>
                {methods.map((item) => (
                  <Radio key={item} value={item} label={t(methodLabelKeys[item])} />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              type="date"
              label={t("assessment.heldOn")}
              required
              value={heldOn}
              onChange={(event) => setHeldOn(event.currentTarget.value)}
              error={fieldError(open.error, "heldOn", t)}
            />
            <Checkbox.Group
              label={t("assessment.capacities")}
              description={t("assessment.capacitiesHelp")}
              value={capacityCodes}
              onChange={setChosen}
              error={fieldError(open.error, "capacityCodes", t)}
            >
              <Stack gap={6} mt={4}>
                {options.map((option) => (
                  <Checkbox
                    key={option.code}
                    value={option.code}
                    label={`${option.code} — ${option.title}`}
                    description={option.note ? t(option.note) : undefined}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setIsOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={open.isPending} disabled={capacityCodes.length === 0}>
                {t("assessments.open")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
