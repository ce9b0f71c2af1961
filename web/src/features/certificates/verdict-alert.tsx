import { Alert, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../../lib/i18n/index.tsx";
import { verdictColors, verdictKeys } from "./labels.ts";
import type { Verdict } from "./types.ts";

/** The answer to "can I trust this certificate?", in plain words, announced to screen readers. */
export function VerdictAlert({ verdict, children }: { verdict: Verdict; children?: ReactNode }) {
  const t = useT();
  const keys = verdictKeys[verdict];
  return (
    <Alert
      color={verdictColors[verdict]}
      variant="light"
      role="status"
      title={t(keys.title)}
      data-verdict={verdict}
    >
      <Stack gap={4}>
        <Text size="sm">{t(keys.text)}</Text>
        {children}
      </Stack>
    </Alert>
  );
}
