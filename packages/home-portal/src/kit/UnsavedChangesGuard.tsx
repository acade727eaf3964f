import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

interface UnsavedChangesRegistry {
  /** Marks the form `id` as holding unsaved changes, or not. */
  setDirty: (id: string, dirty: boolean) => void;
}

const UnsavedChangesContext = createContext<UnsavedChangesRegistry | null>(null);

/**
 * Guards the forms inside it: while any of them holds unsaved changes, leaving the page inside the
 * app asks first (React Router's blocker: a router supports one, so it lives here, once), and
 * closing or reloading the tab triggers the browser's own prompt.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const outer = useContext(UnsavedChangesContext);
  return outer ? children : <UnsavedChangesGuardRoot>{children}</UnsavedChangesGuardRoot>;
}

function UnsavedChangesGuardRoot({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Read when a navigation starts, so a form saved just before navigating (in the same click) counts as clean.
  const dirtyForms = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);

  const setDirty = useCallback((id: string, dirty: boolean) => {
    if (dirty) dirtyForms.current.add(id);
    else dirtyForms.current.delete(id);
    setAnyDirty(dirtyForms.current.size > 0);
  }, []);
  const registry = useMemo(() => ({ setDirty }), [setDirty]);

  // Filters and paging of the same screen change only the query string; they take no typed work away.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyForms.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!anyDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('unsavedChanges.title')}
        // Above any dialog whose form holds the changes.
        zIndex={400}
      >
        <Stack gap="md">
          <Text size="sm">{t('unsavedChanges.message')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" data-autofocus onClick={() => blocker.reset?.()}>
              {t('unsavedChanges.stay')}
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              {t('unsavedChanges.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </UnsavedChangesContext.Provider>
  );
}

/**
 * Tells the nearest UnsavedChangesProvider whether this form holds unsaved changes (no-op outside one).
 * `markClean` says so at once, e.g. right after a save whose callback navigates away.
 */
export function useUnsavedChangesGuard(dirty: boolean): { markClean: () => void } {
  const registry = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    registry?.setDirty(id, dirty);
  }, [registry, id, dirty]);
  useEffect(() => () => registry?.setDirty(id, false), [registry, id]);
  return { markClean: () => registry?.setDirty(id, false) };
}
