import { Anchor, AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { Link, Outlet, ScrollRestoration } from "react-router";
import { useT } from "../lib/i18n/index.tsx";
import { AppNavigation } from "./app-navigation.tsx";
import { LanguageToggle } from "./language-toggle.tsx";
import { PageLoader } from "./page-loader.tsx";
import { UserMenu } from "./user-menu.tsx";

/**
 * Header, side navigation (a burger menu below 62em, so tablets in portrait keep the full width).
 * Each new page opens at its top; back and forward return to where the reader was. Pages come with
 * their own chunk: the first one shows a loader in the main area while it arrives (later navigations
 * keep the current page on screen until the next one is ready).
 */
export function AppLayout() {
  const t = useT();
  const [isNavigationOpen, navigation] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "md", collapsed: { mobile: !isNavigationOpen } }}
      padding="md"
    >
      <a href="#main-content" className="skip-link">
        {t("nav.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: "xs", sm: "md" }} gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={isNavigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={isNavigationOpen ? t("nav.closeMenu") : t("nav.openMenu")}
              aria-expanded={isNavigationOpen}
              aria-controls="app-navigation"
            />
            <Anchor
              component={Link}
              to="/"
              fw={700}
              fz={{ base: "md", sm: "lg" }}
              c="dark.9"
              underline="never"
              style={{ whiteSpace: "nowrap" }}
            >
              {t("app.name")}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="app-navigation" style={{ overflowY: "auto" }}>
        <AppNavigation onNavigate={navigation.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
