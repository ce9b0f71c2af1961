import { Box, Button, Menu } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { useLogout, useMe } from "../features/auth/api.ts";
import { canManageOwnTokens } from "../features/auth/policy.ts";
import { roleLabelKeys } from "../features/auth/role-label.ts";
import { useT } from "../lib/i18n/index.tsx";

/** The login button for visitors; the account menu (tokens, logout) for logged-in users. */
export function UserMenu() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const logout = useLogout();

  if (!me) {
    return (
      <Button component={Link} to="/login" size="xs">
        {t("nav.login")}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button variant="default" size="xs">
          {/* Phones have no room for a long name beside the title and the language toggle. */}
          <Box component="span" visibleFrom="sm">
            {me.displayName}
          </Box>
          <Box component="span" hiddenFrom="sm">
            {t("nav.account")}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t(roleLabelKeys[me.role])}</Menu.Label>
        {canManageOwnTokens(me) && (
          <Menu.Item component={Link} to="/account/tokens">
            {t("nav.tokens")}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/") })}
          disabled={logout.isPending}
        >
          {t("nav.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
