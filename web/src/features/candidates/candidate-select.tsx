import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { formatDay } from "../../lib/format.ts";
import { useLanguage } from "../../lib/i18n/index.tsx";
import { useCandidates } from "./api.ts";
import type { Candidate } from "./types.ts";

interface CandidateSelectProps {
  value: Candidate | null;
  onChange: (candidate: Candidate | null) => void;
  error?: string;
}

/** Picks a registered candidate of the caller's scope, searching by name as the user types. */
export function CandidateSelect({ value, onChange, error }: CandidateSelectProps) {
  const { t, language } = useLanguage();
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const { data } = useCandidates(debouncedSearch);
  const candidates = data?.items ?? [];
  // Namesakes are told apart by their birth date and employer.
  const labelOf = (candidate: Candidate) =>
    [candidate.displayName, formatDay(candidate.birthDate, language), candidate.companyName]
      .filter(Boolean)
      .join(" — ");
  const options = candidates.map((candidate) => ({ value: String(candidate.id), label: labelOf(candidate) }));
  if (value && !candidates.some((candidate) => candidate.id === value.id))
    options.unshift({ value: String(value.id), label: labelOf(value) });

  return (
    <Select
      label={t("registration.existingCandidate")}
      description={t("registration.existingCandidateHelp")}
      required
      searchable
      clearable
      data={options}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(id === null ? null : (candidates.find((c) => String(c.id) === id) ?? value))}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t("common.nothingFound")}
      error={error}
    />
  );
}
