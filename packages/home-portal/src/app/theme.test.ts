import { DEFAULT_THEME, mergeMantineTheme, parseThemeColor } from '@mantine/core';
import { i18n } from '../i18n/i18n';
import { accessibleCssVariables, contrastRatio, createAppTheme } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme(i18n.t));
const variables = accessibleCssVariables(theme);
const colorNames = Object.keys(theme.colors).filter((name) => name !== 'dark');

/** A colour variable's value, following `var(--mantine-color-x-n)` to the palette. */
function resolve(value: string): string {
  const match = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  if (!match) return value;
  const [, name = '', shade = '0'] = match;
  return theme.colors[name]?.[Number(shade)] ?? value;
}

describe('the theme passes WCAG AA contrast in the light scheme', () => {
  it('dims text with a grey that reads on white and on striped rows', () => {
    const dimmed = resolve(variables.light['--mantine-color-dimmed'] ?? '');
    expect(contrastRatio(dimmed, theme.white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dimmed, theme.colors.gray[0])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(colorNames)('fills %s buttons and badges with a readable label colour', (name) => {
    const fill = theme.colors[name]![8];
    const parsed = parseThemeColor({ color: fill, theme });
    const label = parsed.isLight ? theme.black : theme.white;
    expect(contrastRatio(fill, label)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(colorNames)('writes %s text readable on white and on its light background, hovered or not', (name) => {
    const text = variables.light[`--mantine-color-${name}-text`] ?? '';
    const lightColor = variables.light[`--mantine-color-${name}-light-color`] ?? '';
    expect(contrastRatio(text, theme.white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lightColor, theme.colors[name]![1])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lightColor, theme.colors[name]![2])).toBeGreaterThanOrEqual(4.5);
  });

  it('labels the primary button in white on indigo.8', () => {
    expect(theme.primaryShade).toEqual({ light: 8, dark: 8 });
    expect(contrastRatio(theme.colors.indigo[8], theme.white)).toBeGreaterThanOrEqual(4.5);
  });
});
