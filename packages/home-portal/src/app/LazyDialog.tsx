import { LoadingOverlay } from '@mantine/core';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyPage, Preloadable } from './lazyPage';

interface LazyDialogProps<Props extends { opened: boolean }> {
  /** The dialog's chunk, made with lazyPage and preloaded by the button that opens it. */
  dialog: LazyPage<Props>;
  /** What the dialog itself takes, `opened` included. */
  props: Props;
}

/**
 * A dialog whose code (and Mantine's modal machinery) is a chunk of its own: nothing is mounted until it
 * is first opened, and from then on it stays mounted, so it closes with its transition like any dialog.
 * Should the code still be on its way, a loader covers the page meanwhile.
 */
export function LazyDialog<Props extends { opened: boolean }>({ dialog, props }: LazyDialogProps<Props>) {
  const [wanted, setWanted] = useState(props.opened);
  if (props.opened && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={<DialogLoading />}>
      <OpenedOnceMounted opened={props.opened}>{(opened) => <dialog.Page {...props} opened={opened} />}</OpenedOnceMounted>
    </Suspense>
  );
}

/**
 * Passes `opened` on from the second render: a Mantine Modal that mounts already open does not note
 * which element had the focus, and would not give it back when it closes.
 */
function OpenedOnceMounted({ opened, children }: { opened: boolean; children: (opened: boolean) => ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return children(opened && mounted);
}

function DialogLoading() {
  const { t } = useTranslation();
  return <LoadingOverlay visible pos="fixed" zIndex={300} loaderProps={{ role: 'status', 'aria-label': t('app.loading') }} />;
}

/** For the button that opens a lazy dialog: pointing at it or tabbing to it fetches the dialog's code. */
export function preloadOnIntent(dialog: Preloadable) {
  const preload = () => void dialog.preload().catch(() => undefined);
  return { onMouseEnter: preload, onFocus: preload };
}
