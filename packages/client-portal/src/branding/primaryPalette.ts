import type { MantineColorShade, MantineColorsTuple } from '@mantine/core';
import { parseHexColor } from '@portico/ui';

export { parseHexColor } from '@portico/ui';

/** The shade Mantine uses for filled buttons and links in the light scheme: the agency's colour goes there. */
export const primaryShade: MantineColorShade = 6;
/** The dark scheme's primary shade, one lighter so it stands out on a dark background. */
export const darkPrimaryShade: MantineColorShade = 5;

// How far each shade moves from the agency's colour: towards white for 0–5, towards black for 7–9.
const towardsWhite = [0.92, 0.8, 0.64, 0.48, 0.32, 0.16];
const towardsBlack = [0.14, 0.28, 0.42];

type Rgb = readonly [number, number, number];

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
