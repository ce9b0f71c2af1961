import { Badge } from "@mantine/core";
import type { ReactNode } from "react";

const colors = { positive: "success", negative: "danger", warning: "warning", neutral: "dark" } as const;

/** A short state label (active, revoked, partner, draft…) that never shrinks to an ellipsis in a table. */
export function StatusBadge({ tone, children }: { tone: keyof typeof colors; children: ReactNode }) {
  return (
    <Badge variant="outline" color={colors[tone]} tt="none" style={{ minWidth: "max-content" }}>
      {children}
    </Badge>
  );
}
