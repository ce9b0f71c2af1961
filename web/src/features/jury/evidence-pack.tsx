import { List, Stack, Tabs, Text, Title } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { BilanView } from "../pathways/bilan-section.tsx";
import { AssessmentEvidence } from "./assessment-evidence.tsx";
import type { AgendaItemView } from "./types.ts";

/**
 * What the jury deliberates on, one tab each: the bilan (acquired and gaps per capacity and bloc),
 * the evaluators' assessments with their comments, the candidate's livret d'activité, the evaluators.
 */
export function EvidencePack({ item }: { item: AgendaItemView }) {
  const t = useT();
  const { evidence } = item;
  const booklets = evidence.assessments.filter((assessment) => assessment.method === "booklet");
  const grids = evidence.assessments.filter((assessment) => assessment.method !== "booklet");

  return (
    <Stack gap="sm" component="section" aria-labelledby="evidence-title">
      <Title order={2} size="h3" id="evidence-title">
        {t("juryEvidence.packTitle")}
      </Title>
      <Tabs defaultValue="bilan" keepMounted={false}>
        <Tabs.List aria-label={t("juryEvidence.tabs")}>
          <Tabs.Tab value="bilan">{t("juryEvidence.bilan")}</Tabs.Tab>
          <Tabs.Tab value="assessments">{t("juryEvidence.assessments")}</Tabs.Tab>
          <Tabs.Tab value="booklet">{t("juryEvidence.booklet")}</Tabs.Tab>
          <Tabs.Tab value="evaluators">{t("juryEvidence.evaluators")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bilan" pt="md">
          <Stack gap="md">
            <BilanView blocks={evidence.referentialBlocks} analysis={evidence.gapAnalysis} headingOrder={3} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="md">
          <Stack gap="lg">
            {grids.length === 0 && <Text>{t("juryEvidence.noAssessment")}</Text>}
            {grids.map((assessment) => (
              <AssessmentEvidence key={assessment.id} assessment={assessment} />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="booklet" pt="md">
          <Stack gap="lg">
            {booklets.length === 0 && <Text>{t("juryEvidence.noBooklet")}</Text>}
            {booklets.map((assessment) => (
              <AssessmentEvidence key={assessment.id} assessment={assessment} />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="evaluators" pt="md">
          {evidence.evaluators.length === 0 ? (
            <Text>{t("juryEvidence.noEvaluator")}</Text>
          ) : (
            <List>
              {evidence.evaluators.map((evaluator) => (
                <List.Item key={evaluator.userId}>{evaluator.displayName}</List.Item>
              ))}
            </List>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
