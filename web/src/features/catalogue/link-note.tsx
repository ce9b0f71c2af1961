import { Text } from "@mantine/core";

/** The note on a branch ↔ CQPI link (e.g. that the demo mapping is illustrative), as a small tag that wraps. */
export function LinkNote({ note }: { note: string }) {
  if (!note) return null;
  return (
    <Text
      span
      size="xs"
      fw={500}
      px={6}
      py={2}
      bd="1px solid var(--mantine-color-gray-7)"
      style={{ display: "inline-block", borderRadius: "var(--mantine-radius-sm)" }}
    >
      {note}
    </Text>
  );
}
