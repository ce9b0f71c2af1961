import { Button, Group, Select, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { PageSection } from "../../components/page-section.tsx";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useQualifications } from "../catalogue/api.ts";
import { adoptionsQuery } from "../referentials/api.ts";
import { PortabilityAnswer } from "./portability-answer.tsx";
import type { PortabilityHolder, PortabilityTarget } from "./types.ts";

/**
 * "What does this holder need for CQPI Y in branch Z?": the visitor picks a CQPI and one of the branches
 * that adopted it, and reads the answer below (cleared as soon as the question changes, so that an answer
 * never stands beside another question). Public, and without anyone's personal data.
 */
export function PortabilityQuestion({ holder, intro }: { holder: PortabilityHolder; intro: string }) {
  const { t } = useLanguage();
  const [qualificationCode, setQualificationCode] = useState<string | null>(null);
  const [branchCode, setBranchCode] = useState<string | null>(null);
  const [asked, setAsked] = useState<PortabilityTarget | null>(null);
  const qualifications = useQualifications({ q: "", limit: 200, offset: 0 });
  const adoptions = useQuery({ ...adoptionsQuery(qualificationCode ?? ""), enabled: !!qualificationCode });
  // One entry per branch, whichever versions it adopted over time.
  const branches = new Map((adoptions.data?.items ?? []).map((a) => [a.branchCode, a.branchName]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (qualificationCode && branchCode) setAsked({ qualificationCode, branchCode });
  };
  return (
    <PageSection id="portability" title={t("portability.title")}>
      <Text>{intro}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <Select
            label={t("portability.targetQualification")}
            data={(qualifications.data?.items ?? []).map((q) => ({
              value: q.code,
              label: `${q.code} — ${q.title}`,
            }))}
            value={qualificationCode}
            onChange={(value) => {
              setQualificationCode(value);
              setBranchCode(null);
              setAsked(null);
            }}
            searchable
            w={{ base: "100%", sm: 320 }}
          />
          <Select
            label={t("portability.targetBranch")}
            data={[...branches].map(([code, name]) => ({ value: code, label: `${name} (${code})` }))}
            value={branchCode}
            onChange={(value) => {
              setBranchCode(value);
              setAsked(null);
            }}
            disabled={!qualificationCode}
            nothingFoundMessage={t("portability.noBranch")}
            searchable
            w={{ base: "100%", sm: 280 }}
          />
          <Button type="submit" disabled={!qualificationCode || !branchCode}>
            {t("portability.ask")}
          </Button>
        </Group>
      </form>
      {asked && <PortabilityAnswer holder={holder} target={asked} />}
    </PageSection>
  );
}
