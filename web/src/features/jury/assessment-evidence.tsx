import { Stack, Table, Text, Title } from "@mantine/core";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { entryLabelKeys, methodParts, sittingKey } from "../assessments/labels.ts";
import type { AssessmentView } from "../assessments/types.ts";
import { CriterionBadge, CriterionText } from "../pathways/bilan-section.tsx";
import { methodLabelKeys } from "../referentials/labels.ts";

/**
 * One closed assessment as the jury reads it: per capacity, each criterion's result with the
 * evaluator's comment, and the text written for the capacity (questions, notes, the booklet).
 */
export function AssessmentEvidence({ assessment }: { assessment: AssessmentView }) {
  const { t, language } = useLanguage();
  const method = t(methodLabelKeys[assessment.method]);
  const parts = methodParts[assessment.method];
  const titleId = `evidence-assessment-${assessment.id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t("juryEvidence.assessmentHeading", {
          method,
          sitting: t(sittingKey(assessment.sitting)),
          date: formatDay(assessment.heldOn, language),
        })}
      </Title>
      {assessment.capacities.map((capacity) => {
        const entry = assessment.entries.find((item) => item.capacityCode === capacity.code)?.text.trim();
        return (
          <Stack key={capacity.code} gap={4}>
            <Text fw={600}>
              {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
            </Text>
            {parts.scores && (
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="xs" withTableBorder>
                  <Table.Caption className="visually-hidden">
                    {t("juryEvidence.scoresCaption", { method, code: capacity.code })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("bilan.criterion")}</Table.Th>
                      <Table.Th scope="col">{t("bilan.result")}</Table.Th>
                      <Table.Th scope="col">{t("juryEvidence.comment")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {capacity.criteria.map((criterion) => {
                      const score = assessment.scores.find(
                        (item) =>
                          item.capacityCode === capacity.code && item.criterionCode === criterion.code,
                      );
                      return (
                        <Table.Tr key={criterion.code}>
                          <Table.Td>
                            <CriterionText criterion={criterion} />
                          </Table.Td>
                          <Table.Td>
                            <CriterionBadge state={score?.score ?? "not_assessed"} />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{score?.comment.trim() || t("juryEvidence.noComment")}</Text>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {parts.entries && entry && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <Text span fw={600} size="sm">
                  {t(entryLabelKeys[assessment.method], { code: capacity.code })}
                  {t("common.colon")}
                </Text>
                {entry}
              </Text>
            )}
          </Stack>
        );
      })}
      {assessment.evidence.length > 0 && (
        <Text size="sm">
          {t("juryEvidence.files", { names: assessment.evidence.map((file) => file.fileName).join(", ") })}
        </Text>
      )}
    </Stack>
  );
}
