import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { useT } from "../../lib/i18n/index.tsx";

/** The new token's secret, shown this once, with a copy button and the warning that goes with it. */
export function TokenReveal({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const t = useT();
  return (
    <Alert color="warning" variant="light" title={t("tokens.createdTitle", { name })} role="status">
      <Stack gap="sm">
        <Text fw={600}>{t("tokens.showOnceWarning")}</Text>
        <Code
          block
          aria-label={t("tokens.secret")}
          style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}
        >
          {token}
        </Code>
        <Group>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? "success" : undefined}>
                {copied ? t("tokens.copied") : t("tokens.copy")}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            {t("tokens.done")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
