import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** Dialogs fill a phone's screen (below Mantine's `xs`, 576px) instead of squeezing a form into a margin. */
export function useFullScreenDialog(): boolean {
  return useMediaQuery(`(max-width: ${em(575)})`) ?? false;
}
