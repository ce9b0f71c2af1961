import { Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { FactList } from "../../components/fact-list.tsx";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { canRecordTrainingPlan } from "../auth/policy.ts";
import type { Me } from "../auth/types.ts";
import { gapCapacities } from "./bilan.ts";
import { TrainingPlanForm } from "./training-plan-form.tsx";
import type { PathwayDetail, TrainingPlan } from "./types.ts";

function PlanCard({ plan, pathway, index }: { plan: TrainingPlan; pathway: PathwayDetail; index: number }) {
  const { t, language } = useLanguage();
  const capacities = gapCapacities(pathway.referential.blocks, plan.capacityCodes);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("trainingPlan.heading", {
            number: index + 1,
            date: formatDay(plan.createdAt.slice(0, 10), language),
          })}
        </Title>
        <FactList
          facts={[
            { label: t("trainingPlan.organisation"), value: plan.organisation },
            { label: t("trainingPlan.trainerName"), value: plan.trainerName },
            {
              label: t("trainingPlan.plannedHours"),
              value: t("trainingPlan.hours", { hours: formatNumber(plan.plannedHours, language) }),
            },
            {
              label: t("trainingPlan.period"),
              value: t("trainingPlan.periodValue", {
                start: formatDay(plan.startDate, language),
                end: formatDay(plan.endDate, language),
              }),
            },
          ]}
        />
        <Text fw={600} size="sm">
          {t("trainingPlan.capacities")}
        </Text>
        <List size="sm" spacing={2}>
          {capacities.map((capacity) => (
            <List.Item key={capacity.code}>
              {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** Statuses past the evaluation: before the jury, decided by it, or ended. */
const closedToTraining = new Set<PathwayDetail["status"]>([
  "ready_for_jury",
  "awarded",
  "partially_awarded",
  "not_awarded",
  "withdrawn",
  "archived",
]);

/** The training plans on the gaps, and the form to record one (committee, branch, employer). */
export function TrainingPlansSection({ pathway, me }: { pathway: PathwayDetail; me: Me }) {
  const { t } = useLanguage();
  const [isRecording, setIsRecording] = useState(false);
  const isActive = !closedToTraining.has(pathway.status);
  const canRecord = isActive && canRecordTrainingPlan(me);

  return (
    <Stack gap="sm" component="section" aria-labelledby="training-plans-title">
      <Title order={2} size="h3" id="training-plans-title">
        {t("trainingPlan.title")}
      </Title>
      {pathway.trainingPlans.length === 0 && <Text>{t("trainingPlan.empty")}</Text>}
      {pathway.trainingPlans.map((plan, index) => (
        <PlanCard key={plan.id} plan={plan} pathway={pathway} index={index} />
      ))}
      {canRecord && !isRecording && (
        <div>
          <Button variant="outline" onClick={() => setIsRecording(true)}>
            {t("trainingPlan.record")}
          </Button>
        </div>
      )}
      {canRecord && isRecording && (
        <Paper withBorder p="md" component="section" aria-label={t("trainingPlan.record")}>
          <TrainingPlanForm pathway={pathway} onDone={() => setIsRecording(false)} />
        </Paper>
      )}
    </Stack>
  );
}
