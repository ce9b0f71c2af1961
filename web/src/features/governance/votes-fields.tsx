import { Fieldset, NumberInput, SimpleGrid } from "@mantine/core";
import { colleges } from "../../../../src/modules/governance/rules.ts";
import { type MessageKey, useT } from "../../lib/i18n/index.tsx";
import { type DecisionValues, type VoteChoice, voteChoices } from "./decision-values.ts";
import { collegeKeys } from "./labels.ts";
import type { College } from "./types.ts";

const choiceKeys = {
  for: "decisionForm.votesFor",
  against: "decisionForm.votesAgainst",
  abstain: "decisionForm.votesAbstain",
} as const satisfies Record<VoteChoice, MessageKey>;

/** The votes of each college: for, against, abstentions (a college that cast none was absent). */
export function VotesFields({
  votes,
  onChange,
  errorOf,
}: {
  votes: DecisionValues["votes"];
  onChange: (college: College, choice: VoteChoice, value: number | string) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {colleges.map((college) => (
        <Fieldset key={college} legend={t(collegeKeys[college])}>
          <SimpleGrid cols={3} spacing="xs">
            {voteChoices.map((choice) => (
              <NumberInput
                key={choice}
                label={t(choiceKeys[choice])}
                min={0}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                value={votes[college][choice]}
                onChange={(value) => onChange(college, choice, value)}
                error={errorOf(`votes.${college}.${choice}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </SimpleGrid>
  );
}
