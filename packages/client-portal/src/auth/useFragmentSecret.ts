import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Reads a secret a link carries in its fragment (`/portal/welcome#token=...`) and takes it out of the
 * address bar and the history at once, before the page sends it anywhere: the fragment never reaches
 * a server log, and the secret does not stay behind for the next person at the computer.
 *
 * Call it before the effects that use the secret: effects run in order, so the address is clean first.
 */
export function useFragmentSecret(name: string): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [secret] = useState(() => {
    const value = new URLSearchParams(location.hash.replace(/^#/, '')).get(name);
    return value && value.trim() !== '' ? value.trim() : null;
  });

  const { hash, pathname, search } = location;
  const state: unknown = location.state;
  useEffect(() => {
    if (!hash) return;
    // The router updates the address on its own schedule; the browser's history is cleaned right now.
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    void navigate({ pathname, search, hash: '' }, { replace: true, state });
  }, [hash, pathname, search, state, navigate]);

  return secret;
}
