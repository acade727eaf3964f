import {
  createTheme,
  darken,
  getPrimaryShade,
  isVirtualColor,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
  type ModalProps,
  type NotificationProps,
  type TableScrollContainerProps,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** WCAG AA for normal text; a little above 4.5 so rounding never tips a colour under it. */
const MIN_TEXT_CONTRAST = 4.6;

/** WCAG contrast ratio of two colours (any CSS colour Mantine's `luminance` reads). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The first shade of `tuple` from `fromShade` on that reads as text on every one of `backgrounds`;
 * Mantine's green, orange, yellow and lime are too light even at shade 9, so those get shade 9
 * darkened until they do.
 */
export function readableShade(tuple: MantineColorsTuple, backgrounds: readonly string[], fromShade = 8): string {
  const readable = (color: string) => backgrounds.every((background) => contrastRatio(color, background) >= MIN_TEXT_CONTRAST);
  for (let shade = fromShade; shade <= 9; shade += 1) {
    const color = tuple[shade];
    if (color !== undefined && readable(color)) return color;
  }
  let color = tuple[9];
  for (let amount = 0.05; amount < 1 && !readable(color); amount += 0.05) color = darken(tuple[9], amount);
  return color;
}

/** The same for the dark scheme: the first shade from `fromShade` down that reads on dark `backgrounds`. */
export function readableLightShade(tuple: MantineColorsTuple, backgrounds: readonly string[], fromShade = 4): string {
  const readable = (color: string) => backgrounds.every((background) => contrastRatio(color, background) >= MIN_TEXT_CONTRAST);
  for (let shade = fromShade; shade >= 0; shade -= 1) {
    const color = tuple[shade];
    if (color !== undefined && readable(color)) return color;
  }
  let color = tuple[0];
  for (let amount = 0.05; amount < 1 && !readable(color); amount += 0.05) color = lighten(tuple[0], amount);
  return color;
}

/**
 * Colours that pass WCAG AA contrast in the light scheme (an accessibility check runs on every
 * screen). Mantine's defaults put gray.6 "dimmed" text and shade-6 colours on white, below 4.5:1.
 * Text in a colour (`c="green"`, outline buttons, light badges and alerts) uses the first shade
 * that reads on white and on the colour's own light background; dimmed text is gray.7.
 */
export const accessibleCssVariables: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': readableShade(theme.colors.red, [theme.white, theme.colors.red[0]]),
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  };
  for (const [name, tuple] of Object.entries(theme.colors)) {
    if (isVirtualColor(tuple)) continue;
    const onWhite = readableShade(tuple, [theme.white, theme.colors.gray[0]]);
    light[`--mantine-color-${name}-text`] = onWhite;
    light[`--mantine-color-${name}-outline`] = onWhite;
    // Light buttons, badges and alerts: shade 1 at rest, shade 2 under the pointer.
    light[`--mantine-color-${name}-light-color`] = readableShade(tuple, [tuple[2], tuple[1], tuple[0], theme.white], 9);
  }
  // Dark scheme: the body, inputs and hovered rows, and the tinted backgrounds of alerts.
  const { dark: darkGrays } = theme.colors;
  const darkBackgrounds = [
    darkGrays[7],
    darkGrays[6],
    darkGrays[5],
    ...['blue', 'red', 'green', 'orange'].map((name) => darken(theme.colors[name]?.[9] ?? darkGrays[9], 0.5)),
  ];
  const primary = theme.colors[theme.primaryColor] ?? theme.colors.blue;
  const dark: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    '--mantine-color-anchor': readableLightShade(primary, darkBackgrounds, getPrimaryShade(theme, 'dark') - 4),
    '--mantine-color-error': readableLightShade(theme.colors.red, darkBackgrounds),
  };
  for (const [name, tuple] of Object.entries(theme.colors)) {
    if (isVirtualColor(tuple) || name === 'dark') continue;
    dark[`--mantine-color-${name}-text`] = readableLightShade(tuple, darkBackgrounds);
  }
  return { variables: {}, light, dark };
};

/** The Home Portal's theme; translated defaults (such as the dialogs' close button label) come from `t`. */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    // Shade 8 of every colour fills buttons and badges: white text on indigo.6 would be 4.3:1, under AA.
    primaryShade: { light: 8, dark: 8 },
    // Filled colours too light for white text (green, orange, yellow) get dark text instead; below
    // 0.18 relative luminance white reads at 4.5:1 or more, above it black does.
    autoContrast: true,
    luminanceThreshold: 0.183,
    defaultRadius: 'md',
    // Plain objects rather than `Modal.extend(...)`: naming the components would put their code on the sign-in page.
    components: {
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } satisfies Partial<ModalProps> },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } satisfies Partial<NotificationProps> },
      // A table wider than a phone scrolls sideways; keyboard users reach the scrolling area with Tab.
      TableScrollContainer: {
        defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } satisfies Partial<TableScrollContainerProps>,
      },
    },
  });
}
