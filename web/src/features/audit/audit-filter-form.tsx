import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { ActorSelect } from "./actor-select.tsx";
import { auditActionKey, auditActions, auditEntityTypeKey, auditEntityTypes } from "./labels.ts";
import type { AuditFilters } from "./types.ts";

interface AuditFilterFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const emptyFilters: AuditFilters = { action: "", entityType: "", entityId: "", actor: "", from: "", to: "" };

/**
 * Filters applied together on submit, so typing in one field does not reload the log.
 * The page gives it a `key` from the applied filters, so a back-button change resets the draft.
 */
export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(filters);
  const set = (field: keyof AuditFilters) => (event: ChangeEvent<HTMLInputElement>) =>
    setDraft({ ...draft, [field]: event.currentTarget.value });

  const choose = (field: "action" | "entityType") => (value: string | null) =>
    setDraft({ ...draft, [field]: value ?? "" });
  const actionOptions = auditActions.map((action) => ({ value: action, label: t(auditActionKey(action)) }));
  const entityTypeOptions = auditEntityTypes.map((type) => ({
    value: type,
    label: t(auditEntityTypeKey(type)),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, entityId: draft.entityId.trim() });
  };

  return (
    <form onSubmit={submit} aria-label={t("audit.filters")}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Select
          label={t("audit.action")}
          placeholder={t("audit.anyAction")}
          searchable
          clearable
          data={actionOptions}
          value={draft.action || null}
          onChange={choose("action")}
          nothingFoundMessage={t("common.nothingFound")}
        />
        <Select
          label={t("audit.entityType")}
          placeholder={t("audit.anyEntityType")}
          searchable
          clearable
          data={entityTypeOptions}
          value={draft.entityType || null}
          onChange={choose("entityType")}
          nothingFoundMessage={t("common.nothingFound")}
        />
        <TextInput label={t("audit.entityId")} value={draft.entityId} onChange={set("entityId")} />
        <ActorSelect value={draft.actor} onChange={(actor) => setDraft({ ...draft, actor })} />
        <TextInput type="date" label={t("audit.from")} value={draft.from} onChange={set("from")} />
        <TextInput type="date" label={t("audit.to")} value={draft.to} onChange={set("to")} />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t("audit.apply")}</Button>
        <Button variant="default" onClick={() => onApply(emptyFilters)}>
          {t("audit.reset")}
        </Button>
      </Group>
    </form>
  );
}
