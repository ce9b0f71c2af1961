import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from "@mantine/core";

/** A Mantine palette whose two darkest shades (used for text and filled buttons) are replaced. */
function withDarkShades(base: MantineColorsTuple, shade8: string, shade9: string): MantineColorsTuple {
  return [...base.slice(0, 8), shade8, shade9] as unknown as MantineColorsTuple;
}

/**
 * Darker shades than Mantine's defaults, so that text, links and filled buttons keep a
 * WCAG AA contrast (4.5:1) on white and on striped table rows; "dimmed" text would otherwise
 * be light gray, and Mantine's greens and reds stay under 4.5:1 even at shade 9.
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  focusRing: "auto",
  defaultRadius: "sm",
  colors: {
    success: withDarkShades(DEFAULT_THEME.colors.green, "#1e6b32", "#1a5c2b"),
    danger: withDarkShades(DEFAULT_THEME.colors.red, "#b02a2a", "#8f1f1f"),
    warning: withDarkShades(DEFAULT_THEME.colors.orange, "#8a4b00", "#6e3c00"),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": current.colors.gray[7],
    "--mantine-color-error": current.colors.danger?.[8] ?? current.colors.red[9],
    "--mantine-color-placeholder": current.colors.gray[7],
    "--mantine-color-anchor": current.colors.blue[9],
  },
  dark: {},
});
