import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * What Mantine's ScrollArea imports from floating-ui, given by Mantine's own hook (vite.config.ts points
 * ScrollArea here). floating-ui is one module: every page that draws a table (ScrollArea comes with
 * Mantine's Table) would otherwise load the whole 15 kB of it for this one hook.
 */
export function useMergeRefs<Instance>(refs: ReadonlyArray<Ref<Instance> | undefined>) {
  return useMergedRef(...refs);
}
