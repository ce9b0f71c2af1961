import { DataList } from "@mantine/core";
import type { ReactNode } from "react";

/** Label/value pairs of a record, as a description list. */
export function FactList({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  return (
    <DataList labelWidth="14rem" withDivider>
      {facts.map((fact) => (
        <DataList.Item key={fact.label}>
          <DataList.ItemLabel fw={600}>{fact.label}</DataList.ItemLabel>
          <DataList.ItemValue>{fact.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
