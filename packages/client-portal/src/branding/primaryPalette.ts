import type { MantineColorShade, MantineColorsTuple } from '@mantine/core';

/** The shade Mantine uses for filled buttons and links in the light scheme: the agency's colour goes there. */
export const primaryShade: MantineColorShade = 6;
/** The dark scheme's primary shade, one lighter so it stands out on a dark background. */
export const darkPrimaryShade: MantineColorShade = 5;

// How far each shade moves from the agency's colour: towards white for 0–5, towards black for 7–9.
const towardsWhite = [0.92, 0.8, 0.64, 0.48, 0.32, 0.16];
const towardsBlack = [0.14, 0.28, 0.42];

type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` as red, green and blue (0–255), or null when it is neither. */
export function parseHexColor(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb;
}

function toHex(color: Rgb): string {
  return `#${color.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function mix(color: Rgb, target: number, amount: number): Rgb {
  return color.map((channel) => channel + (target - channel) * amount) as unknown as Rgb;
}

/**
 * Mantine's ten shades (lightest first) of the agency's primary colour, which becomes shade 6
 * exactly; null when the value is not a hex colour.
 */
export function primaryPalette(hexColor: string): MantineColorsTuple | null {
  const base = parseHexColor(hexColor);
  if (!base) return null;
  const shades = [
    ...towardsWhite.map((amount) => toHex(mix(base, 255, amount))),
    toHex(base),
    ...towardsBlack.map((amount) => toHex(mix(base, 0, amount))),
  ];
  return shades as unknown as MantineColorsTuple;
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
