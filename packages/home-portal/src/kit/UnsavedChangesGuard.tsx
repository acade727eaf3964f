import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from '../app/guardedHistory';
import { LazyDialog } from '../app/LazyDialog';
import { lazyPage } from '../app/lazyPage';

/** The question is fetched as soon as a form holds changes, so it is there before anyone navigates. */
const unsavedChangesDialog = lazyPage(() => import('./UnsavedChangesDialog'), 'UnsavedChangesDialog');

interface UnsavedChangesRegistry {
  /** Marks the form `id` as holding unsaved changes, or not; `scope` as in useUnsavedChangesGuard. */
  setDirty: (id: string, dirty: boolean, scope?: string) => void;
}

function withinScope(pathname: string, scope: string): boolean {
  return pathname === scope || pathname.startsWith(`${scope}/`);
}

const UnsavedChangesContext = createContext<UnsavedChangesRegistry | null>(null);

/**
 * Guards the forms inside it: while any of them holds unsaved changes, leaving the page inside the
 * app asks first (guardedHistory holds one rule, so it lives here, once), and
 * closing or reloading the tab triggers the browser's own prompt.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const outer = useContext(UnsavedChangesContext);
  return outer ? children : <UnsavedChangesGuardRoot>{children}</UnsavedChangesGuardRoot>;
}

function UnsavedChangesGuardRoot({ children }: { children: ReactNode }) {
  // Read when a navigation starts, so a form saved just before navigating (in the same click) counts as clean.
  const dirtyForms = useRef(new Map<string, string | undefined>());
  const [anyDirty, setAnyDirty] = useState(false);

  const setDirty = useCallback((id: string, dirty: boolean, scope?: string) => {
    if (dirty) dirtyForms.current.set(id, scope);
    else dirtyForms.current.delete(id);
    setAnyDirty(dirtyForms.current.size > 0);
  }, []);
  const registry = useMemo(() => ({ setDirty }), [setDirty]);

  // Filters and paging of the same screen change only the query string; they take no typed work away.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname &&
      [...dirtyForms.current.values()].some((scope) => !scope || !withinScope(nextLocation.pathname, scope)),
  );

  useEffect(() => {
    if (!anyDirty) return;
    unsavedChangesDialog.preload().catch(() => undefined);
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
      <LazyDialog
        dialog={unsavedChangesDialog}
        props={{ opened: blocker.state === 'blocked', onStay: () => blocker.reset?.(), onLeave: () => blocker.proceed?.() }}
      />
    </UnsavedChangesContext.Provider>
  );
}

/**
 * Tells the nearest UnsavedChangesProvider whether this form holds unsaved changes (no-op outside one).
 * `scope` is a path prefix under which the form stays mounted (tabs of one record that keep what was
 * typed); moving within it does not ask. `markClean` says so at once, e.g. right after a save whose
 * callback navigates away.
 */
export function useUnsavedChangesGuard(dirty: boolean, scope?: string): { markClean: () => void } {
  const registry = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    registry?.setDirty(id, dirty, scope);
  }, [registry, id, dirty, scope]);
  useEffect(() => () => registry?.setDirty(id, false), [registry, id]);
  return { markClean: () => registry?.setDirty(id, false) };
}
