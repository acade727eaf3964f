import { em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True on phones and narrow windows (below Mantine's `sm`), where lists turn from tables into cards.
 * Asked as "narrower than", so a test environment without media queries gets the full layout.
 */
export function useCompactLayout(): boolean {
  const theme = useMantineTheme();
  const small = getBreakpointValue(theme.breakpoints.sm, theme.breakpoints);
  return useMediaQuery(`(max-width: ${em(small - 0.1)})`);
}
