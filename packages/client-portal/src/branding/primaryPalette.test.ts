import { parseHexColor, primaryPalette, primaryShade } from './primaryPalette';

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = (parseHexColor(hex) ?? [0, 0, 0]).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

describe('primaryPalette', () => {
  it('gives ten shades with the agency’s colour as the primary shade', () => {
    const palette = primaryPalette('#1C7ED6');
    expect(palette).toHaveLength(10);
    expect(palette?.[primaryShade]).toBe('#1c7ed6');
    for (const shade of palette ?? []) expect(shade).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('runs from light to dark', () => {
    const palette = primaryPalette('#c2255c') ?? [];
    const luminances = palette.map(luminance);
    for (let index = 1; index < luminances.length; index += 1) {
      expect(luminances[index]).toBeLessThan(luminances[index - 1] ?? Number.POSITIVE_INFINITY);
    }
    expect(luminances[0]).toBeGreaterThan(0.8);
  });

  it('accepts the short #rgb form', () => {
    expect(primaryPalette('#0a0')?.[primaryShade]).toBe('#00aa00');
  });

  it('refuses what is not a hex colour', () => {
    expect(primaryPalette('teal')).toBeNull();
    expect(primaryPalette('#12345')).toBeNull();
    expect(primaryPalette('')).toBeNull();
  });
});
