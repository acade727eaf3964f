import { createTheme, type MantineThemeOverride } from '@mantine/core';
import { darkPrimaryShade, primaryPalette, primaryShade } from '../branding/primaryPalette';

const baseTheme = {
  defaultRadius: 'md',
  // Text on filled buttons and badges turns dark on a light agency colour, so it stays readable:
  // below 0.183 relative luminance white text reads at 4.5:1 or more, above it black does.
  autoContrast: true,
  luminanceThreshold: 0.183,
} satisfies MantineThemeOverride;

/** The portal's look before the branding has arrived (or when its colour is unusable). */
export const theme = createTheme({ ...baseTheme, primaryColor: 'teal' });

/** The theme in the agency's colours: its primary colour, spread over Mantine's ten shades. */
export function createPortalTheme(primaryColor: string | null | undefined): MantineThemeOverride {
  const palette = primaryColor ? primaryPalette(primaryColor) : null;
  if (!palette) return theme;
  return createTheme({
    ...baseTheme,
    colors: { brand: palette },
    primaryColor: 'brand',
    primaryShade: { light: primaryShade, dark: darkPrimaryShade },
  });
}
