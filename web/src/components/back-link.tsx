import { Anchor } from "@mantine/core";
import { Link } from "react-router";

/** A link up to the parent list, shown above a page title. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
