import {
  darken,
  getPrimaryShade,
  isLightColor,
  isVirtualColor,
  lighten,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** WCAG AA for normal text, with a little room so rounding never tips a colour under it. */
const MIN_TEXT_CONTRAST = 4.6;

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The first shade of `tuple` from `fromShade` on that reads as text on every one of `backgrounds`;
 * colours too light even at shade 9 (Mantine's green, orange, yellow, lime, or a light agency
 * colour) get shade 9 darkened until they do.
 */
export function readableShade(tuple: MantineColorsTuple, backgrounds: readonly string[], fromShade = 6): string {
  const readable = (color: string) => backgrounds.every((background) => contrastRatio(color, background) >= MIN_TEXT_CONTRAST);
  for (let shade = fromShade; shade <= 9; shade += 1) {
    if (readable(tuple[shade])) return tuple[shade];
  }
  let color = tuple[9];
  for (let amount = 0.05; amount < 1 && !readable(color); amount += 0.05) color = darken(tuple[9], amount);
  return color;
}

/**
 * Colours that pass WCAG AA contrast in the light scheme, whatever colour the agency brands the
 * portal with. Mantine's defaults put gray.6 "dimmed" text and shade-6 colours on white, below
 * 4.5:1: text in a colour (links, `c="green"`, outline buttons, light badges and alerts) uses the
 * first shade that reads on white, on the page's gray and on the colour's own light background.
 */
export const accessibleCssVariables: CSSVariablesResolver = (theme) => {
  const backgrounds = [theme.white, theme.colors.gray[0]];
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': readableShade(theme.colors.red, [...backgrounds, theme.colors.red[0]]),
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  };
  for (const [name, tuple] of Object.entries(theme.colors)) {
    if (isVirtualColor(tuple)) continue;
    const onWhite = readableShade(tuple, backgrounds);
    light[`--mantine-color-${name}-text`] = onWhite;
    light[`--mantine-color-${name}-outline`] = onWhite;
    // Light backgrounds go as dark as shade 2 (a hovered, active navigation link).
    light[`--mantine-color-${name}-light-color`] = readableShade(tuple, [...backgrounds, tuple[0], tuple[1], tuple[2]], 7);
    // A filled colour light enough for black text (autoContrast) would lose its contrast under the
    // pointer if it darkened, as Mantine's hover does: it lightens instead.
    const filled = tuple[getPrimaryShade(theme, 'light')];
    if (isLightColor(filled, theme.luminanceThreshold)) light[`--mantine-color-${name}-filled-hover`] = lighten(filled, 0.12);
  }
  const primary = theme.colors[theme.primaryColor];
  if (primary && !isVirtualColor(primary)) {
    light['--mantine-color-anchor'] = readableShade(primary, backgrounds, getPrimaryShade(theme, 'light'));
  }
  return { variables: {}, light, dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' } };
};
