type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` as red, green and blue (0–255), or null when it is neither. */
export function parseHexColor(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb;
}

/** WCAG relative luminance of a hex colour (0 black … 1 white); null when it is not one. */
export function relativeLuminance(hexColor: string): number | null {
  const rgb = parseHexColor(hexColor);
  if (!rgb) return null;
  const [red, green, blue] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** As both portals' Mantine themes decide (autoContrast): above this luminance a filled colour takes black text, below it white. */
export const LUMINANCE_THRESHOLD = 0.183;

/** The text colour a filled colour takes. */
export function contrastText(filled: string): '#000' | '#fff' {
  return (relativeLuminance(filled) ?? 0) > LUMINANCE_THRESHOLD ? '#000' : '#fff';
}

/** WCAG AA for normal text on white, with a little room so rounding never tips a colour under it. */
export function readsOnWhite(color: string): boolean {
  return 1.05 / ((relativeLuminance(color) ?? 0) + 0.05) >= 4.6;
}
