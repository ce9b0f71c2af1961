import { Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";
import { criterionKey } from "../pathways/bilan.ts";
import type { CriterionScore } from "../pathways/types.ts";
import { ConditionsText } from "../referentials/conditions-text.tsx";
import type { AssessmentMethod } from "../referentials/types.ts";
import type { ScoreCell } from "./grid-values.ts";
import { entryLabelKeys } from "./labels.ts";
import { ScoreToggle } from "./score-toggle.tsx";
import type { AssessedCapacity } from "./types.ts";

interface CapacitySectionProps {
  capacity: AssessedCapacity;
  method: AssessmentMethod;
  scores: Record<string, ScoreCell> | null;
  entry: string | null;
  /** The capacity's text as saved: once saved, a text cannot be emptied. */
  savedEntry: string;
  canScore: boolean;
  canWrite: boolean;
  onScore: (key: string, score: CriterionScore) => void;
  onComment: (key: string, comment: string) => void;
  onEntry: (text: string) => void;
}

/** One capacity of the assessment: a score and a comment per criterion, and the text written for it. */
export function CapacitySection(props: CapacitySectionProps) {
  const { capacity, method, scores, entry } = props;
  const t = useT();
  const titleId = `capacity-${capacity.code}`;
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={titleId}>
          {t("referential.capacityHeading", { code: capacity.code, title: capacity.title })}
        </Title>
        <ConditionsText conditions={capacity.conditions} />
        {scores &&
          capacity.criteria.map((criterion) => {
            const key = criterionKey(capacity.code, criterion.code);
            const cell = scores[key] ?? { score: null, comment: "" };
            const labelId = `criterion-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
            return (
              <Stack key={key} gap={6} className="grid-criterion">
                <Text id={labelId}>
                  <Text span fw={700}>
                    {criterion.code}
                  </Text>{" "}
                  {criterion.indicator}
                </Text>
                <ScoreToggle
                  name={`score-${key}`}
                  labelledBy={labelId}
                  value={cell.score}
                  onChange={(score) => props.onScore(key, score)}
                  isReadOnly={!props.canScore}
                />
                {(cell.score !== null || cell.comment !== "") && (
                  <Textarea
                    label={t("assessment.commentOf", { code: criterion.code })}
                    autosize
                    minRows={1}
                    maxRows={6}
                    value={cell.comment}
                    readOnly={!props.canScore}
                    onChange={(event) => props.onComment(key, event.currentTarget.value)}
                  />
                )}
              </Stack>
            );
          })}
        {entry !== null && (
          <Textarea
            label={t(entryLabelKeys[method], { code: capacity.code })}
            autosize
            minRows={3}
            maxRows={16}
            value={entry}
            readOnly={!props.canWrite}
            onChange={(event) => props.onEntry(event.currentTarget.value)}
            description={
              entry.trim() === "" && props.savedEntry.trim() !== "" ? t("assessment.entryKept") : undefined
            }
          />
        )}
      </Stack>
    </Paper>
  );
}
