import type { CSSProperties } from 'react';
import { contrastText } from './colors';
import classes from './plainPage.module.css';

/** The portal's colours on a plain page: the filled colour (buttons) and the link colour, in the light and the dark scheme. */
export interface PlainPageColors {
  filled: string;
  anchor: string;
  filledDark: string;
  anchorDark: string;
}

/** The class of a plain page's outermost element: Mantine's default look, light and dark, before Mantine has loaded. */
export const plainPageClassName = classes.plainPage;

/** The inline style that gives a plain page its portal's colours (the stylesheet picks them per colour scheme). */
export function plainPageStyle({ filled, anchor, filledDark, anchorDark }: PlainPageColors): CSSProperties {
  return {
    '--plain-filled': filled,
    '--plain-contrast': contrastText(filled),
    '--plain-anchor': anchor,
    '--plain-filled-dark': filledDark,
    '--plain-contrast-dark': contrastText(filledDark),
    '--plain-anchor-dark': anchorDark,
  } as CSSProperties;
}
