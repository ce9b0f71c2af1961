import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

interface LinkCardProps {
  title: string;
  text: ReactNode;
  /** `isDownload`: a file the API serves (a plain link rather than a page of the app). */
  links: { to: string; label: string; isDownload?: boolean }[];
}

/** A home-page card: what a place is for, and links to it. */
export function LinkCard({ title, text, links }: LinkCardProps) {
  return (
    <Card withBorder padding="lg" radius="md" component="section">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text>{text}</Text>
        {links.map((link) =>
          link.isDownload ? (
            <Anchor key={link.to} href={link.to} download fw={600}>
              {link.label} ↓
            </Anchor>
          ) : (
            <Anchor key={link.to} component={Link} to={link.to} fw={600}>
              {link.label} →
            </Anchor>
          ),
        )}
      </Stack>
    </Card>
  );
}
