import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, toQueryString } from "../../lib/api.ts";
import { useT } from "../../lib/i18n/index.tsx";
import type { EvaluatorChoice } from "./types.ts";

/** Evaluator accounts whose name or email contains `q` (case and accents ignored), from two characters. */
function useEvaluatorSearch(q: string) {
  return useQuery({
    enabled: q.trim().length >= 2,
    queryKey: ["evaluators", q],
    queryFn: () => api.get<{ items: EvaluatorChoice[] }>(`/api/evaluators${toQueryString({ q, limit: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

const labelOf = (choice: EvaluatorChoice) => `${choice.displayName} — ${choice.email}`;

interface EvaluatorSearchSelectProps {
  value: number | null;
  onChange: (userId: number | null) => void;
  error?: string | undefined;
}

/**
 * Picks any evaluator account by name or email, searching the server as the user types, so that a
 * branch can accredit an evaluator it has never worked with. The chosen one keeps its label while
 * the search moves on.
 */
export function EvaluatorSearchSelect({ value, onChange, error }: EvaluatorSearchSelectProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<EvaluatorChoice | null>(null);
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const { data } = useEvaluatorSearch(debouncedSearch);
  const found = debouncedSearch.trim().length >= 2 ? (data?.items ?? []) : [];
  const choices = chosen && !found.some((c) => c.userId === chosen.userId) ? [chosen, ...found] : found;

  return (
    <Select
      label={t("accreditation.evaluator")}
      description={t("accreditation.evaluatorSearchHelp")}
      placeholder={t("accreditation.evaluatorSearchPlaceholder")}
      required
      searchable
      clearable
      data={choices.map((c) => ({ value: String(c.userId), label: labelOf(c) }))}
      value={value === null ? null : String(value)}
      onChange={(selected) => {
        const choice = choices.find((c) => String(c.userId) === selected) ?? null;
        setChosen(choice);
        onChange(choice?.userId ?? null);
      }}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        debouncedSearch.trim().length >= 2 ? t("common.nothingFound") : t("accreditation.evaluatorTypeMore")
      }
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
