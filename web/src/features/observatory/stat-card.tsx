import { Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** One figure, large, with what it counts below it (and, optionally, a detail in small print). */
export function StatCard({ value, label, detail }: { value: string; label: string; detail?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="li" style={{ listStyle: "none" }}>
      <Text fz={32} fw={700} lh={1.1} c="blue.9">
        {value}
      </Text>
      <Text fw={600}>{label}</Text>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
