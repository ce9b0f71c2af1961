import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

interface LinkCardProps {
  title: string;
  text: ReactNode;
  links: { to: string; label: string }[];
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
        {links.map((link) => (
          <Anchor key={link.to} component={Link} to={link.to} fw={600}>
            {link.label} →
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}
