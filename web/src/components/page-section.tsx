import { Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A section of a page under its `<h2>`, named by it for assistive technologies. */
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
